// The files published with a challenge (documents and datasets).
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { challengesChallengeFiles as files } from './tables';

export type ChallengeFileRow = typeof files.$inferSelect;

/** The new row; undefined when the challenge has these bytes already (a form posted twice). */
export async function insertChallengeFile(
  db: Db,
  row: typeof files.$inferInsert,
): Promise<ChallengeFileRow | undefined> {
  const [created] = await db.insert(files).values(row).onConflictDoNothing().returning();
  return created;
}

/** A challenge's files in the order they were added. */
export function listChallengeFiles(db: Db, challengeId: string): Promise<ChallengeFileRow[]> {
  return db
    .select()
    .from(files)
    .where(eq(files.challengeId, challengeId))
    .orderBy(asc(files.createdAt), asc(files.id));
}

export async function findChallengeFile(
  db: Db,
  challengeId: string,
  id: string,
): Promise<ChallengeFileRow | undefined> {
  const [row] = await db
    .select()
    .from(files)
    .where(and(eq(files.challengeId, challengeId), eq(files.id, id)));
  return row;
}

/** The removed row; undefined when it was not there (removed twice, or another challenge's). */
export async function deleteChallengeFile(
  db: Db,
  challengeId: string,
  id: string,
): Promise<ChallengeFileRow | undefined> {
  const [row] = await db
    .delete(files)
    .where(and(eq(files.challengeId, challengeId), eq(files.id, id)))
    .returning();
  return row;
}
