// Taking a reviewer out of a round's pool with their assignments that have no sheet yet.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { programsReviewAssignments as ra, programsScoreSheets as s } from './tables';

/** Locks the reviewer's assignments in the round so no first save lands during the removal. */
export async function lockReviewerAssignments(db: Db, roundId: string, reviewerId: string) {
  return db
    .select()
    .from(ra)
    .where(and(eq(ra.roundId, roundId), eq(ra.reviewerId, reviewerId)))
    .for('update');
}

export async function countReviewerSheets(db: Db, roundId: string, reviewerId: string) {
  const rows = await db
    .select({ id: s.assignmentId })
    .from(s)
    .where(and(eq(s.roundId, roundId), eq(s.reviewerId, reviewerId)));
  return rows.length;
}

export async function deleteReviewerAssignments(db: Db, roundId: string, reviewerId: string) {
  return db
    .delete(ra)
    .where(and(eq(ra.roundId, roundId), eq(ra.reviewerId, reviewerId)))
    .returning({ id: ra.id, applicationId: ra.applicationId });
}
