// Opaque page cursors: a keyset on (sort key, id) in name order (cheap at any depth, stable under
// inserts), an offset in relevance order (rank is not a stored column). A cursor carries a
// fingerprint of the query it belongs to, so that it is refused with another one.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../platform/errors';

export type PageCursor =
  { m: 'n'; k: string; i: string; f: string } | { m: 'r'; o: number; f: string };

const ZCursor = z.union([
  z.object({ m: z.literal('n'), k: z.string().max(2000), i: z.uuid(), f: z.string() }),
  z.object({ m: z.literal('r'), o: z.int().min(0).max(1_000_000), f: z.string() }),
]);

/** What a cursor is tied to: everything that shapes the result, except the page size. */
export const fingerprintOf = (parts: unknown[]) =>
  createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);

export const encodeCursor = (cursor: PageCursor) =>
  Buffer.from(JSON.stringify(cursor)).toString('base64url');

/** The cursor, or 422 on `cursor` when it is malformed or belongs to another query. */
export function decodeCursor(raw: string, fingerprint: string): PageCursor {
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

/**
 * One page through either kind of query: `byRank` with an offset, `byName` after a keyset;
 * one row more than asked tells whether a next page exists.
 */
export async function pageThrough<R extends { id: string; sortKey: string }>(params: {
  cursor?: string;
  fingerprint: string;
  ranked: boolean;
  limit: number;
  byRank: (offset: number, limit: number) => Promise<R[]>;
  byName: (after: { sortKey: string; id: string } | undefined, limit: number) => Promise<R[]>;
}): Promise<{ rows: R[]; next: string | null }> {
  const { fingerprint, limit } = params;
  const cursor = params.cursor ? decodeCursor(params.cursor, fingerprint) : undefined;
  let rows: R[];
  let next: PageCursor | undefined;
  if (params.ranked) {
    const offset = cursor?.m === 'r' ? cursor.o : 0;
    rows = await params.byRank(offset, limit + 1);
    next = { m: 'r', o: offset + limit, f: fingerprint };
  } else {
    const after = cursor?.m === 'n' ? { sortKey: cursor.k, id: cursor.i } : undefined;
    rows = await params.byName(after, limit + 1);
    const last = rows[limit - 1];
    next = last && { m: 'n', k: last.sortKey, i: last.id, f: fingerprint };
  }
  return {
    rows: rows.slice(0, limit),
    next: rows.length > limit && next ? encodeCursor(next) : null,
  };
}
