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

/**
 * Staff and administrators not yet locked whose last activity — an open session used, a
 * successful sign-in on the security log, an administrator's unlock, or the account's creation —
 * is older than `cutoff`.
 */
export async function findInactiveStaff(
  db: Db,
  cutoff: Date,
): Promise<{ id: string; email: string }[]> {
  const since = cutoff.toISOString();
  const result = await db.execute(sql`
    select u.id, u.email from identity_users u
    where u.created_at < ${since}::timestamptz
      and exists (select 1 from identity_user_roles r
                  where r.user_id = u.id and r.role in ('admin', 'staff'))
      and not exists (select 1 from identity_account_locks l
                      where l.user_id = u.id and l.locked_at is not null)
      and not exists (select 1 from identity_sessions s
                      where s.user_id = u.id and s.updated_at >= ${since}::timestamptz)
      and not exists (select 1 from platform_audit_log a
                      where a.entity_type = 'identity.user' and a.entity_id = u.email
                        and a.action = 'security.signIn:success'
                        and a.at >= ${since}::timestamptz)
      and not exists (select 1 from platform_audit_log a
                      where a.entity_type = 'user' and a.entity_id = u.id
                        and a.action = 'security.account:unlock'
                        and a.at >= ${since}::timestamptz)`);
  // Both drivers (pg and PGlite) answer with `rows`.
  return (result as unknown as { rows: { id: string; email: string }[] }).rows;
}

/** Locks an account for having gone unused; only an administrator unlocks it. */
export async function lockInactive(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .insert(l)
    .values({ userId, lockedAt: now, reason: 'inactive' })
    .onConflictDoUpdate({ target: l.userId, set: { lockedAt: now, reason: 'inactive' } });
}
