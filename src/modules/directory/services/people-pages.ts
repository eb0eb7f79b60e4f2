// Pages of the people list for the API (cursor paging: see cursor.ts).
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import {
  findPeopleByIds,
  linksOfPeople,
  type PersonLink,
  type PersonRecord,
} from '../db/people-listing.repository';
import { searchPeopleIds } from './directory-search';
import { scopeOf } from './people.queries';
import { listedRowsInOrder } from './search-index';
import { searchTerms } from './search-fields';
import { withVisibleFields } from './visibility';
import { fingerprintOf, pageThrough } from './page-cursor';

export interface PeopleListQuery {
  q?: string;
  role?: string;
  province?: string;
  expertise?: string;
  sort?: 'relevance' | 'name';
  limit: number;
  cursor?: string;
}

/** One page for this viewer (personal fields they may not see are null), with the links. */
export async function listPeople(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  query: PeopleListQuery,
): Promise<{ rows: PersonRecord[]; links: PersonLink[]; next: string | null }> {
  const db = deps.database.db;
  const viewer = acting.actor;
  const terms = searchTerms(query.q);
  const sort = terms ? (query.sort ?? 'relevance') : 'name';
  const { levels } = scopeOf(viewer);
  const { q: _q, limit: _limit, cursor: _cursor, ...shape } = query;
  const rows = async (listing: Parameters<typeof searchPeopleIds>[3]) => {
    const { ids } = await searchPeopleIds(db, query, levels, listing);
    return listedRowsInOrder(db, 'person', ids, findPeopleByIds);
  };
  const page = await pageThrough({
    cursor: query.cursor,
    fingerprint: fingerprintOf(['person', terms?.key ?? '', shape, sort, levels]),
    ranked: sort === 'relevance' && Boolean(terms),
    limit: query.limit,
    byRank: (offset, limit) => rows({ sort: 'relevance', offset, limit }),
    byName: (after, limit) => rows({ sort: 'name', after, limit }),
  });
  return {
    rows: page.rows.map((r) => withVisibleFields(r, viewer)),
    links: await linksOfPeople(
      db,
      page.rows.map((r) => r.id),
    ),
    next: page.next,
  };
}
