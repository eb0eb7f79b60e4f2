// Review rounds, pools, conflicts, assignments, score sheets, decisions and published results.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import {
  programsApplicationCoEditors as ce,
  programsApplications as a,
  programsApplicationVersions as v,
  programsCalls as c,
  programsDecisions as d,
  programsProgrammes as p,
  programsResultPublications as pub,
  programsReviewAssignments as ra,
  programsReviewConflicts as rc,
  programsReviewPool as pool,
  programsReviewRounds as r,
  programsScoreSheets as s,
} from './tables';

export type RoundRow = typeof r.$inferSelect;
export type NewRoundRow = typeof r.$inferInsert;
export type AssignmentRow = typeof ra.$inferSelect;
export type SheetRow = typeof s.$inferSelect;
export type DecisionRow = typeof d.$inferSelect;
export type ConflictRow = typeof rc.$inferSelect;

/** A round reviews its call's applications; its seed fixed the draw of reviewers. */
const ROUND_OWNED = ['callId', 'seed'] as const;
const roundEditable = editableColumns(r, ROUND_OWNED);
/** What a command may change of a round's row. */
export type RoundPatch = EditablePatch<typeof r, (typeof ROUND_OWNED)[number]>;

/** A sheet is one assignment's: its reviewer, round and the application version scored. */
const SHEET_OWNED = [
  'assignmentId',
  'roundId',
  'applicationId',
  'reviewerId',
  'applicationVersion',
] as const;
const sheetEditable = editableColumns(s, SHEET_OWNED);
/** What a save may change of a score sheet (marks, comments, status). */
export type SheetPatch = EditablePatch<typeof s, (typeof SHEET_OWNED)[number]>;

/** A decision is on one application; who decided and when are the decision's own columns. */
const DECISION_OWNED = ['applicationId'] as const;
const decisionEditable = editableColumns(d, DECISION_OWNED);

// ——— Rounds ———

export async function insertRound(db: Db, row: NewRoundRow): Promise<RoundRow> {
  const [created] = await db.insert(r).values(row).returning();
  return created!;
}

export async function findRoundById(db: Db, id: string): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(r).where(eq(r.id, id));
  return row;
}

export async function findRoundsOfCall(db: Db, callId: string): Promise<RoundRow[]> {
  return db.select().from(r).where(eq(r.callId, callId)).orderBy(asc(r.createdAt), asc(r.id));
}

/** Updates only when the stored version is the expected one; undefined means a stale edit. */
export async function updateRoundRow(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: RoundPatch,
  stamp: ChangeStamp,
): Promise<RoundRow | undefined> {
  return updateAtVersion(db, r, eq(r.id, id), expectedVersion, roundEditable.pick(patch), stamp);
}

/** The applications a round reviews: the call's submitted ones (reopened ones keep their last). */
export async function findRoundApplications(db: Db, callId: string) {
  return db
    .select({
      id: a.id,
      organizationId: a.organizationId,
      receiptNumber: a.receiptNumber,
      submittedAt: a.submittedAt,
      status: a.status,
    })
    .from(a)
    .where(and(eq(a.callId, callId), inArray(a.status, ['submitted', 'reopened'])))
    .orderBy(asc(a.receiptNumber), asc(a.id));
}

export async function findApplicationRef(db: Db, id: string) {
  const [row] = await db
    .select({
      id: a.id,
      callId: a.callId,
      organizationId: a.organizationId,
      receiptNumber: a.receiptNumber,
      submittedAt: a.submittedAt,
      status: a.status,
      createdBy: a.createdBy,
    })
    .from(a)
    .where(eq(a.id, id));
  return row;
}

/** The latest frozen submission of an application. */
export async function findLatestVersion(db: Db, applicationId: string) {
  const [row] = await db
    .select()
    .from(v)
    .where(eq(v.applicationId, applicationId))
    .orderBy(desc(v.number))
    .limit(1);
  return row;
}

export async function findVersion(db: Db, applicationId: string, number: number) {
  const [row] = await db
    .select()
    .from(v)
    .where(and(eq(v.applicationId, applicationId), eq(v.number, number)));
  return row;
}

