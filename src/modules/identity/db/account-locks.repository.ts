import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { identityAccountLocks } from './tables';

const l = identityAccountLocks;

export type AccountLockRow = typeof identityAccountLocks.$inferSelect;

export async function findAccountLock(db: Db, userId: string): Promise<AccountLockRow | undefined> {
  const [row] = await db.select().from(l).where(eq(l.userId, userId));
  return row;
}

/**
 * Counts one more failure in a row (one statement, so failures from several processes all
 * count); locks the account when they reach `threshold`. `lockedNow` is true for the failure
 * that locked it, which alone sends the unlock mail.
 */
export async function countFailure(
  db: Db,
  userId: string,
  threshold: number,
  now: Date,
): Promise<{ lockedNow: boolean }> {
  const failures = sql`${l.failures} + 1`;
  const [row] = await db
    .insert(l)
    .values({ userId, failures: 1, lockedAt: threshold <= 1 ? now : null })
    .onConflictDoUpdate({
      target: l.userId,
      set: {
        failures,
        lockedAt: sql`case when ${l.lockedAt} is null and ${failures} >= ${threshold} then ${now.toISOString()}::timestamptz else ${l.lockedAt} end`,
      },
    })
    .returning({ lockedAt: l.lockedAt, failures: l.failures });
  return { lockedNow: row!.lockedAt?.getTime() === now.getTime() && row!.failures >= threshold };
}

export async function setUnlockToken(
  db: Db,
  userId: string,
  hash: string,
  expiresAt: Date,
): Promise<void> {
  await db
    .update(l)
    .set({ unlockTokenHash: hash, unlockExpiresAt: expiresAt })
    .where(eq(l.userId, userId));
}

/** Forgets the failures and any lock: a success, or an unlock. */
export async function clearAccountLock(db: Db, userId: string): Promise<void> {
  await db.delete(l).where(eq(l.userId, userId));
}

/** The account a live unlock link is for, its lock removed; undefined for a used or old link. */
export async function unlockByTokenHash(
  db: Db,
  hash: string,
  now: Date,
): Promise<string | undefined> {
  const [row] = await db
    .delete(l)
    .where(and(eq(l.unlockTokenHash, hash), gt(l.unlockExpiresAt, now)))
    .returning({ userId: l.userId });
  return row?.userId;
}
