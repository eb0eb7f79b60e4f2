// The change feed read by other instances: settled reads and the latest changes.
import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { directoryChanges } from './tables';

export interface ChangeEntry {
  seq: number;
  entityType: string;
  entityId: string;
  at: Date;
}

/**
 * Runs `read` in a transaction that first takes a SHARE lock on the change table: it waits for
 * the transactions still writing changes (briefly: `lock_timeout`), so that no change with a
 * lower seq can commit after a follower has read past it. Writers wait only while it reads.
 */
export async function withSettledChanges<T>(db: Db, read: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local lock_timeout = '2s'`);
    await tx.execute(sql`lock table ${directoryChanges} in share mode`);
    return read(tx);
  });
}

/** True for the error PostgreSQL raises when `lock_timeout` expires. */
export function isLockTimeout(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return (e.code ?? e.cause?.code) === '55P03';
}

/**
 * The latest change of each record changed after `since`, in seq order: a record changed twice
 * appears once, at its last change, so a follower converges on the current state. The later
 * change is found through directory_changes_entity_idx.
 */
export async function latestChangesSince(
  db: Db,
  params: { since: number; limit: number; entityTypes: readonly string[] },
): Promise<ChangeEntry[]> {
  const c = directoryChanges;
  return db
    .select({ seq: c.seq, entityType: c.entityType, entityId: c.entityId, at: c.at })
    .from(c)
    .where(
      and(
        sql`${c.seq} > ${params.since}`,
        inArray(c.entityType, [...params.entityTypes]),
        sql`not exists (select 1 from directory_changes later where later.entity_type = ${c.entityType} and later.entity_id = ${c.entityId} and later.seq > ${c.seq})`,
      ),
    )
    .orderBy(c.seq)
    .limit(params.limit);
}

/** The newest change (primary key, backwards): a cheap "has anything changed?" check. */
export async function latestChange(db: Db): Promise<{ seq: number; at: Date } | undefined> {
  const c = directoryChanges;
  const [row] = await db
    .select({ seq: c.seq, at: c.at })
    .from(c)
    .orderBy(sql`${c.seq} desc`)
    .limit(1);
  return row;
}
