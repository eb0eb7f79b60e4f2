// createPlan / updatePlan outcomes: the plan (audited) | INVALID (field messages) | CONFLICT
// (changed meanwhile; the stored one returned) | NOT_FOUND (thrown).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { ZPlanFields, type TPlanFieldsInput } from '../contracts';
import { findPlan, insertPlan, updatePlanAtVersion, type PlanRow } from '../db/plans.repository';
import { canManagePlans } from '../permissions';
import { actingUserId } from './acting';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export type SavePlanResult =
  { ok: true; plan: PlanRow } | { ok: false; reason: 'CONFLICT'; current: PlanRow } | Invalid;

const auditOf = (p: PlanRow) => ({
  title: p.title,
  decision: `${p.decisionNumber} ${p.decisionDate}`,
  period: `${p.periodStart}-${p.periodEnd}`,
  revision: p.revision,
  version: p.version,
});

export async function createPlan(
  deps: Deps,
  acting: AuditContext,
  input: { fields: TPlanFieldsInput },
): Promise<SavePlanResult> {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const parsed = ZPlanFields.safeParse(input.fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const now = deps.clock();
  const by = actingUserId(acting);
  return deps.database.db.transaction(async (tx) => {
    const plan = await insertPlan(tx, {
      ...parsed.data,
      createdAt: now,
      updatedAt: now,
      createdBy: by,
      updatedBy: by,
    });
    await recordAudit(tx, acting, {
      action: 'plans.plan:create',
      entityType: 'plans_plan',
      entityId: plan.id,
      after: auditOf(plan),
    });
    return { ok: true, plan } as const;
  });
}

export async function updatePlan(
  deps: Deps,
  acting: AuditContext,
  input: { id: string; version: number; fields: TPlanFieldsInput },
): Promise<SavePlanResult> {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const before = isUuid(input.id) ? await findPlan(db, input.id) : undefined;
  if (!before) throw new AppError('NOT_FOUND');
  const parsed = ZPlanFields.safeParse(input.fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return db.transaction(async (tx) => {
    const plan = await updatePlanAtVersion(tx, before.id, input.version, parsed.data, {
      by: actingUserId(acting),
      now: deps.clock(),
    });
    if (!plan) return { ok: false, reason: 'CONFLICT', current: (await findPlan(tx, before.id))! };
    await recordAudit(tx, acting, {
      action: 'plans.plan:update',
      entityType: 'plans_plan',
      entityId: plan.id,
      before: auditOf(before),
      after: auditOf(plan),
    });
    return { ok: true, plan } as const;
  });
}
