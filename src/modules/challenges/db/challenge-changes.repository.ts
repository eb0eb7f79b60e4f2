// The log of corrections of published challenges.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { challengesChallengeChanges as changes } from './tables';

export type ChallengeChangeRow = typeof changes.$inferSelect;

export async function insertChallengeChange(
  db: Db,
  row: typeof changes.$inferInsert,
): Promise<ChallengeChangeRow> {
  const [created] = await db.insert(changes).values(row).returning();
  return created!;
}

/** A challenge's corrections, newest first. */
export function listChallengeChanges(db: Db, challengeId: string): Promise<ChallengeChangeRow[]> {
  return db
    .select()
    .from(changes)
    .where(eq(changes.challengeId, challengeId))
    .orderBy(desc(changes.changedAt), desc(changes.version));
}
