// A plan's dashboard for the centre: the tasks by status and by lead agency, the overdue ones, the
// targets by status for a year, and each agency's reporting discipline period by period.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { vnDay } from '../../../platform/i18n';
import type { PlanRow } from '../db/plans.repository';
import { firstSubmissionsOfPlan, reportsOfPlan } from '../db/reports.repository';
import { tasksOfPlan, type TaskRow } from '../db/tasks.repository';
import { disciplineTable, type DisciplineRow } from '../domain/reporting-discipline';
import { TARGET_STATUSES, type TargetStatus } from '../domain/target-status';
import { isOverdue, TASK_STATUSES, type TaskStatus } from '../domain/task-tree';
import { listPlanAgencies, type Agency } from './agencies';
import { targetProgress, type TargetFigure } from './target-progress';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface AgencyTasks {
  agencyId: string | null;
  byStatus: Record<TaskStatus, number>;
  overdue: number;
  total: number;
}

export interface PlanDashboard {
  plan: PlanRow;
  agencies: Agency[];
  today: string;
  year: number;
  tasksByStatus: Record<TaskStatus, number>;
  tasksByAgency: AgencyTasks[];
  overdueTasks: TaskRow[];
  /** Targets by status; `none` for those without a figure or a target for the year. */
  targetsByStatus: Record<TargetStatus | 'none', number>;
  figures: TargetFigure[];
  discipline: { periods: string[]; rows: DisciplineRow[] };
}

const zeroStatuses = () =>
  Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;

function tasksByAgency(tasks: TaskRow[], today: string): AgencyTasks[] {
  const rows = new Map<string | null, AgencyTasks>();
  for (const task of tasks) {
    let row = rows.get(task.leadAgencyId);
    if (!row) {
      row = { agencyId: task.leadAgencyId, byStatus: zeroStatuses(), overdue: 0, total: 0 };
      rows.set(task.leadAgencyId, row);
    }
    row.byStatus[task.status as TaskStatus]++;
    row.total++;
    if (isOverdue(task, today)) row.overdue++;
  }
  return [...rows.values()];
}

export async function planDashboard(
  deps: Deps,
  acting: AuditContext,
  input: { planId: string; year: number },
): Promise<PlanDashboard> {
  const db = deps.database.db;
  const { plan, year, figures } = await targetProgress(deps, acting, input);
  const today = vnDay(deps.clock());
  const tasks = await tasksOfPlan(db, plan.id);
  const tasksByStatus = zeroStatuses();
  for (const task of tasks) tasksByStatus[task.status as TaskStatus]++;
  const targetsByStatus = Object.fromEntries(
    [...TARGET_STATUSES, 'none'].map((s) => [s, 0]),
  ) as PlanDashboard['targetsByStatus'];
  for (const figure of figures) targetsByStatus[figure.status ?? 'none']++;
  const firstSubmitted = await firstSubmissionsOfPlan(db, plan.id);
  const reports = (await reportsOfPlan(db, plan.id)).map((r) => {
    const at = firstSubmitted.get(r.id);
    return { ...r, firstSubmittedOn: at ? vnDay(at) : undefined };
  });
  return {
    plan,
    agencies: await listPlanAgencies(db),
    today,
    year,
    tasksByStatus,
    tasksByAgency: tasksByAgency(tasks, today),
    overdueTasks: tasks.filter((t) => isOverdue(t, today)),
    targetsByStatus,
    figures,
    discipline: disciplineTable(reports, today),
  };
}
