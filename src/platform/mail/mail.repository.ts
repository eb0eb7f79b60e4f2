import { and, eq, inArray, lt, ne, notExists, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { platformJobs } from '../jobs/tables';
import { platformMailOutbox } from './tables';

const o = platformMailOutbox;

export type OutboxRow = typeof platformMailOutbox.$inferSelect;

/** The new row's id; undefined when a row with the given id exists already. */
export async function insertOutboxRow(
  db: Db,
  row: Pick<OutboxRow, 'to' | 'subject' | 'text' | 'status'> &
    Partial<Pick<OutboxRow, 'id' | 'html' | 'template' | 'headers' | 'attachments'>>,
): Promise<string | undefined> {
  const [inserted] = await db.insert(o).values(row).onConflictDoNothing().returning({ id: o.id });
  return inserted?.id;
}

export async function findOutboxRow(db: Db, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(o).where(eq(o.id, id));
  return row;
}

/** Counts the attempt; a row already sent is left as it is. */
export async function markOutboxSent(db: Db, id: string, at: Date): Promise<void> {
  await db
    .update(o)
    .set({ status: 'sent', sentAt: at, attempts: sql`${o.attempts} + 1`, lastError: null })
    .where(and(eq(o.id, id), ne(o.status, 'sent')));
}

/** Counts the attempt: still `pending` while it will be retried, `failed` once given up. */
export async function markOutboxFailed(
  db: Db,
  id: string,
  error: string,
  isFinal: boolean,
): Promise<void> {
  await db
    .update(o)
    .set({
      status: isFinal ? 'failed' : 'pending',
      attempts: sql`${o.attempts} + 1`,
      lastError: error.slice(0, 2000),
    })
    .where(and(eq(o.id, id), ne(o.status, 'sent')));
}

/**
 * Messages waiting without a delivery job: written before delivery moved to the job runner, and
 * left `pending` or `failed` (under five attempts, which the old sweep would still have retried).
 */
export async function findOutboxRowsWithoutJob(
  db: Db,
  /** A message's job key is this prefix and its id. */
  keyPrefix: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .select({ id: o.id })
    .from(o)
    .where(
      and(
        inArray(o.status, ['pending', 'failed']),
        lt(o.attempts, 5),
        notExists(
          db
            .select({ one: sql`1` })
            .from(platformJobs)
            .where(eq(platformJobs.key, sql`${keyPrefix} || ${o.id}::text`)),
        ),
      ),
    )
    .orderBy(o.createdAt)
    .limit(limit);
  return rows.map((r) => r.id);
}
