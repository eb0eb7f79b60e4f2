import { z } from 'zod';
import type { AuditContext } from '../../../platform/audit';
import type { Actor } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { PROVINCE_CODES } from '../domain/provinces';
import { PERSON_ROLES, VISIBILITIES } from '../domain/taxonomy';
import { findPeopleByIds } from '../db/people-listing.repository';
import {
  findAffiliationsOfOrganization,
  findAffiliationsOfPerson,
  findPersonBySlug,
  type PeopleScope,
  type PersonRow,
} from '../db/people.repository';
import { searchPeopleIds } from './directory-search';
import { searchTerms } from './search-fields';
import { listedRowsInOrder } from './search-index';
import { canSeeLevel, withVisibleFields } from './visibility';
import { pageWindow, pageCount } from '../../../platform/input/paging';
import { respell } from '../../../platform/search';

export const PEOPLE_PAGE_SIZE = 20;

/** People query string; unknown values are dropped rather than refused (links get shared). */
export const ZPeopleQuery = z.object({
  q: z.string().max(200).optional().catch(undefined),
  role: z.enum(PERSON_ROLES).optional().catch(undefined),
  province: z.enum(PROVINCE_CODES).optional().catch(undefined),
  expertise: z
    .string()
    .max(60)
    .transform((s) => s.normalize('NFC').trim() || undefined)
    .optional()
    .catch(undefined),
  sort: z.enum(['relevance', 'name']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type TPeopleQuery = z.infer<typeof ZPeopleQuery>;

/** The visibility levels this viewer may see. */
export const scopeOf = (actor: Actor): PeopleScope => ({
  levels: VISIBILITIES.filter((level) => canSeeLevel(actor, level)),
});

export type PeopleFacet = 'role' | 'provinceCode' | 'expertise';
const FACETS: PeopleFacet[] = ['role', 'provinceCode', 'expertise'];
/** Expertise is free text: the facet offers the most common tags only. */
const EXPERTISE_FACET_SIZE = 30;

export interface PeoplePage {
  rows: PersonRow[];
  total: number;
  page: number;
  pages: number;
  facets: Record<PeopleFacet, Map<string, number>>;
  sort: 'relevance' | 'name';
  /** What was typed as the best close match spells it, when nothing matched it as typed. */
  suggestion?: string;
}

/** The most common values first (then by name), at most `size`. */
const mostCommon = (counts: Map<string, number>, size: number) =>
  new Map([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size));

/** One page of the people list for this viewer (personal fields they may not see are null). */
export async function findPeople(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  query: TPeopleQuery,
): Promise<PeoplePage> {
  const db = deps.database.db;
  const { actor } = acting;
  const sort = query.sort ?? (searchTerms(query.q) ? 'relevance' : 'name');
  const found = await searchPeopleIds(db, query, scopeOf(actor).levels, {
    sort,
    ...pageWindow(query.page, PEOPLE_PAGE_SIZE),
    facets: FACETS,
  });
  const rows = await listedRowsInOrder(db, 'person', found.ids, findPeopleByIds);
  const facets = found.facets as PeoplePage['facets'];
  facets.expertise = mostCommon(facets.expertise, EXPERTISE_FACET_SIZE);
  return {
    rows: rows.map((r) => withVisibleFields(r, actor)),
    total: found.total,
    page: query.page,
    pages: pageCount(found.total, PEOPLE_PAGE_SIZE),
    facets,
    sort,
    suggestion: found.suggestion && respell(query.q ?? '', found.suggestion),
  };
}

export type PersonAffiliation = Awaited<ReturnType<typeof findAffiliationsOfPerson>>[number];
export type OrganizationMember = Awaited<ReturnType<typeof findAffiliationsOfOrganization>>[number];

/** A listed person as this viewer may see them, with their organisations; undefined if none. */
export async function getPublicPerson(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { slug: string },
) {
  const db = deps.database.db;
  const row = await findPersonBySlug(db, input.slug);
  if (!row || row.archivedAt) return undefined;
  return {
    person: withVisibleFields(row, acting.actor),
    affiliations: await findAffiliationsOfPerson(db, row.id),
  };
}

/** The people listed on an organisation's page. */
export const findOrganizationPeople = (
  deps: Pick<AppDeps, 'database'>,
  input: { organizationId: string },
) => findAffiliationsOfOrganization(deps.database.db, input.organizationId);
