// What the reports' pages read: a plan's board (who submitted what), an agency's own reports,
// and one report with its submissions.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import {
  reportsOfAgencies,
  reportsOfPlan,
  schedulesOfPlan,
  submissionsOf,
  type ReportRow,
  type ScheduleRow,
  type SubmissionRow,
} from '../db/reports.repository';
import { findPlan, type PlanRow } from '../db/plans.repository';
import { listPlanAgencies, type Agency } from './agencies';
import { agencyScopeOf } from './agency-scope';
import { visibleReport } from './agency-scope';
import { getPlan } from './plans.queries';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface ReportsBoard {
  plan: PlanRow;
  schedules: ScheduleRow[];
  reports: ReportRow[];
  agencies: Agency[];
}

export async function reportsBoard(
  deps: Deps,
  acting: AuditContext,
  planId: string,
): Promise<ReportsBoard> {
  const plan = await getPlan(deps, acting, planId);
  const db = deps.database.db;
  return {
    plan,
    schedules: await schedulesOfPlan(db, plan.id),
    reports: await reportsOfPlan(db, plan.id),
    agencies: await listPlanAgencies(db),
  };
}

export async function agencyReports(deps: Deps, acting: AuditContext): Promise<ReportRow[]> {
  const scope = await agencyScopeOf(deps.database.db, acting.actor);
  return scope.isStaff ? [] : reportsOfAgencies(deps.database.db, scope.agencyIds);
}

export interface ReportPage {
  report: ReportRow;
  plan: PlanRow;
  agency: Agency | undefined;
  submissions: SubmissionRow[];
  isStaff: boolean;
}

export async function getReportPage(
  deps: Deps,
  acting: AuditContext,
  id: string,
): Promise<ReportPage> {
  const { report, isStaff } = await visibleReport(deps, acting, id);
  const db = deps.database.db;
  return {
    report,
    plan: (await findPlan(db, report.planId))!,
    agency: (await listPlanAgencies(db)).find((a) => a.id === report.agencyId),
    submissions: await submissionsOf(db, report.id),
    isStaff,
  };
}
