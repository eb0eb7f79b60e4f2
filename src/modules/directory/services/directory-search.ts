// Searches of the directory, for its pages, its API and its exports alike: what a visitor asked
// for becomes conditions on the in-memory index (search-index.ts), which answers with the ids of
// a page, the total and the facet counts; the rows are then read by primary key.
import type { Db } from '../../../platform/db/client';
import type { Condition, SearchRequest, SearchResult } from '../../../platform/search';
import type { Visibility } from '../db/people.repository';
import { currentIndex, dayNumber } from './search-index';
import { searchTerms } from './search-fields';

/** What a directory list is narrowed to (the query string of its page and of the API). */
export interface OrganizationCriteria {
  q?: string;
  kind?: string;
  province?: string;
  sector?: string;
  stage?: string;
  /** A stored certification, or "innovative_startup", computed from the registration date. */
  certification?: string;
  verifiedOnly?: boolean;
}

export const INNOVATIVE = 'innovative_startup';
const INNOVATIVE_KINDS = ['startup', 'sme'];

/** The first registration date that still makes an innovative startup today (≤ 5 years). */
export function innovativeSince(today: Date): string {
  const local = new Date(today.getTime() + 7 * 3600 * 1000);
  local.setUTCFullYear(local.getUTCFullYear() - 5);
  return local.toISOString().slice(0, 10);
}

const oneOf = (key: string, value: string | undefined): Condition[] =>
  value ? [{ key, field: key, anyOf: [value] }] : [];

export function organizationConditions(c: OrganizationCriteria, today: Date): Condition[] {
  const innovative = c.certification === INNOVATIVE;
  return [
    ...oneOf('kind', c.kind),
    ...oneOf('provinceCode', c.province),
    ...oneOf('sector', c.sector),
    ...oneOf('stage', c.stage),
    ...(innovative ? innovativeConditions(today) : oneOf('certification', c.certification)),
    ...(c.verifiedOnly ? oneOf('verified', 'yes') : []),
  ];
}

/** Startups and SMEs first registered at most five years ago, under the certification filter. */
function innovativeConditions(today: Date): Condition[] {
  return [
    { key: 'certification', field: 'kind', anyOf: INNOVATIVE_KINDS },
    { key: 'certification', number: 'registeredOn', min: dayNumber(innovativeSince(today)) },
  ];
}

type Listing = Omit<SearchRequest, 'text' | 'where'>;

export async function searchOrganizationIds(
  db: Db,
  criteria: OrganizationCriteria,
  today: Date,
  listing: Listing,
): Promise<SearchResult> {
  const index = await currentIndex(db, 'organization');
  return index.search({
    ...listing,
    text: searchTerms(criteria.q)?.key,
    where: organizationConditions(criteria, today),
  });
}

/** How many organisations the innovative-startup filter would give, under the other criteria. */
export async function countInnovative(db: Db, criteria: OrganizationCriteria, today: Date) {
  const { total } = await searchOrganizationIds(
    db,
    { ...criteria, certification: INNOVATIVE },
    today,
    { sort: 'name', limit: 0 },
  );
  return total;
}

export interface PeopleCriteria {
  q?: string;
  role?: string;
  province?: string;
  expertise?: string;
}

/**
 * A province filter or count only matches provinces the viewer may see (`levels`), so that it
 * cannot reveal a restricted one.
 */
const visibleProvince = (levels: readonly Visibility[]): Condition => ({
  key: 'provinceCode',
  field: 'provinceLevel',
  anyOf: levels,
});

export async function searchPeopleIds(
  db: Db,
  criteria: PeopleCriteria,
  levels: readonly Visibility[],
  listing: Omit<Listing, 'facets'> & {
    facets?: readonly ('role' | 'provinceCode' | 'expertise')[];
  },
): Promise<SearchResult> {
  const index = await currentIndex(db, 'person');
  const province = criteria.province ? [...oneOf('provinceCode', criteria.province)] : [];
  return index.search({
    ...listing,
    text: searchTerms(criteria.q)?.key,
    where: [
      ...oneOf('role', criteria.role),
      ...(province.length ? [...province, visibleProvince(levels)] : []),
      ...oneOf('expertise', criteria.expertise),
    ],
    facets: listing.facets?.map((field) =>
      field === 'provinceCode' ? { field, where: [visibleProvince(levels)] } : field,
    ),
  });
}
