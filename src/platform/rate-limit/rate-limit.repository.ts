import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { platformRateLimits } from './tables';

const r = platformRateLimits;

/**
 * Counts one attempt in one statement (an upsert takes the row's lock, so concurrent hits from
 * any process are all counted): the count in the key's window and when that window ends.
 */
export async function countAttempt(
  db: Db,
  key: string,
  now: Date,
  windowSeconds: number,
): Promise<{ count: number; windowEndsAt: Date }> {
  const ends = new Date(now.getTime() + windowSeconds * 1000);
  const ended = sql`${r.windowEndsAt} <= ${now.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(r)
    .values({ key, count: 1, windowEndsAt: ends })
    .onConflictDoUpdate({
      target: r.key,
      set: {
        count: sql`case when ${ended} then 1 else ${r.count} + 1 end`,
        windowEndsAt: sql`case when ${ended} then ${ends.toISOString()}::timestamptz else ${r.windowEndsAt} end`,
      },
    })
    .returning({ count: r.count, windowEndsAt: r.windowEndsAt });
  return row!;
}

/** Takes one attempt back from a window still running. */
export async function uncountAttempt(db: Db, key: string, now: Date): Promise<void> {
  await db
    .update(r)
    .set({ count: sql`greatest(${r.count} - 1, 0)` })
    .where(and(eq(r.key, key), gt(r.windowEndsAt, now)));
}

export async function forgetAttempts(db: Db, key: string): Promise<void> {
  await db.delete(r).where(eq(r.key, key));
}

/** Rows whose window ended before `before`: nothing reads them again. */
export async function sweepEndedWindows(db: Db, before: Date): Promise<void> {
  await db.delete(r).where(lt(r.windowEndsAt, before));
}
