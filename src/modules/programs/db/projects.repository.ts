import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { nextVersion, updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { organizationFacts, organizationsManagedBy } from '../../directory';
import {
  programsProjectBudgetLines as lines,
  programsProjectDisbursements as payments,
  programsProjectFiles as files,
  programsProjectMilestones as milestones,
  programsProjectReports as reports,
  programsProjects as projects,
  programsProjectSteps as steps,
} from './tables';

export type ProjectRow = typeof projects.$inferSelect;
export type NewProjectRow = typeof projects.$inferInsert;
export type BudgetLineRow = typeof lines.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;
export type DisbursementRow = typeof payments.$inferSelect;
export type StepRow = typeof steps.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type ProjectFileRow = typeof files.$inferSelect;
/** What a file is attached to: one report, step or disbursement. */
export type ProjectFileOwner =
  { reportId: string } | { stepId: string } | { disbursementId: string };

/**
 * A project is one organisation's, under one programme (from one application); what was paid is
 * the sum of its disbursements, raised by addPaid only.
 */
const PROJECT_OWNED = ['programmeId', 'organizationId', 'applicationId', 'paidVnd'] as const;
const projectEditable = editableColumns(projects, PROJECT_OWNED);
/** What a command may change of a project's row. */
export type ProjectPatch = EditablePatch<typeof projects, (typeof PROJECT_OWNED)[number]>;

/** A milestone stays in its project; the reminder job marks which due date it reminded of. */
const MILESTONE_OWNED = ['projectId', 'remindedFor'] as const;
const milestoneEditable = editableColumns(milestones, MILESTONE_OWNED);
/** What a command may change of a milestone's row. */
export type MilestonePatch = EditablePatch<typeof milestones, (typeof MILESTONE_OWNED)[number]>;

/** The constraint a check (23514) or unique (23505) violation names, else undefined. */
export function violatedConstraint(err: unknown): string | undefined {
  const e = err as { code?: string; constraint?: string; cause?: unknown };
  if (e?.code === '23505' || e?.code === '23514') return e.constraint ?? 'unknown';
  return e?.cause ? violatedConstraint(e.cause) : undefined;
}

export async function insertProject(db: Db, row: NewProjectRow): Promise<ProjectRow> {
  const [created] = await db.insert(projects).values(row).returning();
  return created!;
}

export async function findProjectById(db: Db, id: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(projects).where(eq(projects.id, id));
  return row;
}

/** The project row locked until the transaction ends: payments and steps queue behind it. */
export async function lockProject(tx: Db, id: string): Promise<ProjectRow | undefined> {
  const [row] = await tx.select().from(projects).where(eq(projects.id, id)).for('update');
  return row;
}

/**
 * Changes a project the caller has locked (lockProject) and moves its version. Not
 * updateAtVersion: the lock, not a version the page showed, orders the writers.
 */
export async function touchProject(tx: Db, id: string, patch: ProjectPatch, stamp: ChangeStamp) {
  const [row] = await tx
    .update(projects)
    .set({ ...projectEditable.pick(patch), ...nextVersion(projects, stamp) })
    .where(eq(projects.id, id))
    .returning();
  return row!;
}

/** Adds to the paid total of a locked project; the row's check refuses a total above the award. */
export async function addPaid(tx: Db, id: string, amount: bigint, stamp: ChangeStamp) {
  const [row] = await tx
    .update(projects)
    .set({
      paidVnd: sql`${projects.paidVnd} + ${amount.toString()}::bigint`,
      ...nextVersion(projects, stamp),
    })
    .where(eq(projects.id, id))
    .returning();
  return row!;
}

export async function projectsOfProgramme(db: Db, programmeId: string): Promise<ProjectRow[]> {
  return db
    .select()
    .from(projects)
    .where(eq(projects.programmeId, programmeId))
    .orderBy(desc(projects.createdAt));
}

export async function projectsOfOrganizations(
  db: Db,
  organizationIds: readonly string[],
): Promise<ProjectRow[]> {
  if (organizationIds.length === 0) return [];
  return db
    .select()
    .from(projects)
    .where(inArray(projects.organizationId, [...organizationIds]))
    .orderBy(desc(projects.createdAt));
}

export async function insertBudgetLine(db: Db, row: typeof lines.$inferInsert) {
  const [created] = await db.insert(lines).values(row).returning();
  return created!;
}

export const budgetLinesOf = (db: Db, projectId: string) =>
  db.select().from(lines).where(eq(lines.projectId, projectId)).orderBy(asc(lines.createdAt));

export async function insertMilestone(db: Db, row: typeof milestones.$inferInsert) {
  const [created] = await db.insert(milestones).values(row).returning();
  return created!;
}

export async function findMilestone(db: Db, id: string): Promise<MilestoneRow | undefined> {
  const [row] = await db.select().from(milestones).where(eq(milestones.id, id));
  return row;
}

/** Updates only at the expected version; undefined means a stale edit. */
export async function updateMilestoneRow(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: MilestonePatch,
  stamp: ChangeStamp,
): Promise<MilestoneRow | undefined> {
  const key = eq(milestones.id, id);
  return updateAtVersion(
    db,
    milestones,
    key,
    expectedVersion,
    milestoneEditable.pick(patch),
    stamp,
  );
}

export const milestonesOf = (db: Db, projectId: string) =>
  db
    .select()
    .from(milestones)
    .where(eq(milestones.projectId, projectId))
    .orderBy(asc(milestones.dueOn), asc(milestones.createdAt));

/** Takes the reminder for this due date, with its letters' queuing; false when already taken. */
export async function claimMilestoneReminder(db: Db, id: string, dueOn: string): Promise<boolean> {
  const rows = await db
    .update(milestones)
    .set({ remindedFor: dueOn })
    .where(
      and(
        eq(milestones.id, id),
        eq(milestones.dueOn, dueOn),
        or(isNull(milestones.remindedFor), ne(milestones.remindedFor, dueOn)),
      ),
    )
    .returning({ id: milestones.id });
  return rows.length > 0;
}

export async function insertDisbursement(db: Db, row: typeof payments.$inferInsert) {
  const [created] = await db.insert(payments).values(row).returning();
  return created!;
}

export const disbursementsOf = (db: Db, projectId: string) =>
  db
    .select()
    .from(payments)
    .where(eq(payments.projectId, projectId))
    .orderBy(asc(payments.paidOn), asc(payments.createdAt));

export async function insertStep(db: Db, row: typeof steps.$inferInsert) {
  const [created] = await db.insert(steps).values(row).returning();
  return created!;
}

export const stepsOf = (db: Db, projectId: string) =>
  db.select().from(steps).where(eq(steps.projectId, projectId)).orderBy(asc(steps.happenedOn));

export async function insertReport(db: Db, row: typeof reports.$inferInsert) {
  const [created] = await db.insert(reports).values(row).returning();
  return created!;
}

export async function findReport(db: Db, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  return row;
}

export const reportsOf = (db: Db, projectId: string) =>
  db
    .select()
    .from(reports)
    .where(eq(reports.projectId, projectId))
    .orderBy(desc(reports.submittedAt));

/** A report waiting for review or accepted, if the milestone has one. */
export async function liveReportOf(db: Db, milestoneId: string): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(reports)
    .where(
      and(eq(reports.milestoneId, milestoneId), inArray(reports.status, ['submitted', 'accepted'])),
    );
  return row;
}