// ——— Pool and conflicts ———

/** Adds accounts to a round's pool; returns those that were not in it yet. */
export async function insertPoolMembers(
  db: Db,
  roundId: string,
  userIds: readonly string[],
  addedBy: string,
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .insert(pool)
    .values(userIds.map((userId) => ({ roundId, userId, addedBy })))
    .onConflictDoNothing()
    .returning({ userId: pool.userId });
  return rows.map((row) => row.userId);
}

export async function deletePoolMember(db: Db, roundId: string, userId: string) {
  const rows = await db
    .delete(pool)
    .where(and(eq(pool.roundId, roundId), eq(pool.userId, userId)))
    .returning({ userId: pool.userId });
  return rows.length > 0;
}

export async function findPool(db: Db, roundId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: pool.userId })
    .from(pool)
    .where(eq(pool.roundId, roundId))
    .orderBy(asc(pool.createdAt), asc(pool.userId));
  return rows.map((row) => row.userId);
}

/** False when the same conflict was already declared. */
export async function insertConflict(db: Db, row: typeof rc.$inferInsert): Promise<boolean> {
  const rows = await db.insert(rc).values(row).onConflictDoNothing().returning({ id: rc.id });
  return rows.length > 0;
}

export async function findConflictsOfUsers(
  db: Db,
  userIds: readonly string[],
): Promise<ConflictRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(rc)
    .where(inArray(rc.userId, [...userIds]))
    .orderBy(asc(rc.createdAt));
}

// ——— Assignments ———

export async function insertAssignments(
  db: Db,
  rows: (typeof ra.$inferInsert)[],
): Promise<AssignmentRow[]> {
  if (rows.length === 0) return [];
  return db.insert(ra).values(rows).onConflictDoNothing().returning();
}

export async function deleteAssignment(db: Db, id: string): Promise<boolean> {
  const rows = await db.delete(ra).where(eq(ra.id, id)).returning({ id: ra.id });
  return rows.length > 0;
}

export async function findAssignmentById(db: Db, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await db.select().from(ra).where(eq(ra.id, id));
  return row;
}

/** Locks the assignment so a removal and a first save cannot cross. */
export async function lockAssignment(db: Db, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await db.select().from(ra).where(eq(ra.id, id)).for('update');
  return row;
}

export async function findAssignmentsOfRound(db: Db, roundId: string): Promise<AssignmentRow[]> {
  return db
    .select()
    .from(ra)
    .where(eq(ra.roundId, roundId))
    .orderBy(asc(ra.applicationId), asc(ra.reviewerId));
}

/** A reviewer's assignments with their round, call, programme and sheet state, newest first. */
export async function findAssignmentsOfReviewer(db: Db, reviewerId: string) {
  return db
    .select({
      assignment: ra,
      round: {
        id: r.id,
        titleVi: r.titleVi,
        titleEn: r.titleEn,
        status: r.status,
        isBlind: r.isBlind,
      },
      call: { titleVi: c.titleVi, titleEn: c.titleEn },
      programme: { titleVi: p.titleVi, titleEn: p.titleEn },
      application: { receiptNumber: a.receiptNumber, organizationId: a.organizationId },
      sheetStatus: s.status,
    })
    .from(ra)
    .innerJoin(r, eq(r.id, ra.roundId))
    .innerJoin(c, eq(c.id, r.callId))
    .innerJoin(p, eq(p.id, c.programmeId))
    .innerJoin(a, eq(a.id, ra.applicationId))
    .leftJoin(s, eq(s.assignmentId, ra.id))
    .where(eq(ra.reviewerId, reviewerId))
    .orderBy(desc(ra.createdAt), asc(a.receiptNumber));
}

// ——— Score sheets ———

export async function findSheet(db: Db, assignmentId: string): Promise<SheetRow | undefined> {
  const [row] = await db.select().from(s).where(eq(s.assignmentId, assignmentId));
  return row;
}

/** The first save of a sheet; undefined when another save created it first. */
export async function insertSheet(
  db: Db,
  row: typeof s.$inferInsert,
): Promise<SheetRow | undefined> {
  const [created] = await db.insert(s).values(row).onConflictDoNothing().returning();
  return created;
}

