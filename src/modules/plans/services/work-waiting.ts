// What waits on /admin and the account page: overdue tasks and overdue periodic reports — all
// of them for staff, their own agency's for an officer.
import type { AppDeps } from '../../../platform/deps';
import { vnDay } from '../../../platform/i18n';
import type { SignedInActor, WorkItem } from '../../../platform/modules/manifest';
import { countOverdueReports } from '../db/reports.repository';
import { countOverdue } from '../db/tasks.repository';
import { AGENCY_TASKS_PATH, canReportTasks, PLANS_PATH } from '../permissions';
import { agencyScopeOf } from './agency-scope';

export async function plansWorkWaiting(deps: AppDeps, actor: SignedInActor): Promise<WorkItem[]> {
  if (!canReportTasks(actor)) return [];
  const db = deps.database.db;
  const today = vnDay(deps.clock());
  const scope = await agencyScopeOf(db, actor);
  const agencies = scope.isStaff ? undefined : scope.agencyIds;
  const href = scope.isStaff ? PLANS_PATH : AGENCY_TASKS_PATH;
  return [
    {
      id: scope.isStaff ? 'plans.overdue' : 'plans.mineOverdue',
      label: scope.isStaff ? 'plans.work.overdue' : 'plans.work.mineOverdue',
      count: await countOverdue(db, today, agencies),
      href,
    },
    {
      id: 'plans.overdueReports',
      label: 'plans.work.overdueReports',
      count: await countOverdueReports(db, today, agencies),
      href,
    },
  ];
}
