// A target's figures are read by its unit: a count is a whole number, a percentage a whole
// number from 0 to 100, money whole đồng. Stored as bigint (VND needs it).
import type { MessageKey } from '../../../platform/i18n';
import { parseVnd, parseWhole } from '../../../platform/input/form-values';

export const TARGET_UNITS = ['count', 'percent', 'vnd'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

export const TARGET_SOURCES = ['entered', 'indicator'] as const;
export type TargetSource = (typeof TARGET_SOURCES)[number];

export const UNIT_ERROR: Record<TargetUnit, MessageKey> = {
  count: 'plans.target.error.count',
  percent: 'plans.target.error.percent',
  vnd: 'plans.target.error.vnd',
};

/** The value typed for this unit; undefined when empty, 'invalid' when the unit refuses it. */
export function parseTargetValue(unit: TargetUnit, typed: string): bigint | undefined | 'invalid' {
  if (typed.trim() === '') return undefined;
  if (unit === 'vnd') return parseVnd(typed);
  const whole = parseWhole(typed);
  if (whole === undefined || whole === 'invalid') return 'invalid';
  if (unit === 'percent' && whole > 100) return 'invalid';
  return BigInt(whole);
}
