// Pages of the organisation list for the API (cursor paging: see cursor.ts).
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { findOrganizationsByIds, type OrganizationRow } from '../db/organizations.repository';
import { searchOrganizationIds, type OrganizationCriteria } from './directory-search';
import { listedRowsInOrder } from './search-index';
import { searchTerms } from './search-fields';
import { withVisibleFields } from './visibility';
import { fingerprintOf, pageThrough } from './page-cursor';

export interface ListQuery extends OrganizationCriteria {
  sort?: 'relevance' | 'name';
  limit: number;
  cursor?: string;
}

export interface ListPage {
  rows: OrganizationRow[];
  next: string | null;
}

/** One page for this viewer (fields they may not see are null). */
export async function listOrganizations(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  query: ListQuery,
): Promise<ListPage> {
  const db = deps.database.db;
  const today = deps.clock();
  const terms = searchTerms(query.q);
  const sort = terms ? (query.sort ?? 'relevance') : 'name';
  const { q: _q, limit: _limit, cursor: _cursor, ...shape } = query;
  const rows = async (listing: Parameters<typeof searchOrganizationIds>[3]) => {
    const { ids } = await searchOrganizationIds(db, query, today, listing);
    return listedRowsInOrder(db, 'organization', ids, findOrganizationsByIds);
  };
  const page = await pageThrough({
    cursor: query.cursor,
    fingerprint: fingerprintOf(['organization', terms?.key ?? '', shape, sort]),
    ranked: sort === 'relevance' && Boolean(terms),
    limit: query.limit,
    byRank: (offset, limit) => rows({ sort: 'relevance', offset, limit }),
    byName: (after, limit) => rows({ sort: 'name', after, limit }),
  });
  return { rows: page.rows.map((r) => withVisibleFields(r, acting.actor)), next: page.next };
}
