// What waits on /admin and the account page: overdue tasks — all of them for staff, their own
// agency's for an officer.
import type { AppDeps } from '../../../platform/deps';
import { vnDay } from '../../../platform/i18n';
import type { SignedInActor, WorkItem } from '../../../platform/modules/manifest';
import { countOverdue } from '../db/tasks.repository';
import { AGENCY_TASKS_PATH, canReportTasks, PLANS_PATH } from '../permissions';
import { agencyScopeOf } from './agency-scope';

export async function plansWorkWaiting(deps: AppDeps, actor: SignedInActor): Promise<WorkItem[]> {
  if (!canReportTasks(actor)) return [];
  const db = deps.database.db;
  const today = vnDay(deps.clock());
  const scope = await agencyScopeOf(db, actor);
  if (scope.isStaff)
    return [
      {
        id: 'plans.overdue',
        label: 'plans.work.overdue',
        count: await countOverdue(db, today),
        href: PLANS_PATH,
      },
    ];
  return [
    {
      id: 'plans.mineOverdue',
      label: 'plans.work.mineOverdue',
      count: await countOverdue(db, today, scope.agencyIds),
      href: AGENCY_TASKS_PATH,
    },
  ];
}
