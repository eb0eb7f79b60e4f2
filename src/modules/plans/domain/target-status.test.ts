import { describe, expect, it } from 'vitest';
import { elapsedInYear, expectedValue, targetStatus } from './target-status';

describe('the target status rule', () => {
  it('expects progress in proportion to the year passed, from the baseline', () => {
    expect(expectedValue({ baseline: 10, target: 50, elapsed: 0.5 })).toBe(30);
    expect(expectedValue({ baseline: 10, target: 50, elapsed: 1.4 })).toBe(50);
  });

  it('is on track at or above what is expected, at risk from 80 % of it, behind below', () => {
    const half = { baseline: 0, target: 100, elapsed: 0.5 };
    expect(targetStatus({ ...half, actual: 50 })).toBe('on_track');
    expect(targetStatus({ ...half, actual: 40 })).toBe('at_risk');
    expect(targetStatus({ ...half, actual: 39 })).toBe('behind');
    expect(targetStatus({ ...half, actual: 0, elapsed: 0 })).toBe('not_started');
  });

  it('mirrors targets that must fall, and holds a target equal to its baseline', () => {
    const fall = { baseline: 100, target: 60, elapsed: 1 };
    expect(targetStatus({ ...fall, actual: 60 })).toBe('on_track');
    expect(targetStatus({ ...fall, actual: 68 })).toBe('at_risk');
    expect(targetStatus({ ...fall, actual: 90 })).toBe('behind');
    expect(targetStatus({ baseline: 5, target: 5, actual: 5, elapsed: 0.3 })).toBe('on_track');
  });

  it('measures the year in Vietnam time', () => {
    expect(elapsedInYear(2026, new Date('2025-12-31T17:00:00Z'))).toBe(0);
    expect(elapsedInYear(2026, new Date('2026-12-31T17:00:00Z'))).toBe(1);
    expect(elapsedInYear(2026, new Date('2026-07-02T17:00:00Z'))).toBeCloseTo(0.5, 2);
  });
});
