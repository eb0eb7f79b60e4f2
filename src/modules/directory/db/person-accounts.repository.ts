// The profile that belongs to an account (directory_people.user_id). Kept apart from
// people.repository.ts, which the list, search and API share.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { directoryPeople } from './tables';

const p = directoryPeople;

/** The account's own listed profile, if it has one. */
export async function findPersonOfUser(db: Db, userId: string) {
  const [row] = await db
    .select()
    .from(p)
    .where(and(eq(p.userId, userId), isNull(p.archivedAt)))
    .limit(1);
  return row;
}

/**
 * Serialises the creation of an account's own profile until the transaction ends: there is no
 * unique index on user_id, so two submissions at once would otherwise both find none.
 */
export async function lockOwnProfileCreation(tx: Db, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`directory-person:${userId}`}))`);
}