/** Decides a report still waiting for review; undefined when it was decided already. */
export async function decideReport(
  db: Db,
  id: string,
  patch: { status: 'accepted' | 'changes_requested'; reviewComment: string; reviewedBy: string },
  now: Date,
): Promise<ReportRow | undefined> {
  const [row] = await db
    .update(reports)
    .set({ ...patch, reviewedAt: now })
    .where(and(eq(reports.id, id), eq(reports.status, 'submitted')))
    .returning();
  return row;
}

/** Records files already in the private store as attached to `owner`. */
export async function insertProjectFiles(
  db: Db,
  projectId: string,
  owner: ProjectFileOwner,
  rows: readonly Omit<typeof files.$inferInsert, 'projectId' | keyof ProjectFileOwner>[],
): Promise<ProjectFileRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(files)
    .values(rows.map((r) => ({ ...r, ...owner, projectId })))
    .returning();
}

export const filesOfProject = (db: Db, projectId: string) =>
  db.select().from(files).where(eq(files.projectId, projectId)).orderBy(asc(files.createdAt));

/** One file of this project, if it is one. */
export async function findProjectFile(
  db: Db,
  projectId: string,
  id: string,
): Promise<ProjectFileRow | undefined> {
  const [row] = await db
    .select()
    .from(files)
    .where(and(eq(files.id, id), eq(files.projectId, projectId)));
  return row;
}

// The directory is read through its index (organisation facts), never through its tables.
/** The account organisation (identity) that manages a directory organisation, if any. */
export async function managingAccountOf(db: Db, organizationId: string) {
  return (await organizationFacts(db, organizationId))?.managedBy ?? undefined;
}

/** The live directory organisations these account organisations manage. */
export async function organizationIdsManagedBy(db: Db, accountIds: readonly string[]) {
  if (accountIds.length === 0) return [];
  return (await organizationsManagedBy(db, accountIds)).map((o) => o.id);
}
