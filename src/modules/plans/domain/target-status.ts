// How a target is doing. The rule, written down so staff can check a status by hand:
//
//   expected(d) = baseline + (target − baseline) × elapsed(d)
//
// where elapsed is the share of the target's year that has passed on day d (1 once the year is
// over, 0 before it starts). The figure is
//   on track  when it has reached what is expected by now (or the target itself),
//   at risk   when it has made at least 80 % of the progress expected by now,
//   behind    otherwise.
// A target not moving away from its baseline (target = baseline) is on track when the figure
// holds it. Targets that must fall (target < baseline) work the same way, mirrored.
import { vnYearRange } from '../../../platform/i18n/vn-time';

export const TARGET_STATUSES = ['on_track', 'at_risk', 'behind', 'not_started'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const AT_RISK_SHARE = 0.8;

export interface TargetProgressInput {
  baseline: number;
  target: number;
  actual: number;
  /** 0–1: how much of the target's year has passed. */
  elapsed: number;
}

export function expectedValue(p: Omit<TargetProgressInput, 'actual'>): number {
  return p.baseline + (p.target - p.baseline) * Math.min(1, Math.max(0, p.elapsed));
}

export function targetStatus(p: TargetProgressInput): TargetStatus {
  if (p.elapsed <= 0) return 'not_started';
  const direction = Math.sign(p.target - p.baseline);
  if (direction === 0) return p.actual === p.target ? 'on_track' : 'behind';
  const made = (p.actual - p.baseline) * direction;
  const due = (expectedValue(p) - p.baseline) * direction;
  if (made >= due || (p.actual - p.target) * direction >= 0) return 'on_track';
  if (made >= AT_RISK_SHARE * due) return 'at_risk';
  return 'behind';
}

/** The share of calendar year `year` passed at `now`, Vietnam time (UTC+7). */
export function elapsedInYear(year: number, now: Date): number {
  const { from, to } = vnYearRange(year);
  const span = to.getTime() - from.getTime();
  return Math.min(1, Math.max(0, (now.getTime() - from.getTime()) / span));
}