/** Updates only when the stored version is the expected one; undefined means a stale save. */
export async function updateSheetRow(
  db: Db,
  assignmentId: string,
  expectedVersion: number,
  patch: SheetPatch,
  stamp: ChangeStamp,
): Promise<SheetRow | undefined> {
  const key = eq(s.assignmentId, assignmentId);
  return updateAtVersion(db, s, key, expectedVersion, sheetEditable.pick(patch), stamp);
}

export async function findSheetsOfRound(db: Db, roundId: string): Promise<SheetRow[]> {
  return db
    .select()
    .from(s)
    .where(eq(s.roundId, roundId))
    .orderBy(asc(s.applicationId), asc(s.reviewerId));
}

// ——— Decisions and results ———

export async function findDecision(db: Db, applicationId: string) {
  const [row] = await db.select().from(d).where(eq(d.applicationId, applicationId));
  return row;
}

/**
 * Records a decision: the first one when `expectedVersion` is 0, else only over that version.
 * Undefined means another decision was recorded meanwhile.
 */
export async function writeDecision(
  db: Db,
  expectedVersion: number,
  row: typeof d.$inferInsert,
): Promise<DecisionRow | undefined> {
  if (expectedVersion === 0) {
    const [created] = await db.insert(d).values(row).onConflictDoNothing().returning();
    return created;
  }
  const key = eq(d.applicationId, row.applicationId);
  return updateAtVersion(db, d, key, expectedVersion, decisionEditable.pick(row));
}

export async function findDecisionsOfCall(db: Db, callId: string) {
  return db
    .select({ decision: d, organizationId: a.organizationId })
    .from(d)
    .innerJoin(a, eq(a.id, d.applicationId))
    .where(eq(a.callId, callId));
}

/** Submitted applications of a call that have no decision yet. */
export async function countUndecided(db: Db, callId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(a)
    .leftJoin(d, eq(d.applicationId, a.id))
    .where(
      and(
        eq(a.callId, callId),
        inArray(a.status, ['submitted', 'reopened']),
        isNull(d.applicationId),
      ),
    );
  return row?.n ?? 0;
}

export async function findPublication(db: Db, callId: string) {
  const [row] = await db.select().from(pub).where(eq(pub.callId, callId));
  return row;
}

export async function insertPublication(db: Db, row: typeof pub.$inferInsert) {
  const [created] = await db.insert(pub).values(row).onConflictDoNothing().returning();
  return created;
}

export async function deletePublication(db: Db, callId: string) {
  const rows = await db.delete(pub).where(eq(pub.callId, callId)).returning();
  return rows[0];
}

/** Awarded and accepted applications of a programme's calls whose results are published. */
export async function findPublishedWinners(db: Db, programmeId: string) {
  return db
    .select({
      callId: c.id,
      callTitleVi: c.titleVi,
      callTitleEn: c.titleEn,
      organizationId: a.organizationId,
      outcome: d.outcome,
      prizeIndex: d.prizeIndex,
      prize: d.prize,
    })
    .from(pub)
    .innerJoin(c, eq(c.id, pub.callId))
    .innerJoin(a, eq(a.callId, c.id))
    .innerJoin(d, eq(d.applicationId, a.id))
    .where(and(eq(c.programmeId, programmeId), inArray(d.outcome, ['awarded', 'accepted'])))
    .orderBy(asc(c.opensAt), asc(d.outcome), asc(d.prizeIndex), asc(a.receiptNumber));
}

/** The accounts that wrote an application: its creator and its co-editors. */
export async function findApplicationWriters(db: Db, applicationId: string): Promise<string[]> {
  const [app] = await db.select({ createdBy: a.createdBy }).from(a).where(eq(a.id, applicationId));
  const editors = await db
    .select({ userId: ce.userId })
    .from(ce)
    .where(eq(ce.applicationId, applicationId));
  return [...new Set([...(app ? [app.createdBy] : []), ...editors.map((e) => e.userId)])];
}
