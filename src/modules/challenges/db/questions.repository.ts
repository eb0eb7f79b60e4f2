// The public questions of a challenge and their answers.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { challengesChallenges as challenges, challengesQuestions as questions } from './tables';

export type QuestionRow = typeof questions.$inferSelect;

/** Stores a question once per form token: the row and whether it is new. */
export async function insertQuestion(
  db: Db,
  row: typeof questions.$inferInsert,
): Promise<{ row: QuestionRow; isNew: boolean }> {
  const [created] = await db.insert(questions).values(row).onConflictDoNothing().returning();
  if (created) return { row: created, isNew: true };
  const [existing] = await db
    .select()
    .from(questions)
    .where(
      and(
        eq(questions.challengeId, row.challengeId),
        eq(questions.askedBy, row.askedBy),
        eq(questions.requestToken, row.requestToken),
      ),
    );
  return { row: existing!, isNew: false };
}

export async function findQuestion(
  db: Db,
  challengeId: string,
  id: string,
): Promise<QuestionRow | undefined> {
  const [row] = await db
    .select()
    .from(questions)
    .where(and(eq(questions.id, id), eq(questions.challengeId, challengeId)));
  return row;
}

/** A challenge's questions in these statuses, oldest first. */
export function listQuestions(
  db: Db,
  challengeId: string,
  statuses: readonly string[],
): Promise<QuestionRow[]> {
  return db
    .select()
    .from(questions)
    .where(and(eq(questions.challengeId, challengeId), inArray(questions.status, [...statuses])))
    .orderBy(asc(questions.createdAt), asc(questions.id));
}

export const updateQuestionAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: Partial<Pick<QuestionRow, 'status' | 'answer' | 'answeredBy' | 'answeredAt'>>,
  stamp: ChangeStamp,
) => updateAtVersion(db, questions, eq(questions.id, id), version, patch, stamp);

/** Questions waiting for an answer on the challenges of these owners. */
export async function countPendingForOwners(db: Db, ownerIds: readonly string[]): Promise<number> {
  if (ownerIds.length === 0) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(questions)
    .innerJoin(challenges, eq(challenges.id, questions.challengeId))
    .where(
      and(inArray(challenges.ownerOrganizationId, [...ownerIds]), eq(questions.status, 'pending')),
    );
  return row?.n ?? 0;
}
