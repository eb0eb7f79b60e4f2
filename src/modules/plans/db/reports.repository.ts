// Report schedules, agencies' periodic reports and their frozen submissions.
import { and, asc, desc, eq, inArray, isNull, lt, min, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { plansReports, plansReportSchedules, plansReportSubmissions } from './tables';

export type ScheduleRow = typeof plansReportSchedules.$inferSelect;
export type ReportRow = typeof plansReports.$inferSelect;
export type SubmissionRow = typeof plansReportSubmissions.$inferSelect;

export async function insertSchedule(
  db: Db,
  row: typeof plansReportSchedules.$inferInsert,
): Promise<ScheduleRow> {
  const [created] = await db.insert(plansReportSchedules).values(row).returning();
  return created!;
}

export async function findSchedule(db: Db, id: string): Promise<ScheduleRow | undefined> {
  const [row] = await db.select().from(plansReportSchedules).where(eq(plansReportSchedules.id, id));
  return row;
}

export function schedulesOfPlan(db: Db, planId: string): Promise<ScheduleRow[]> {
  return db
    .select()
    .from(plansReportSchedules)
    .where(eq(plansReportSchedules.planId, planId))
    .orderBy(asc(plansReportSchedules.createdAt));
}

/** Opens the report unless the agency already has one for this period (returns it if new). */
export async function insertReportIfAbsent(
  db: Db,
  row: typeof plansReports.$inferInsert,
): Promise<ReportRow | undefined> {
  const [created] = await db.insert(plansReports).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findReport(db: Db, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(plansReports).where(eq(plansReports.id, id));
  return row;
}

export function reportsOfPlan(db: Db, planId: string): Promise<ReportRow[]> {
  return db
    .select()
    .from(plansReports)
    .where(eq(plansReports.planId, planId))
    .orderBy(desc(plansReports.dueOn), asc(plansReports.agencyId));
}

export function reportsOfAgencies(db: Db, agencyIds: readonly string[]): Promise<ReportRow[]> {
  if (agencyIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(plansReports)
    .where(inArray(plansReports.agencyId, [...agencyIds]))
    .orderBy(desc(plansReports.dueOn));
}

export type ReportPatch = EditablePatch<
  typeof plansReports,
  'planId' | 'scheduleId' | 'periodKey' | 'agencyId'
>;
/** A report stays the one of its schedule, period and agency. */
const editableReport = editableColumns(plansReports, [
  'planId',
  'scheduleId',
  'periodKey',
  'agencyId',
] as const);

export const updateReportAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: ReportPatch,
  stamp: ChangeStamp,
) =>
  updateAtVersion(
    db,
    plansReports,
    eq(plansReports.id, id),
    version,
    editableReport.pick(patch),
    stamp,
  );

export function submissionsOf(db: Db, reportId: string): Promise<SubmissionRow[]> {
  return db
    .select()
    .from(plansReportSubmissions)
    .where(eq(plansReportSubmissions.reportId, reportId))
    .orderBy(asc(plansReportSubmissions.number));
}

/** When each of the plan's reports was first submitted (reports never submitted are absent). */
export async function firstSubmissionsOfPlan(db: Db, planId: string): Promise<Map<string, Date>> {
  const rows = await db
    .select({
      reportId: plansReportSubmissions.reportId,
      at: min(plansReportSubmissions.submittedAt),
    })
    .from(plansReportSubmissions)
    .innerJoin(plansReports, eq(plansReports.id, plansReportSubmissions.reportId))
    .where(eq(plansReports.planId, planId))
    .groupBy(plansReportSubmissions.reportId);
  return new Map(rows.filter((r) => r.at).map((r) => [r.reportId, r.at!]));
}

export async function insertSubmission(
  db: Db,
  row: typeof plansReportSubmissions.$inferInsert,
): Promise<SubmissionRow> {
  const [created] = await db.insert(plansReportSubmissions).values(row).returning();
  return created!;
}

/** Records the review of the submission waiting for one; undefined when none waits. */
export async function reviewPendingSubmission(
  db: Db,
  reportId: string,
  review: {
    outcome: 'returned' | 'accepted';
    comment: string;
    reviewedAt: Date;
    reviewedBy: string | null;
  },
): Promise<SubmissionRow | undefined> {
  const [row] = await db
    .update(plansReportSubmissions)
    .set(review)
    .where(
      and(
        eq(plansReportSubmissions.reportId, reportId),
        eq(plansReportSubmissions.outcome, 'pending'),
      ),
    )
    .returning();
  return row;
}

/**
 * Marks the reminder or overdue notice of a report still unsubmitted as sent; undefined when it
 * went out already or the report was submitted meanwhile (a job run twice writes once).
 */
export async function claimReportNotice(
  db: Db,
  id: string,
  kind: 'reminded' | 'escalated',
  at: Date,
): Promise<ReportRow | undefined> {
  const column = kind === 'reminded' ? plansReports.remindedAt : plansReports.escalatedAt;
  const [row] = await db
    .update(plansReports)
    .set(kind === 'reminded' ? { remindedAt: at } : { escalatedAt: at })
    .where(
      and(
        eq(plansReports.id, id),
        isNull(column),
        inArray(plansReports.status, ['draft', 'returned']),
      ),
    )
    .returning();
  return row;
}

/** Reports past their due day and not submitted: all, or these agencies'. */
export async function countOverdueReports(
  db: Db,
  today: string,
  agencyIds?: readonly string[],
): Promise<number> {
  if (agencyIds && agencyIds.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(plansReports)
    .where(
      and(
        lt(plansReports.dueOn, today),
        inArray(plansReports.status, ['draft', 'returned']),
        agencyIds ? inArray(plansReports.agencyId, [...agencyIds]) : undefined,
      ),
    );
  return row?.n ?? 0;
}
