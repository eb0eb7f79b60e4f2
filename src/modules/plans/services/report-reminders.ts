// Reminders and escalation of periodic reports, durable jobs scheduled when a report opens:
// three days before the due day the agency's officers are reminded; the day after it, a report
// still not submitted is overdue — its officers are told so, and it counts among the centre's
// work waiting. Each goes out once (the report records it in the transaction that queues the
// letters) and not at all once the report is submitted.
import { z } from 'zod';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { formatDate, translator } from '../../../platform/i18n';
import { startOfVnDay } from '../../../platform/i18n/vn-time';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import { log } from '../../../platform/log/logger';
import { organizationFacts } from '../../directory';
import { accountContact, accountMembers } from '../../identity';
import { findPlan } from '../db/plans.repository';
import { claimReportNotice, findReport, type ReportRow } from '../db/reports.repository';
import { PLANS_PATH } from '../permissions';

export const REMIND_REPORT_JOB = 'plans.remindReport';
export const ESCALATE_REPORT_JOB = 'plans.escalateReport';
const REMIND_DAYS_BEFORE = 3;
const DAY_MS = 86_400_000;
/** Letters go out at 08:00 Vietnam time. */
const MORNING_MS = 8 * 3600_000;

const ZPayload = z.object({ reportId: z.uuid() });

export async function scheduleReportNotices(db: Db, report: ReportRow): Promise<void> {
  const due = startOfVnDay(report.dueOn)!.getTime();
  await scheduleJob(db, {
    name: REMIND_REPORT_JOB,
    payload: { reportId: report.id },
    runAt: new Date(due - REMIND_DAYS_BEFORE * DAY_MS + MORNING_MS),
    key: `${REMIND_REPORT_JOB}:${report.id}`,
  });
  await scheduleJob(db, {
    name: ESCALATE_REPORT_JOB,
    payload: { reportId: report.id },
    runAt: new Date(due + DAY_MS + MORNING_MS),
    key: `${ESCALATE_REPORT_JOB}:${report.id}`,
  });
}

/** The officers of the agency: the members of the account organisation managing its profile. */
async function officersOf(db: Db, agencyId: string) {
  const managedBy = (await organizationFacts(db, agencyId))?.managedBy;
  const members = managedBy ? await accountMembers(db, managedBy) : [];
  const contacts = await Promise.all(members.map((m) => accountContact(db, m.userId)));
  return contacts.filter((c) => c !== undefined);
}

async function notify(job: JobRun, deps: AppDeps, kind: 'reminded' | 'escalated') {
  const db = deps.database.db;
  const { reportId } = ZPayload.parse(job.payload);
  const report = await findReport(db, reportId);
  if (!report || report.status === 'submitted' || report.status === 'accepted') return;
  const plan = await findPlan(db, report.planId);
  const officers = await officersOf(db, report.agencyId);
  if (!plan || officers.length === 0) {
    log.warn('report notice has nobody to write to', { reportId, kind });
    return;
  }
  const isClaimed = await db.transaction(async (tx) => {
    if (!(await claimReportNotice(tx, report.id, kind, job.now))) return false;
    for (const officer of officers) {
      const t = translator(officer.locale);
      const params = {
        name: officer.name,
        plan: plan.title,
        period: report.periodKey,
        due: formatDate(startOfVnDay(report.dueOn)!, officer.locale),
        url: `${deps.config.publicUrl}${PLANS_PATH}/reports/${report.id}`,
      };
      const which = kind === 'reminded' ? 'reminder' : 'overdue';
      await deps.mail.queue(tx, {
        to: officer.email,
        subject: t(`plans.report.${which}.subject`, params),
        text: t(`plans.report.${which}.body`, params),
        template: `plans.report-${which}`,
      });
    }
    return true;
  });
  if (isClaimed) deps.jobs.wake();
}

export const remindReport = (job: JobRun, deps: AppDeps) => notify(job, deps, 'reminded');
export const escalateReport = (job: JobRun, deps: AppDeps) => notify(job, deps, 'escalated');
