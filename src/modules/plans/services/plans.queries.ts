// What the plans' pages read. Staff see every plan; an agency officer sees only the tasks its
// organisation leads or co-ordinates (scoped in the query), and a task of another agency does
// not exist for them (404).
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import {
  findPlan,
  findRevision,
  listPlans,
  revisionsOf,
  type PlanRow,
  type RevisionRow,
} from '../db/plans.repository';
import {
  budgetsOfTasks,
  findTask,
  tasksOfAgencies,
  tasksOfPlan,
  type BudgetRow,
  type TaskRow,
} from '../db/tasks.repository';
import { canManagePlans, canReportOnTask, canSeeTask } from '../permissions';
import { listPlanAgencies, type Agency } from './agencies';
import { agencyScopeOf } from './agency-scope';

type Deps = Pick<AppDeps, 'database'>;

export interface TaskWithBudget extends TaskRow {
  budgets: BudgetRow[];
}

const requireStaff = (acting: AuditContext) => {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
};

export async function findPlansForStaff(deps: Deps, acting: AuditContext): Promise<PlanRow[]> {
  requireStaff(acting);
  return listPlans(deps.database.db);
}

export async function getPlan(deps: Deps, acting: AuditContext, id: string): Promise<PlanRow> {
  requireStaff(acting);
  const plan = isUuid(id) ? await findPlan(deps.database.db, id) : undefined;
  if (!plan) throw new AppError('NOT_FOUND');
  return plan;
}

export async function withBudgets(deps: Deps, tasks: TaskRow[]): Promise<TaskWithBudget[]> {
  const budgets = await budgetsOfTasks(
    deps.database.db,
    tasks.map((t) => t.id),
  );
  return tasks.map((t) => ({ ...t, budgets: budgets.filter((b) => b.taskId === t.id) }));
}

export interface PlanPage {
  plan: PlanRow;
  tasks: TaskWithBudget[];
  agencies: Agency[];
  revisions: RevisionRow[];
}

export async function getPlanPage(deps: Deps, acting: AuditContext, id: string): Promise<PlanPage> {
  const plan = await getPlan(deps, acting, id);
  const db = deps.database.db;
  return {
    plan,
    tasks: await withBudgets(deps, await tasksOfPlan(db, plan.id)),
    agencies: await listPlanAgencies(db),
    revisions: await revisionsOf(db, plan.id),
  };
}

export async function getRevision(
  deps: Deps,
  acting: AuditContext,
  input: { planId: string; revision: number },
): Promise<{ plan: PlanRow; revision: RevisionRow; agencies: Agency[] }> {
  const plan = await getPlan(deps, acting, input.planId);
  const revision = await findRevision(deps.database.db, plan.id, input.revision);
  if (!revision) throw new AppError('NOT_FOUND');
  return { plan, revision, agencies: await listPlanAgencies(deps.database.db) };
}

export interface TaskPage {
  plan: PlanRow;
  task: TaskWithBudget;
  agencies: Agency[];
  /** Staff change everything; the lead agency reports progress; a co-ordinator only reads. */
  mayEdit: boolean;
  mayReport: boolean;
}

export async function getTaskPage(deps: Deps, acting: AuditContext, id: string): Promise<TaskPage> {
  const db = deps.database.db;
  const task = isUuid(id) ? await findTask(db, id) : undefined;
  const scope = await agencyScopeOf(db, acting.actor);
  if (!task || !canSeeTask(scope, task)) throw new AppError('NOT_FOUND');
  const [withBudget] = await withBudgets(deps, [task]);
  return {
    plan: (await findPlan(db, task.planId))!,
    task: withBudget!,
    agencies: await listPlanAgencies(db),
    mayEdit: scope.isStaff,
    mayReport: canReportOnTask(scope, task),
  };
}

/** The officer's own tasks across plans, with each plan's title. */
export async function findAgencyTasks(
  deps: Deps,
  acting: AuditContext,
): Promise<{ tasks: TaskRow[]; plans: Map<string, PlanRow>; agencies: Agency[] }> {
  const db = deps.database.db;
  const scope = await agencyScopeOf(db, acting.actor);
  const tasks = scope.isStaff ? [] : await tasksOfAgencies(db, scope.agencyIds);
  const plans = new Map<string, PlanRow>();
  for (const planId of new Set(tasks.map((t) => t.planId))) {
    const plan = await findPlan(db, planId);
    if (plan) plans.set(planId, plan);
  }
  return { tasks, plans, agencies: await listPlanAgencies(db) };
}
