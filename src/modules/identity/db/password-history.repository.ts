import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { identityAccounts, identityPasswordHistory as h } from './tables';

/** The hash of the account's current password (its credential), if it has one. */
export async function currentPasswordHash(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ password: identityAccounts.password })
    .from(identityAccounts)
    .where(and(eq(identityAccounts.userId, userId), eq(identityAccounts.providerId, 'credential')));
  return row?.password ?? undefined;
}

/** The account's earlier password hashes, newest first. */
export async function earlierPasswordHashes(db: Db, userId: string, limit: number) {
  const rows = await db
    .select({ hash: h.hash })
    .from(h)
    .where(eq(h.userId, userId))
    .orderBy(desc(h.replacedAt), desc(h.id))
    .limit(limit);
  return rows.map((r) => r.hash);
}

/** Keeps a replaced password's hash and forgets all but the newest `keep`. */
export async function rememberReplacedPassword(
  db: Db,
  input: { userId: string; hash: string; at: Date; keep: number },
): Promise<void> {
  await db
    .insert(h)
    .values({ id: randomUUID(), userId: input.userId, hash: input.hash, replacedAt: input.at });
  const kept = db
    .select({ id: h.id })
    .from(h)
    .where(eq(h.userId, input.userId))
    .orderBy(desc(h.replacedAt), desc(h.id))
    .limit(input.keep);
  await db.delete(h).where(and(eq(h.userId, input.userId), notInArray(h.id, kept)));
}

/** Forgets every earlier password of the accounts (an erased account keeps none). */
export async function forgetPasswordHistory(db: Db, userIds: string[]): Promise<void> {
  if (userIds.length > 0) await db.delete(h).where(inArray(h.userId, userIds));
}
