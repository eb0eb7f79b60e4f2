// Report schedules. saveSchedule (staff): the plan's agencies report monthly, quarterly,
// six-monthly or yearly, due on a day of the period's last month; outcomes: the schedule
// (audited) | INVALID (frequency, day, the plan already has one at that frequency).
// openDueReports, the durable job `plans.openReports`: for the period holding the job's day,
// one report for each agency leading a task of the plan or reporting one of its entered targets
// (none twice), then the same job for the next period's first day — scheduled in the same
// transaction, so a crash loses no period.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { vnDay } from '../../../platform/i18n';
import { startOfVnDay } from '../../../platform/i18n/vn-time';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import { isUuid } from '../../../platform/input/uuid';
import { findPlan } from '../db/plans.repository';
import {
  findSchedule,
  insertReportIfAbsent,
  insertSchedule,
  type ScheduleRow,
} from '../db/reports.repository';
import { targetsOfPlan } from '../db/targets.repository';
import { tasksOfPlan } from '../db/tasks.repository';
import type { ReportContent } from '../domain/report-content';
import type { TargetUnit } from '../domain/target-value';
import {
  nextPeriod,
  periodOf,
  REPORT_FREQUENCIES,
  type ReportFrequency,
} from '../domain/report-period';
import { canManagePlans } from '../permissions';
import { actingUserId } from './acting';
import { scheduleReportNotices } from './report-reminders';

export const OPEN_REPORTS_JOB = 'plans.openReports';

/** The empty report of an agency: a line for each task it leads, as the task stands. */
async function draftFor(
  db: Db,
  planId: string,
  agencyId: string,
  year: number,
): Promise<ReportContent> {
  const tasks = (await tasksOfPlan(db, planId)).filter((t) => t.leadAgencyId === agencyId);
  const targets = (await targetsOfPlan(db, planId)).filter(
    (t) => t.source === 'entered' && t.reportingAgencyId === agencyId,
  );
  return {
    targets: targets.map((t) => ({
      targetId: t.id,
      code: t.code,
      name: t.name,
      unit: t.unit as TargetUnit,
      year,
      value: null,
    })),
    lines: tasks.map((t) => ({
      taskId: t.id,
      code: t.code,
      title: t.title,
      status: t.status,
      percentDone: t.percentDone,
      note: '',
    })),
    difficulties: '',
    proposals: '',
  };
}

export async function scheduleOpening(db: Db, schedule: ScheduleRow, day: string) {
  await scheduleJob(db, {
    name: OPEN_REPORTS_JOB,
    payload: { scheduleId: schedule.id, day },
    runAt: startOfVnDay(day)!,
    key: `${OPEN_REPORTS_JOB}:${schedule.id}:${day}`,
  });
}

/**
 * The agencies that report on a plan: those leading a task, and those named to report an entered
 * target — an agency with targets and no task still gets its form, or its figures could never
 * come in.
 */
async function reportingAgencies(db: Db, planId: string): Promise<Set<string>> {
  const [tasks, targets] = await Promise.all([tasksOfPlan(db, planId), targetsOfPlan(db, planId)]);
  return new Set(
    [
      ...tasks.map((t) => t.leadAgencyId),
      ...targets.filter((t) => t.source === 'entered').map((t) => t.reportingAgencyId),
    ].filter((id): id is string => id !== null),
  );
}

/** Opens the reports of the period holding `day`; returns how many were new. */
export async function openReportsFor(db: Db, schedule: ScheduleRow, day: string): Promise<number> {
  const period = periodOf(schedule.frequency as ReportFrequency, day, schedule.dueDay);
  const agencies = await reportingAgencies(db, schedule.planId);
  let opened = 0;
  for (const agencyId of agencies) {
    const created = await insertReportIfAbsent(db, {
      scheduleId: schedule.id,
      planId: schedule.planId,
      agencyId,
      periodKey: period.key,
      periodStart: period.start,
      periodEnd: period.end,
      dueOn: period.dueOn,
      content: await draftFor(db, schedule.planId, agencyId, Number(period.start.slice(0, 4))),
    });
    if (created) {
      await scheduleReportNotices(db, created);
      opened++;
    }
  }
  const next = nextPeriod(schedule.frequency as ReportFrequency, period, schedule.dueDay);
  await scheduleOpening(db, schedule, next.start);
  return opened;
}

export async function openDueReports(job: JobRun, deps: Pick<AppDeps, 'database'>): Promise<void> {
  const { scheduleId, day } = job.payload as { scheduleId: string; day: string };
  await deps.database.db.transaction(async (tx) => {
    const schedule = await findSchedule(tx, scheduleId);
    if (schedule) await openReportsFor(tx, schedule, day);
  });
}

export async function saveSchedule(
  deps: Pick<AppDeps, 'database' | 'clock' | 'jobs'>,
  acting: AuditContext,
  input: { planId: string; frequency: string; dueDay: string },
): Promise<{ ok: true; schedule: ScheduleRow } | Invalid> {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const plan = isUuid(input.planId) ? await findPlan(db, input.planId) : undefined;
  if (!plan) throw new AppError('NOT_FOUND');
  const frequency = REPORT_FREQUENCIES.find((f) => f === input.frequency);
  const dueDay = Number(input.dueDay);
  if (!frequency) return invalid({ frequency: { key: 'validation.choice' } });
  if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > 28)
    return invalid({ dueDay: { key: 'plans.report.error.dueDay' } });
  try {
    const schedule = await db.transaction(async (tx) => {
      const row = await insertSchedule(tx, {
        planId: plan.id,
        frequency,
        dueDay,
        createdAt: deps.clock(),
        createdBy: actingUserId(acting),
      });
      await scheduleOpening(tx, row, vnDay(deps.clock()));
      await recordAudit(tx, acting, {
        action: 'plans.schedule:create',
        entityType: 'plans_report_schedule',
        entityId: row.id,
        after: { frequency, dueDay },
      });
      return row;
    });
    deps.jobs.wake();
    return { ok: true, schedule };
  } catch (err) {
    if (violatedUnique(err))
      return invalid({ frequency: { key: 'plans.report.error.scheduleTaken' } });
    throw err;
  }
}
