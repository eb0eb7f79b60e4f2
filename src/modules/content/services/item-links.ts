// The records an item is about, given as the addresses of their pages (pasted whole or as a
// path): an organisation or a person of the directory, a programme, an event. Each must exist
// and be public; its name is kept with the link.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import type { FieldErrors } from '../../../platform/errors';
import { organizationFactsBySlug, personAccountBySlug } from '../../directory';
import { publishedEventTitle } from '../../events';
import { getProgrammeBySlug } from '../../programs';
import type { ContentLink } from '../domain/content-item';

const PATTERNS: { type: ContentLink['type']; re: RegExp }[] = [
  { type: 'organization', re: /\/directory\/organizations\/([a-z0-9-]{1,100})\/?$/ },
  { type: 'person', re: /\/directory\/people\/([a-z0-9-]{1,100})\/?$/ },
  { type: 'programme', re: /\/programs\/([a-z0-9-]{1,100})\/?$/ },
  { type: 'event', re: /\/events\/([a-z0-9-]{1,100})\/?$/ },
];

const pathOf = (address: string) => {
  try {
    return new URL(address, 'https://portal.invalid').pathname;
  } catch {
    return '';
  }
};

type Deps = Pick<AppDeps, 'database'>;

async function labelOf(deps: Deps, acting: AuditContext, type: ContentLink['type'], slug: string) {
  const db = deps.database.db;
  if (type === 'organization') {
    const facts = await organizationFactsBySlug(db, slug);
    return facts?.isLive ? facts.name : undefined;
  }
  if (type === 'person') return (await personAccountBySlug(db, slug))?.fullName;
  if (type === 'event') return publishedEventTitle(deps, slug);
  const programme = await getProgrammeBySlug(deps, acting, { slug }).catch(() => undefined);
  return programme?.status === 'published' ? programme.titleVi : undefined;
}

/** The links, or the messages of the addresses that name nothing we can link to. */
export async function resolveLinks(
  deps: Deps,
  acting: AuditContext,
  addresses: readonly string[],
): Promise<{ ok: true; links: ContentLink[] } | { ok: false; fields: FieldErrors }> {
  const links: ContentLink[] = [];
  for (const address of addresses) {
    const path = pathOf(address.trim());
    const match = PATTERNS.map((p) => ({ type: p.type, m: p.re.exec(path) })).find((x) => x.m);
    const slug = match?.m?.[1];
    const label = match && slug ? await labelOf(deps, acting, match.type, slug) : undefined;
    if (!match || !slug || !label)
      return { ok: false, fields: { links: { key: 'content.error.link', params: { address } } } };
    if (!links.some((l) => l.type === match.type && l.slug === slug))
      links.push({ type: match.type, slug, label });
  }
  return { ok: true, links };
}

const LINK_ROOTS: Record<ContentLink['type'], string> = {
  organization: '/directory/organizations',
  person: '/directory/people',
  programme: '/programs',
  event: '/events',
};

/** Where a link leads. */
export const linkPath = (link: ContentLink) => `${LINK_ROOTS[link.type]}/${link.slug}`;
