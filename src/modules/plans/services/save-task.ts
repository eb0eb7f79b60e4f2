// createTask / updateTask (staff): a task of the plan's tree with its agencies, timeline,
// deliverables and budget by source. Outcomes: the task (audited) | INVALID (field messages: a
// code that is not 1 / 1.2 / 1.2.3, its parent missing, the code taken, an unlisted agency, an
// amount that is not whole đồng…) | CONFLICT (changed meanwhile) | NOT_FOUND (thrown).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { findPlan } from '../db/plans.repository';
import {
  findTask,
  insertTask,
  nextTaskPosition,
  replaceBudgets,
  tasksOfPlan,
  updateTaskAtVersion,
  type TaskRow,
} from '../db/tasks.repository';
import { levelOf, normalizeTaskCode, parentCodeOf } from '../domain/task-tree';
import { canManagePlans } from '../permissions';
import { actingUserId } from './acting';
import { listedAgencyIds } from './agencies';
import { checkTaskInput, taskColumns, type TaskInput } from './task-input';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export type SaveTaskResult =
  { ok: true; task: TaskRow } | { ok: false; reason: 'CONFLICT'; current: TaskRow } | Invalid;

const auditOf = (t: TaskRow) => ({
  code: t.code,
  title: t.title,
  lead: t.leadAgencyId,
  coordinating: t.coordinatingAgencyIds,
  dueOn: t.dueOn,
  status: t.status,
  percentDone: t.percentDone,
  version: t.version,
});

const agenciesOf = (input: TaskInput) => [
  ...(input.fields.leadAgencyId ? [input.fields.leadAgencyId] : []),
  ...(input.fields.coordinatingAgencyIds ?? []),
];

export async function createTask(
  deps: Deps,
  acting: AuditContext,
  input: TaskInput & { planId: string; code: string },
): Promise<SaveTaskResult> {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const plan = isUuid(input.planId) ? await findPlan(db, input.planId) : undefined;
  if (!plan) throw new AppError('NOT_FOUND');
  const checked = checkTaskInput(input, await listedAgencyIds(db, agenciesOf(input)));
  const errors = checked.ok ? {} : { ...checked.errors };
  const code = normalizeTaskCode(input.code);
  const parentCode = code && parentCodeOf(code);
  const parent = parentCode
    ? (await tasksOfPlan(db, plan.id)).find((t) => t.code === parentCode)
    : undefined;
  if (!code) errors.code = { key: 'plans.error.code' };
  else if (parentCode && !parent)
    errors.code = { key: 'plans.error.parent', params: { parent: parentCode } };
  if (!checked.ok || !code || Object.keys(errors).length > 0) return invalid(errors);
  const now = deps.clock();
  const by = actingUserId(acting);
  try {
    return await db.transaction(async (tx) => {
      const task = await insertTask(tx, {
        planId: plan.id,
        parentId: parent?.id ?? null,
        code,
        level: levelOf(code),
        ...taskColumns(checked.fields),
        position: await nextTaskPosition(tx, plan.id),
        createdAt: now,
        updatedAt: now,
        createdBy: by,
        updatedBy: by,
      });
      await replaceBudgets(tx, task.id, checked.budgets);
      await recordAudit(tx, acting, {
        action: 'plans.task:create',
        entityType: 'plans_task',
        entityId: task.id,
        after: auditOf(task),
      });
      return { ok: true, task } as const;
    });
  } catch (err) {
    if (violatedUnique(err)) return invalid({ code: { key: 'plans.error.codeTaken' } });
    throw err;
  }
}

export async function updateTask(
  deps: Deps,
  acting: AuditContext,
  input: TaskInput & { id: string; version: number },
): Promise<SaveTaskResult> {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const before = isUuid(input.id) ? await findTask(db, input.id) : undefined;
  if (!before) throw new AppError('NOT_FOUND');
  const checked = checkTaskInput(input, await listedAgencyIds(db, agenciesOf(input)));
  if (!checked.ok) return invalid(checked.errors);
  return db.transaction(async (tx) => {
    const task = await updateTaskAtVersion(
      tx,
      before.id,
      input.version,
      taskColumns(checked.fields),
      { by: actingUserId(acting), now: deps.clock() },
    );
    if (!task) return { ok: false, reason: 'CONFLICT', current: (await findTask(tx, before.id))! };
    await replaceBudgets(tx, task.id, checked.budgets);
    await recordAudit(tx, acting, {
      action: 'plans.task:update',
      entityType: 'plans_task',
      entityId: task.id,
      before: auditOf(before),
      after: auditOf(task),
    });
    return { ok: true, task } as const;
  });
}
