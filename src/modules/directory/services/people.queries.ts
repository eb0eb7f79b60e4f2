import { z } from 'zod';
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { PROVINCE_CODES } from '../domain/provinces';
import { PERSON_ROLES, VISIBILITIES } from '../domain/taxonomy';
import {
  findAffiliationsOfOrganization,
  findAffiliationsOfPerson,
  findPersonBySlug,
  peopleFacetCounts,
  searchPeople,
  type PeopleFacet,
  type PeopleScope,
  type PersonRow,
} from '../db/people.repository';
import { searchTerms } from './search-fields';
import { canSeeLevel, withVisibleFields } from './visibility';

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

const FACETS: PeopleFacet[] = ['role', 'provinceCode', 'expertise'];

export interface PeoplePage {
  rows: PersonRow[];
  total: number;
  page: number;
  pages: number;
  facets: Record<PeopleFacet, Map<string, number>>;
  sort: 'relevance' | 'name';
}

export async function findPeople(db: Db, actor: Actor, query: TPeopleQuery): Promise<PeoplePage> {
  const terms = searchTerms(query.q);
  const filters = { role: query.role, provinceCode: query.province, expertise: query.expertise };
  const scope = scopeOf(actor);
  const sort = query.sort ?? (terms ? 'relevance' : 'name');
  const { rows, total } = await searchPeople(db, {
    terms,
    filters,
    scope,
    sort,
    limit: PEOPLE_PAGE_SIZE,
    offset: (query.page - 1) * PEOPLE_PAGE_SIZE,
  });
  const facets = {} as PeoplePage['facets'];
  for (const facet of FACETS)
    facets[facet] = await peopleFacetCounts(db, facet, { terms, filters, scope });
  return {
    rows: rows.map((r) => withVisibleFields(r, actor)),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)),
    facets,
    sort,
  };
}

export type PersonAffiliation = Awaited<ReturnType<typeof findAffiliationsOfPerson>>[number];
export type OrganizationMember = Awaited<ReturnType<typeof findAffiliationsOfOrganization>>[number];

/** A listed person as this viewer may see them, with their organisations; undefined if none. */
export async function getPublicPerson(db: Db, actor: Actor, slug: string) {
  const row = await findPersonBySlug(db, slug);
  if (!row || row.archivedAt) return undefined;
  return {
    person: withVisibleFields(row, actor),
    affiliations: await findAffiliationsOfPerson(db, row.id),
  };
}

/** The people listed on an organisation's page. */
export const findOrganizationPeople = (db: Db, organizationId: string) =>
  findAffiliationsOfOrganization(db, organizationId);
