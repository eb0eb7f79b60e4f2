// The follow-up's settings of an event and the feedback its attendees give.
import { and, asc, count, eq, ne } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { eventsFeedback as feedback, eventsFollowUps as followUps } from './follow-up-tables';

export type FollowUpRow = typeof followUps.$inferSelect;
export type FeedbackRow = typeof feedback.$inferSelect;

/** A follow-up stays its event's; a feedback answer stays its registration's and event's. */
const followUpColumns = editableColumns(followUps, ['eventId']);
const feedbackColumns = editableColumns(feedback, ['registrationId', 'eventId', 'createdAt']);

export async function findFollowUp(db: Db, eventId: string): Promise<FollowUpRow | undefined> {
  const [row] = await db.select().from(followUps).where(eq(followUps.eventId, eventId));
  return row;
}

/** The first save of an event's follow-up; undefined when someone saved one meanwhile. */
export async function insertFollowUp(
  db: Db,
  row: typeof followUps.$inferInsert,
): Promise<FollowUpRow | undefined> {
  const [created] = await db.insert(followUps).values(row).onConflictDoNothing().returning();
  return created;
}

export const updateFollowUpAtVersion = (
  db: Db,
  eventId: string,
  version: number,
  patch: Pick<FollowUpRow, 'slidesUrl' | 'feedbackClosesAt'>,
  stamp: ChangeStamp,
) =>
  updateAtVersion(
    db,
    followUps,
    eq(followUps.eventId, eventId),
    version,
    followUpColumns.pick(patch),
    stamp,
  );

export async function findFeedback(
  db: Db,
  registrationId: string,
): Promise<FeedbackRow | undefined> {
  const [row] = await db.select().from(feedback).where(eq(feedback.registrationId, registrationId));
  return row;
}

/** The first answer of a registration; undefined when one was given meanwhile (a double submit). */
export async function insertFeedback(
  db: Db,
  row: typeof feedback.$inferInsert,
): Promise<FeedbackRow | undefined> {
  const [created] = await db.insert(feedback).values(row).onConflictDoNothing().returning();
  return created;
}

export const updateFeedbackAtVersion = (
  db: Db,
  registrationId: string,
  version: number,
  patch: Pick<FeedbackRow, 'rating' | 'comment'>,
  now: Date,
) =>
  updateAtVersion(
    db,
    feedback,
    eq(feedback.registrationId, registrationId),
    version,
    feedbackColumns.pick(patch),
    { now },
  );

export interface FeedbackSummary {
  answers: number;
  /** null without answers. */
  average: number | null;
  /** Answers per rating, index 0 for 1 star … 4 for 5. */
  byRating: number[];
}

export async function summariseFeedback(db: Db, eventId: string): Promise<FeedbackSummary> {
  const rows = await db
    .select({ rating: feedback.rating, n: count() })
    .from(feedback)
    .where(eq(feedback.eventId, eventId))
    .groupBy(feedback.rating);
  const byRating = [1, 2, 3, 4, 5].map((r) => rows.find((x) => x.rating === r)?.n ?? 0);
  const answers = byRating.reduce((a, b) => a + b, 0);
  const total = rows.reduce((sum, r) => sum + r.rating * r.n, 0);
  return { answers, average: answers ? total / answers : null, byRating };
}

/** The comments of an event's answers, oldest first, without who gave them. */
export function listFeedbackComments(db: Db, eventId: string, limit: number) {
  return db
    .select({ rating: feedback.rating, comment: feedback.comment })
    .from(feedback)
    .where(and(eq(feedback.eventId, eventId), ne(feedback.comment, '')))
    .orderBy(asc(feedback.createdAt))
    .limit(limit);
}
