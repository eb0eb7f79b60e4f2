// Pages of the organisation list for the API (cursor paging: see cursor.ts).
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import {
  pageOrganizationsByName,
  pageOrganizationsByRank,
  type OrganizationFilters,
  type OrganizationRow,
} from '../db/organizations.repository';
import { innovativeSince } from '../services/organizations.queries';
import { searchTerms } from '../services/search-fields';
import { withVisibleFields } from '../services/visibility';
import { fingerprintOf, pageThrough } from './cursor';

export interface ListQuery {
  q?: string;
  kind?: string;
  province?: string;
  sector?: string;
  stage?: string;
  certification?: string;
  sort?: 'relevance' | 'name';
  limit: number;
  cursor?: string;
}

function filtersOf(query: ListQuery, today: Date): OrganizationFilters {
  const innovative = query.certification === 'innovative_startup';
  return {
    kind: query.kind,
    provinceCode: query.province,
    sector: query.sector,
    stage: query.stage,
    certification: innovative ? undefined : query.certification,
    registeredSince: innovative ? innovativeSince(today) : undefined,
  };
}

export interface ListPage {
  rows: OrganizationRow[];
  next: string | null;
}

/** One page for this viewer (fields they may not see are null). */
export async function listOrganizations(
  db: Db,
  viewer: Actor,
  query: ListQuery,
  today: Date,
): Promise<ListPage> {
  const terms = searchTerms(query.q);
  const sort = terms ? (query.sort ?? 'relevance') : 'name';
  const filters = filtersOf(query, today);
  const { q: _q, limit: _limit, cursor: _cursor, ...shape } = query;
  const page = await pageThrough({
    cursor: query.cursor,
    fingerprint: fingerprintOf(['organization', terms?.key ?? '', shape, sort]),
    ranked: sort === 'relevance' && Boolean(terms),
    limit: query.limit,
    byRank: (offset, limit) =>
      pageOrganizationsByRank(db, { terms: terms!, filters, offset, limit }),
    byName: (after, limit) => pageOrganizationsByName(db, { terms, filters, after, limit }),
  });
  return { rows: page.rows.map((r) => withVisibleFields(r, viewer)), next: page.next };
}
