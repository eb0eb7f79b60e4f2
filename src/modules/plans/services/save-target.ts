// createTarget / updateTarget (staff): a target (chỉ tiêu) of the plan with its unit, baseline,
// yearly targets and source — entered values, or an indicator a module declares, computed for a
// period and a province. Outcomes: the target (audited) | INVALID (field messages: a value the
// unit refuses, an unknown indicator or one counting in another unit, an unknown province, the
// code taken) | CONFLICT (changed meanwhile) | NOT_FOUND (thrown).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { ZRequiredText } from '../../../platform/input/text-fields';
import { indicatorById } from '../../../platform/modules/registry';
import { provinceByCode } from '../../directory';
import { findPlan, type PlanRow } from '../db/plans.repository';
import {
  findTarget,
  insertTarget,
  replaceTargetYears,
  targetsOfPlan,
  updateTargetAtVersion,
  type TargetRow,
} from '../db/targets.repository';
import {
  parseTargetValue,
  TARGET_SOURCES,
  TARGET_UNITS,
  UNIT_ERROR,
  type TargetUnit,
} from '../domain/target-value';
import { canManagePlans } from '../permissions';
import { actingUserId } from './acting';
import { listedAgencyIds } from './agencies';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface TargetInput {
  code: string;
  name: string;
  unit: string;
  baseline: string;
  source: string;
  indicatorId: string;
  province: string;
  /** Shown on the public page of headline targets. */
  isPublic: boolean;
  /** An entered target's reporting agency (a listed agency's id), or ''. */
  reportingAgencyId: string;
  /** As typed, by year of the plan's period. */
  targets: Record<number, string>;
  entered: Record<number, string>;
}

export type SaveTargetResult =
  { ok: true; target: TargetRow } | { ok: false; reason: 'CONFLICT'; current: TargetRow } | Invalid;

interface CheckedTarget {
  columns: Pick<
    TargetRow,
    | 'code'
    | 'name'
    | 'unit'
    | 'baseline'
    | 'source'
    | 'indicatorId'
    | 'province'
    | 'isPublic'
    | 'reportingAgencyId'
  >;
  years: { year: number; targetValue: bigint; enteredValue: bigint | null }[];
}

function checkSource(input: TargetInput, unit: TargetUnit | undefined, errors: FieldErrors) {
  const source = TARGET_SOURCES.find((s) => s === input.source);
  if (!source) errors.source = { key: 'validation.choice' };
  if (source !== 'indicator') return source;
  const indicator = indicatorById(input.indicatorId);
  if (!indicator) errors.indicatorId = { key: 'plans.target.error.indicator' };
  else if (unit && indicator.unit !== unit)
    errors.indicatorId = { key: 'plans.target.error.indicatorUnit' };
  if (input.province.trim() && !provinceByCode(input.province.trim()))
    errors.province = { key: 'plans.target.error.province' };
  return source;
}

function checkYears(input: TargetInput, plan: PlanRow, unit: TargetUnit, errors: FieldErrors) {
  const years: CheckedTarget['years'] = [];
  for (let year = plan.periodStart; year <= plan.periodEnd; year++) {
    const target = parseTargetValue(unit, input.targets[year] ?? '');
    const entered = parseTargetValue(unit, input.entered[year] ?? '');
    if (target === 'invalid') errors[`target_${year}`] = { key: UNIT_ERROR[unit] };
    if (entered === 'invalid') errors[`entered_${year}`] = { key: UNIT_ERROR[unit] };
    if (typeof target === 'bigint')
      years.push({
        year,
        targetValue: target,
        enteredValue: input.source === 'entered' && typeof entered === 'bigint' ? entered : null,
      });
  }
  return years;
}

