import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { identityApiKeys } from './tables';

export async function insertApiKey(db: Db, key: typeof identityApiKeys.$inferInsert) {
  await db.insert(identityApiKeys).values(key);
}

/** A usable key: not revoked and not expired. */
export async function findActiveApiKeyByHash(db: Db, hash: string, now: Date) {
  const [row] = await db
    .select()
    .from(identityApiKeys)
    .where(
      and(
        eq(identityApiKeys.hash, hash),
        isNull(identityApiKeys.revokedAt),
        or(isNull(identityApiKeys.expiresAt), gt(identityApiKeys.expiresAt, now)),
      ),
    );
  return row;
}

export async function touchApiKey(db: Db, id: string, now: Date) {
  await db.update(identityApiKeys).set({ lastUsedAt: now }).where(eq(identityApiKeys.id, id));
}

export async function listApiKeysOf(db: Db, userId: string) {
  return db
    .select()
    .from(identityApiKeys)
    .where(eq(identityApiKeys.userId, userId))
    .orderBy(desc(identityApiKeys.createdAt));
}

/** Revokes a key only when it belongs to the user; returns whether one was revoked. */
export async function revokeApiKey(db: Db, id: string, userId: string, now: Date) {
  const rows = await db
    .update(identityApiKeys)
    .set({ revokedAt: now })
    .where(
      and(
        eq(identityApiKeys.id, id),
        eq(identityApiKeys.userId, userId),
        isNull(identityApiKeys.revokedAt),
      ),
    )
    .returning({ id: identityApiKeys.id });
  return rows.length > 0;
}
