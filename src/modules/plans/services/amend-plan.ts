// amendPlan: a later decision amends the plan. The plan as it stood (fields, tasks with their
// budgets, targets with their years) is kept as a revision, then the plan carries the amending
// decision and the next revision number; staff then change its tasks and targets. Outcomes: the
// plan (audited) | INVALID | CONFLICT (changed meanwhile) | NOT_FOUND (thrown).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { ZAmendment, type TAmendmentInput } from '../contracts';
import {
  findPlan,
  insertRevision,
  updatePlanAtVersion,
  type PlanRow,
} from '../db/plans.repository';
import { targetsOfPlan, yearsOfTargets } from '../db/targets.repository';
import { budgetsOfTasks, tasksOfPlan } from '../db/tasks.repository';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import { canManagePlans } from '../permissions';
import { actingUserId } from './acting';
import type { SavePlanResult } from './save-plan';

export async function snapshotOf(db: Db, plan: PlanRow): Promise<PlanSnapshot> {
  const tasks = await tasksOfPlan(db, plan.id);
  const budgets = await budgetsOfTasks(
    db,
    tasks.map((t) => t.id),
  );
  const targets = await targetsOfPlan(db, plan.id);
  const years = await yearsOfTargets(
    db,
    targets.map((t) => t.id),
  );
  return {
    title: plan.title,
    decisionNumber: plan.decisionNumber,
    decisionDate: plan.decisionDate,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    goals: plan.goals,
    tasks: tasks.map((t) => ({
      code: t.code,
      level: t.level,
      title: t.title,
      leadAgencyId: t.leadAgencyId,
      coordinatingAgencyIds: t.coordinatingAgencyIds,
      startsOn: t.startsOn,
      dueOn: t.dueOn,
      deliverables: t.deliverables,
      status: t.status,
      percentDone: t.percentDone,
      budgets: budgets
        .filter((b) => b.taskId === t.id)
        .map((b) => ({ source: b.source, amountVnd: String(b.amountVnd) })),
    })),
    targets: targets.map((t) => ({
      code: t.code,
      name: t.name,
      unit: t.unit,
      baseline: String(t.baseline),
      source: t.source,
      indicatorId: t.indicatorId,
      years: years
        .filter((y) => y.targetId === t.id)
        .map((y) => ({ year: y.year, targetValue: String(y.targetValue) })),
    })),
  };
}

export async function amendPlan(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { id: string; version: number; amendment: TAmendmentInput },
): Promise<SavePlanResult> {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const before = isUuid(input.id) ? await findPlan(db, input.id) : undefined;
  if (!before) throw new AppError('NOT_FOUND');
  const parsed = ZAmendment.safeParse(input.amendment);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  if (parsed.data.decisionDate < before.decisionDate)
    return invalid({ decisionDate: { key: 'plans.error.amendmentBefore' } });
  const by = actingUserId(acting);
  const now = deps.clock();
  return db.transaction(async (tx) => {
    const plan = await updatePlanAtVersion(
      tx,
      before.id,
      input.version,
      {
        decisionNumber: parsed.data.decisionNumber,
        decisionDate: parsed.data.decisionDate,
        revision: before.revision + 1,
      },
      { by, now },
    );
    if (!plan) return { ok: false, reason: 'CONFLICT', current: (await findPlan(tx, before.id))! };
    await insertRevision(tx, {
      planId: plan.id,
      revision: before.revision,
      snapshot: await snapshotOf(tx, before),
      amendedByNumber: parsed.data.decisionNumber,
      amendedByDate: parsed.data.decisionDate,
      note: parsed.data.note,
      createdAt: now,
      createdBy: by,
    });
    await recordAudit(tx, acting, {
      action: 'plans.plan:amend',
      entityType: 'plans_plan',
      entityId: plan.id,
      before: { revision: before.revision, decision: before.decisionNumber },
      after: { revision: plan.revision, decision: plan.decisionNumber },
    });
    return { ok: true, plan } as const;
  });
}
