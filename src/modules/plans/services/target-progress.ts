// Where each target of a plan stands in a year: the figure (entered, or computed now from the
// module's indicator for the year so far and the target's province), what is expected by today,
// the status (domain/target-status.ts says the rule) and where the figure comes from.
import type { AuditContext } from '../../../platform/audit';
import { vnYearRange } from '../../../platform/i18n/vn-time';
import type { AppDeps } from '../../../platform/deps';
import { vnDay, type MessageKey } from '../../../platform/i18n';
import { indicatorById } from '../../../platform/modules/registry';
import { listPlans, type PlanRow } from '../db/plans.repository';
import { targetsOfPlan, yearsOfTargets, type TargetRow } from '../db/targets.repository';
import {
  elapsedInYear,
  expectedValue,
  targetStatus,
  type TargetStatus,
} from '../domain/target-status';
import { indicatorFigure } from './indicator-figures';
import { getPlan } from './plans.queries';

export type Provenance =
  | {
      kind: 'indicator';
      indicatorId: string;
      label: MessageKey;
      from: Date;
      /** The end of the period counted (exclusive): the year's end, or now within it. */
      to: Date;
      province: string | null;
    }
  | { kind: 'entered' }
  | { kind: 'missing' };

export interface TargetFigure {
  target: TargetRow;
  targetValue: number | null;
  actual: number | null;
  expected: number | null;
  status: TargetStatus | null;
  provenance: Provenance;
}

async function actualOf(
  deps: Pick<AppDeps, 'database'>,
  target: TargetRow,
  year: number,
  now: Date,
  entered: bigint | null,
): Promise<{ actual: number | null; provenance: Provenance }> {
  if (target.source === 'entered')
    return entered === null
      ? { actual: null, provenance: { kind: 'missing' } }
      : { actual: Number(entered), provenance: { kind: 'entered' } };
  const indicator = target.indicatorId ? indicatorById(target.indicatorId) : undefined;
  const { from, to: yearEnd } = vnYearRange(year);
  if (!indicator || now <= from) return { actual: null, provenance: { kind: 'missing' } };
  const province = target.province ?? undefined;
  const { value, to } = await indicatorFigure(
    deps.database.db,
    indicator,
    { from, yearEnd, province },
    now,
  );
  return {
    actual: value,
    provenance: {
      kind: 'indicator',
      indicatorId: indicator.id,
      label: indicator.label,
      from,
      to,
      province: target.province,
    },
  };
}

/** The figures of these targets of a plan for a year, as of the clock. */
export async function figuresFor(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  targets: TargetRow[],
  year: number,
): Promise<TargetFigure[]> {
  const years = await yearsOfTargets(
    deps.database.db,
    targets.map((t) => t.id),
  );
  const now = deps.clock();
  const elapsed = elapsedInYear(year, now);
  // The indicators counted at once (each kept figure or count shared by the targets asking it).
  return Promise.all(
    targets.map(async (target): Promise<TargetFigure> => {
      const values = years.find((y) => y.targetId === target.id && y.year === year);
      const { actual, provenance } = await actualOf(
        deps,
        target,
        year,
        now,
        values?.enteredValue ?? null,
      );
      const targetValue = values ? Number(values.targetValue) : null;
      const baseline = Number(target.baseline);
      const hasFigures = targetValue !== null && actual !== null;
      return {
        target,
        targetValue,
        actual,
        expected:
          targetValue === null ? null : expectedValue({ baseline, target: targetValue, elapsed }),
        status: hasFigures
          ? targetStatus({ baseline, target: targetValue, actual, elapsed })
          : null,
        provenance,
      };
    }),
  );
}

export async function targetProgress(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { planId: string; year: number },
): Promise<{ plan: PlanRow; year: number; figures: TargetFigure[] }> {
  const plan = await getPlan(deps, acting, input.planId);
  const year = Math.min(plan.periodEnd, Math.max(plan.periodStart, input.year));
  const targets = await targetsOfPlan(deps.database.db, plan.id);
  return { plan, year, figures: await figuresFor(deps, targets, year) };
}

/**
 * The headline targets staff chose to publish, for the year of the clock, grouped by plan (plans
 * whose period holds the year). Anyone may read them.
 */
export async function publicTargets(
  deps: Pick<AppDeps, 'database' | 'clock'>,
): Promise<{ year: number; plans: { plan: PlanRow; figures: TargetFigure[] }[] }> {
  const db = deps.database.db;
  const year = Number(vnDay(deps.clock()).slice(0, 4));
  const plans = (await listPlans(db)).filter((p) => p.periodStart <= year && year <= p.periodEnd);
  const result = [];
  for (const plan of plans) {
    const targets = (await targetsOfPlan(db, plan.id)).filter((t) => t.isPublic);
    if (targets.length > 0) result.push({ plan, figures: await figuresFor(deps, targets, year) });
  }
  return { year, plans: result };
}
