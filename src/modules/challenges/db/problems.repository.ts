// Problems, their kept versions, the scoping comments and the invited solvers.
import { and, asc, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import {
  challengesInvitations as invitations,
  challengesProblemComments as comments,
  challengesProblems as problems,
  challengesProblemVersions as versions,
} from './tables';

export type ProblemRow = typeof problems.$inferSelect;
export type NewProblemRow = typeof problems.$inferInsert;
/** The owner organisation is fixed at creation. */
export type ProblemPatch = EditablePatch<typeof problems, 'ownerOrganizationId'>;
export type ProblemVersionRow = typeof versions.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;

export async function insertProblem(db: Db, row: NewProblemRow): Promise<ProblemRow> {
  const [created] = await db.insert(problems).values(row).returning();
  return created!;
}

export async function findProblemById(db: Db, id: string): Promise<ProblemRow | undefined> {
  const [row] = await db.select().from(problems).where(eq(problems.id, id));
  return row;
}

export const updateProblemAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: ProblemPatch,
  stamp: ChangeStamp,
) => updateAtVersion(db, problems, eq(problems.id, id), version, patch, stamp);

export interface ProblemFilter {
  ownerIds?: readonly string[];
  statuses?: readonly string[];
}

const problemWhere = (f: ProblemFilter): SQL | undefined =>
  and(
    f.ownerIds ? inArray(problems.ownerOrganizationId, [...f.ownerIds]) : undefined,
    f.statuses ? inArray(problems.status, [...f.statuses]) : undefined,
  );

/** Most recently changed first. */
export function listProblems(db: Db, f: ProblemFilter, limit: number, offset: number) {
  return db
    .select()
    .from(problems)
    .where(problemWhere(f))
    .orderBy(desc(problems.updatedAt), asc(problems.id))
    .limit(limit)
    .offset(offset);
}

export async function countProblems(db: Db, f: ProblemFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(problems).where(problemWhere(f));
  return row?.n ?? 0;
}

/** Problems submitted to the centre within a period (first submission). */
export async function countSubmittedBetween(db: Db, from: Date, to: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(problems)
    .where(and(gte(problems.submittedAt, from), lt(problems.submittedAt, to)));
  return row?.n ?? 0;
}

export async function insertVersion(db: Db, row: typeof versions.$inferInsert): Promise<void> {
  await db.insert(versions).values(row);
}

/** A problem's history, newest first. */
export function listVersions(db: Db, problemId: string): Promise<ProblemVersionRow[]> {
  return db
    .select()
    .from(versions)
    .where(eq(versions.problemId, problemId))
    .orderBy(desc(versions.version));
}

export async function insertComment(db: Db, row: typeof comments.$inferInsert): Promise<void> {
  await db.insert(comments).values(row);
}

/** The scoping conversation, oldest first. */
export function listComments(db: Db, problemId: string): Promise<CommentRow[]> {
  return db
    .select()
    .from(comments)
    .where(eq(comments.problemId, problemId))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

/** Invites once: a repeated invitation changes nothing. */
export async function insertInvitation(
  db: Db,
  row: typeof invitations.$inferInsert,
): Promise<boolean> {
  const rows = await db.insert(invitations).values(row).onConflictDoNothing().returning();
  return rows.length > 0;
}

export function listInvitations(db: Db, problemId: string) {
  return db
    .select()
    .from(invitations)
    .where(eq(invitations.problemId, problemId))
    .orderBy(asc(invitations.createdAt));
}

/** Problems among these to which one of these solver organisations was invited. */
export async function invitedProblemIds(
  db: Db,
  organizationIds: readonly string[],
): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: invitations.problemId })
    .from(invitations)
    .where(inArray(invitations.organizationId, [...organizationIds]));
  return rows.map((r) => r.id);
}
