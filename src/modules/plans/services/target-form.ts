// The target form as posted, read into the command's input, and a target as its form shows it.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { formString, type FormBody, type FormValues } from '../../../platform/input/form-values';
import { isUuid } from '../../../platform/input/uuid';
import { findPlan, type PlanRow } from '../db/plans.repository';
import { findTarget, yearsOfTargets, type TargetRow } from '../db/targets.repository';
import { canManagePlans } from '../permissions';
import type { TargetInput } from './save-target';

const FIELDS = [
  'code',
  'name',
  'unit',
  'baseline',
  'source',
  'indicatorId',
  'province',
  'reportingAgencyId',
] as const;

export function planYears(plan: PlanRow): number[] {
  return Array.from(
    { length: plan.periodEnd - plan.periodStart + 1 },
    (_, i) => plan.periodStart + i,
  );
}

export function readTargetForm(
  body: FormBody,
  plan: PlanRow,
): { input: TargetInput; values: FormValues } {
  const values: FormValues = {};
  for (const f of FIELDS) values[f] = formString(body, f);
  values.isPublic = formString(body, 'isPublic');
  const targets: Record<number, string> = {};
  const entered: Record<number, string> = {};
  for (const year of planYears(plan)) {
    values[`target_${year}`] = targets[year] = formString(body, `target_${year}`);
    values[`entered_${year}`] = entered[year] = formString(body, `entered_${year}`);
  }
  return {
    values,
    input: {
      code: values.code ?? '',
      name: values.name ?? '',
      unit: values.unit ?? '',
      baseline: values.baseline ?? '',
      source: values.source ?? '',
      indicatorId: values.indicatorId ?? '',
      province: values.province ?? '',
      isPublic: values.isPublic === 'yes',
      reportingAgencyId: values.reportingAgencyId ?? '',
      targets,
      entered,
    },
  };
}

export interface TargetFormPage {
  plan: PlanRow;
  target: TargetRow;
  values: FormValues;
}

export async function getTargetForm(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  id: string,
): Promise<TargetFormPage> {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const target = isUuid(id) ? await findTarget(db, id) : undefined;
  if (!target) throw new AppError('NOT_FOUND');
  const values: FormValues = {
    code: target.code,
    name: target.name,
    unit: target.unit,
    baseline: String(target.baseline),
    source: target.source,
    indicatorId: target.indicatorId ?? '',
    province: target.province ?? '',
    isPublic: target.isPublic ? 'yes' : '',
    reportingAgencyId: target.reportingAgencyId ?? '',
  };
  for (const y of await yearsOfTargets(db, [target.id])) {
    values[`target_${y.year}`] = String(y.targetValue);
    values[`entered_${y.year}`] = y.enteredValue === null ? '' : String(y.enteredValue);
  }
  return { plan: (await findPlan(db, target.planId))!, target, values };
}
