// reportTaskProgress: the lead agency's officer (or staff) records where a task stands — status,
// % done, what was done. Outcomes: the task (audited) | INVALID | CONFLICT (changed meanwhile) |
// NOT_FOUND (thrown: no such task, or one the officer's agency neither leads nor co-ordinates) |
// FORBIDDEN (thrown: a co-ordinating agency sees the task but does not report on it).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { ZProgress, type TProgressInput } from '../contracts';
import { findTask, updateTaskAtVersion, type TaskRow } from '../db/tasks.repository';
import { canReportOnTask, canReportTasks, canSeeTask } from '../permissions';
import { actingUserId } from './acting';
import { agencyScopeOf } from './agency-scope';

export async function reportTaskProgress(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { id: string; version: number; progress: TProgressInput },
): Promise<
  { ok: true; task: TaskRow } | { ok: false; reason: 'CONFLICT'; current: TaskRow } | Invalid
> {
  if (!canReportTasks(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const before = isUuid(input.id) ? await findTask(db, input.id) : undefined;
  const scope = await agencyScopeOf(db, acting.actor);
  if (!before || !canSeeTask(scope, before)) throw new AppError('NOT_FOUND');
  if (!canReportOnTask(scope, before)) throw new AppError('FORBIDDEN');
  const parsed = ZProgress.safeParse(input.progress);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return db.transaction(async (tx) => {
    const task = await updateTaskAtVersion(tx, before.id, input.version, parsed.data, {
      by: actingUserId(acting),
      now: deps.clock(),
    });
    if (!task) return { ok: false, reason: 'CONFLICT', current: (await findTask(tx, before.id))! };
    await recordAudit(tx, acting, {
      action: 'plans.task:progress',
      entityType: 'plans_task',
      entityId: task.id,
      before: { status: before.status, percentDone: before.percentDone },
      after: { status: task.status, percentDone: task.percentDone },
    });
    return { ok: true, task } as const;
  });
}