export function checkTarget(
  input: TargetInput,
  plan: PlanRow,
  listedAgencies: ReadonlySet<string>,
): CheckedTarget | Invalid {
  const errors: FieldErrors = {};
  const reportingAgencyId = input.reportingAgencyId.trim();
  if (reportingAgencyId && !listedAgencies.has(reportingAgencyId))
    errors.reportingAgencyId = { key: 'validation.choice' };
  const code = ZRequiredText(20).safeParse(input.code);
  const name = ZRequiredText(500).safeParse(input.name);
  if (!code.success) errors.code = { key: 'validation.required' };
  if (!name.success) errors.name = { key: 'validation.required' };
  const unit = TARGET_UNITS.find((u) => u === input.unit);
  if (!unit) errors.unit = { key: 'validation.choice' };
  const source = checkSource(input, unit, errors);
  const baseline = unit ? parseTargetValue(unit, input.baseline) : undefined;
  if (unit && baseline === 'invalid') errors.baseline = { key: UNIT_ERROR[unit] };
  const years = unit ? checkYears(input, plan, unit, errors) : [];
  if (!code.success || !name.success || !unit || !source || Object.keys(errors).length > 0)
    return invalid(errors);
  return {
    columns: {
      code: code.data,
      name: name.data,
      unit,
      baseline: typeof baseline === 'bigint' ? baseline : 0n,
      source,
      indicatorId: source === 'indicator' ? input.indicatorId : null,
      province: source === 'indicator' && input.province.trim() ? input.province.trim() : null,
      isPublic: input.isPublic,
      reportingAgencyId: source === 'entered' && reportingAgencyId ? reportingAgencyId : null,
    },
    years,
  };
}

const auditOf = (t: TargetRow) => ({
  code: t.code,
  name: t.name,
  unit: t.unit,
  source: t.source,
  indicator: t.indicatorId,
  version: t.version,
});

const listedOf = (deps: Deps, input: TargetInput) =>
  listedAgencyIds(
    deps.database.db,
    isUuid(input.reportingAgencyId) ? [input.reportingAgencyId] : [],
  );

async function planOf(deps: Deps, acting: AuditContext, planId: string) {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const plan = isUuid(planId) ? await findPlan(deps.database.db, planId) : undefined;
  if (!plan) throw new AppError('NOT_FOUND');
  return plan;
}

export async function createTarget(
  deps: Deps,
  acting: AuditContext,
  input: { planId: string; target: TargetInput },
): Promise<SaveTargetResult> {
  const plan = await planOf(deps, acting, input.planId);
  const checked = checkTarget(input.target, plan, await listedOf(deps, input.target));
  if ('reason' in checked) return checked;
  const now = deps.clock();
  const by = actingUserId(acting);
  try {
    return await deps.database.db.transaction(async (tx) => {
      const position = (await targetsOfPlan(tx, plan.id)).length + 1;
      const target = await insertTarget(tx, {
        planId: plan.id,
        ...checked.columns,
        position,
        createdAt: now,
        updatedAt: now,
        createdBy: by,
        updatedBy: by,
      });
      await replaceTargetYears(tx, target.id, checked.years);
      await recordAudit(tx, acting, {
        action: 'plans.target:create',
        entityType: 'plans_target',
        entityId: target.id,
        after: auditOf(target),
      });
      return { ok: true, target } as const;
    });
  } catch (err) {
    if (violatedUnique(err)) return invalid({ code: { key: 'plans.target.error.codeTaken' } });
    throw err;
  }
}

export async function updateTarget(
  deps: Deps,
  acting: AuditContext,
  input: { id: string; version: number; target: TargetInput },
): Promise<SaveTargetResult> {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const before = isUuid(input.id) ? await findTarget(db, input.id) : undefined;
  if (!before) throw new AppError('NOT_FOUND');
  const plan = await planOf(deps, acting, before.planId);
  const checked = checkTarget(input.target, plan, await listedOf(deps, input.target));
  if ('reason' in checked) return checked;
  try {
    return await db.transaction(async (tx) => {
      const target = await updateTargetAtVersion(tx, before.id, input.version, checked.columns, {
        by: actingUserId(acting),
        now: deps.clock(),
      });
      if (!target)
        return {
          ok: false,
          reason: 'CONFLICT',
          current: (await findTarget(tx, before.id))!,
        } as const;
      await replaceTargetYears(tx, target.id, checked.years);
      await recordAudit(tx, acting, {
        action: 'plans.target:update',
        entityType: 'plans_target',
        entityId: target.id,
        before: auditOf(before),
        after: auditOf(target),
      });
      return { ok: true, target } as const;
    });
  } catch (err) {
    if (violatedUnique(err)) return invalid({ code: { key: 'plans.target.error.codeTaken' } });
    throw err;
  }
}
