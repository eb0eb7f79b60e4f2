// The records an event names, given as their pages' addresses or slugs: its organisers (live
// organisations of the directory), its speakers (directory people, or guests by name) and its
// programme (a published one). Each is looked up through its module's index.
import type { AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import type { FieldMessage } from '../../../platform/errors';
import { lastSegment, pipeLines } from '../../../platform/input/form-values';
import { organizationFactsBySlug, personAccountBySlug } from '../../directory';
import { getProgrammeBySlug } from '../../programs';
import type { Speaker } from '../domain/event';

const MAX_ORGANIZERS = 12;
const MAX_SPEAKERS = 60;

type Resolved<T> = ({ ok: true } & T) | { ok: false; error: FieldMessage };

export async function resolveOrganizers(
  db: Db,
  typed: readonly string[],
): Promise<Resolved<{ ids: string[] }>> {
  const addresses = typed.map((a) => a.trim()).filter(Boolean);
  if (addresses.length > MAX_ORGANIZERS)
    return { ok: false, error: { key: 'events.error.tooMany', params: { max: MAX_ORGANIZERS } } };
  const ids: string[] = [];
  for (const address of addresses) {
    const facts = await organizationFactsBySlug(db, lastSegment(address));
    if (!facts?.isLive)
      return { ok: false, error: { key: 'events.error.organizer', params: { address } } };
    if (!ids.includes(facts.id)) ids.push(facts.id);
  }
  return { ok: true, ids };
}

export async function resolveSpeakers(
  db: Db,
  typed: string,
): Promise<Resolved<{ speakers: Speaker[] }>> {
  const lines = pipeLines(typed);
  if (lines.length > MAX_SPEAKERS)
    return { ok: false, error: { key: 'events.error.tooMany', params: { max: MAX_SPEAKERS } } };
  const speakers: Speaker[] = [];
  for (const [i, [name = '', affiliation = '', page = '']] of lines.entries()) {
    if (!page) {
      if (!name || name.length > 120 || affiliation.length > 200)
        return { ok: false, error: { key: 'events.error.speakerLine', params: { line: i + 1 } } };
      speakers.push({ name, affiliation });
      continue;
    }
    const slug = lastSegment(page);
    const person = await personAccountBySlug(db, slug);
    if (!person)
      return { ok: false, error: { key: 'events.error.speaker', params: { address: page } } };
    speakers.push({
      name: person.fullName,
      affiliation: affiliation.slice(0, 200),
      personSlug: slug,
    });
  }
  return { ok: true, speakers };
}

export async function resolveProgramme(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  typed: string,
): Promise<Resolved<{ slug: string | null; title: string }>> {
  const slug = lastSegment(typed);
  if (!slug) return { ok: true, slug: null, title: '' };
  const programme = await getProgrammeBySlug(deps, acting, { slug }).catch(() => undefined);
  if (programme?.status !== 'published')
    return { ok: false, error: { key: 'events.error.programme', params: { address: typed } } };
  return { ok: true, slug, title: programme.titleVi };
}
