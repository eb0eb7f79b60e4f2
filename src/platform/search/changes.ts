// What a followed index (followed-index.ts) reads from platform_search_changes, and what a write
// records there (decision 024).
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { platformSearchChanges as changes } from './tables';

/**
 * Records that these records of `source` changed (added, edited, withdrawn…). Call it in the
 * transaction of the write, so the change commits exactly when the write does.
 */
export async function recordSearchChanges(db: Db, source: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  await db
    .insert(changes)
    .values([...new Set(ids)].map((recordId) => ({ source, recordId })))
    // `excluded.seq` is the sequence's next value drawn for the refused row: the record moves on.
    .onConflictDoUpdate({
      target: [changes.source, changes.recordId],
      set: { seq: sql`excluded.seq` },
    });
}

/** The newest committed change of `source` (0 when none): one probe of the (source, seq) index. */
export async function latestSearchChange(db: Db, source: string): Promise<number> {
  const [row] = await db
    .select({ seq: changes.seq })
    .from(changes)
    .where(eq(changes.source, source))
    .orderBy(desc(changes.seq))
    .limit(1);
  return row?.seq ?? 0;
}

/**
 * Runs `read` after the transactions still recording changes have committed or rolled back (a
 * SHARE lock waits for them, writers wait only while it reads): a seq drawn before the read can
 * then no longer commit after it, so a follower never reads past a change it has not seen.
 * Undefined when they take longer than `lock_timeout`; the follower tries again on its next search.
 */
async function settled<T>(db: Db, read: (tx: Db) => Promise<T>): Promise<T | undefined> {
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`set local lock_timeout = '2s'`);
      await tx.execute(sql`lock table ${changes} in share mode`);
      return read(tx);
    });
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    if ((e.code ?? e.cause?.code) === '55P03') return undefined;
    throw err;
  }
}

/** The newest change once none lower can still commit: where a full read of the source starts. */
export const settledLatestChange = (db: Db, source: string) =>
  settled(db, (tx) => latestSearchChange(tx, source));

/** The records changed after `since` and the newest seq among them (`since` when none). */
export const settledChangesSince = (db: Db, source: string, since: number) =>
  settled(db, async (tx) => {
    const rows = await tx
      .select({ id: changes.recordId, seq: changes.seq })
      .from(changes)
      .where(and(eq(changes.source, source), gt(changes.seq, since)));
    return {
      ids: rows.map((r) => r.id),
      seq: rows.reduce((top, r) => Math.max(top, r.seq), since),
    };
  });
