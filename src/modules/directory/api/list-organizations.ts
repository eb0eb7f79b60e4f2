// Pages of the organisation list for the API, with an opaque cursor: a keyset on
// (sort key, id) in name order (cheap at any depth, stable under inserts), an offset in
// relevance order (rank is not a stored column). A cursor carries a fingerprint of the query
// it belongs to, so that it is refused with another one.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/http/errors';
import {
  pageOrganizationsByName,
  pageOrganizationsByRank,
  type OrganizationFilters,
  type OrganizationRow,
} from '../db/organizations.repository';
import { innovativeSince } from '../services/organizations.queries';
import { searchTerms } from '../services/search-fields';
import { withVisibleFields } from '../services/visibility';

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

type Cursor = { m: 'n'; k: string; i: string; f: string } | { m: 'r'; o: number; f: string };

const ZCursor = z.union([
  z.object({ m: z.literal('n'), k: z.string().max(2000), i: z.uuid(), f: z.string() }),
  z.object({ m: z.literal('r'), o: z.int().min(0).max(1_000_000), f: z.string() }),
]);

/** What a cursor is tied to: everything that shapes the result, except the page size. */
function fingerprintOf(query: ListQuery, sort: string): string {
  const { q, kind, province, sector, stage, certification } = query;
  const key = JSON.stringify([
    searchTerms(q)?.key ?? '',
    kind,
    province,
    sector,
    stage,
    certification,
    sort,
  ]);
  return createHash('sha256').update(key).digest('base64url').slice(0, 12);
}

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decode(raw: string, fingerprint: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const cursor = ZCursor.safeParse(parsed);
  if (!cursor.success || cursor.data.f !== fingerprint) {
    throw new AppError('INVALID', { fields: { cursor: { key: 'directory.api.cursor.invalid' } } });
  }
  return cursor.data;
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
  const fingerprint = fingerprintOf(query, sort);
  const cursor = query.cursor ? decode(query.cursor, fingerprint) : undefined;
  const filters = filtersOf(query, today);
  const limit = query.limit + 1;
  let rows: OrganizationRow[];
  let next: Cursor | undefined;
  if (sort === 'relevance' && terms) {
    const offset = cursor?.m === 'r' ? cursor.o : 0;
    rows = await pageOrganizationsByRank(db, { terms, filters, offset, limit });
    next = { m: 'r', o: offset + query.limit, f: fingerprint };
  } else {
    const after = cursor?.m === 'n' ? { sortKey: cursor.k, id: cursor.i } : undefined;
    rows = await pageOrganizationsByName(db, { terms, filters, after, limit });
    const last = rows[query.limit - 1];
    next = last && { m: 'n', k: last.sortKey, i: last.id, f: fingerprint };
  }
  const hasMore = rows.length > query.limit;
  return {
    rows: rows.slice(0, query.limit).map((r) => withVisibleFields(r, viewer)),
    next: hasMore && next ? encode(next) : null,
  };
}
