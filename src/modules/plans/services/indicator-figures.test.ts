// An indicator's figure is counted once per period while it is fresh, shown at once while it is
// counted again once stale, waited for when too old, and forgotten when this process writes.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../platform/db/client';
import type { Indicator, IndicatorQuery } from '../../../platform/modules/manifest';
import {
  FRESH_MS,
  forgetIndicatorFigures,
  indicatorFigure,
  STALE_LIMIT_MS,
} from './indicator-figures';

const YEAR = { from: new Date('2025-12-31T17:00:00Z'), yearEnd: new Date('2026-12-31T17:00:00Z') };
const NOON = new Date('2026-07-01T05:00:30Z');

/** An indicator whose figure is the number of times it was counted; each count waits for `release`. */
function countingIndicator() {
  const asked: IndicatorQuery[] = [];
  let release = () => {};
  let gate = Promise.resolve();
  const indicator: Indicator = {
    id: 'test.counted',
    label: 'plans.module.title',
    unit: 'count',
    compute: async (_db, query) => {
      asked.push(query);
      const n = asked.length;
      await gate;
      return n;
    },
  };
  return {
    indicator,
    asked,
    hold() {
      gate = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
  };
}

const later = (ms: number) => new Date(NOON.getTime() + ms);
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('indicator figures', () => {
  it('counts a period once while fresh, even when views ask at the same time', async () => {
    const db = {} as Db;
    const { indicator, asked } = countingIndicator();
    const [a, b] = await Promise.all([
      indicatorFigure(db, indicator, YEAR, NOON),
      indicatorFigure(db, indicator, YEAR, NOON),
    ]);
    const c = await indicatorFigure(db, indicator, YEAR, later(FRESH_MS - 1));
    expect([a, b, c].map((f) => f.value)).toEqual([1, 1, 1]);
    // The year so far: up to the minute the count began.
    expect(a.to).toEqual(new Date('2026-07-01T05:00:00Z'));
    expect(asked).toHaveLength(1);
    // Another province is another figure.
    expect((await indicatorFigure(db, indicator, { ...YEAR, province: '48' }, NOON)).value).toBe(2);
  });

  it('answers a stale view with the kept figure and counts again behind it', async () => {
    const db = {} as Db;
    const counting = countingIndicator();
    await indicatorFigure(db, counting.indicator, YEAR, NOON);
    counting.hold();
    const stale = await indicatorFigure(db, counting.indicator, YEAR, later(FRESH_MS));
    expect(stale).toEqual({ value: 1, to: new Date('2026-07-01T05:00:00Z') });
    // A second view during the recount neither waits nor starts another.
    expect((await indicatorFigure(db, counting.indicator, YEAR, later(FRESH_MS + 1))).value).toBe(
      1,
    );
    expect(counting.asked).toHaveLength(2);
    counting.release();
    await settle();
    const fresh = await indicatorFigure(db, counting.indicator, YEAR, later(FRESH_MS + 2));
    expect(fresh).toEqual({ value: 2, to: new Date('2026-07-01T05:05:00Z') });
  });

  it('waits for a new count when the kept figure is too old to show, or after a write', async () => {
    const db = {} as Db;
    const { indicator, asked } = countingIndicator();
    await indicatorFigure(db, indicator, YEAR, NOON);
    expect((await indicatorFigure(db, indicator, YEAR, later(STALE_LIMIT_MS))).value).toBe(2);
    forgetIndicatorFigures(db);
    expect((await indicatorFigure(db, indicator, YEAR, later(STALE_LIMIT_MS))).value).toBe(3);
    // Another database never shares a figure.
    expect((await indicatorFigure({} as Db, indicator, YEAR, NOON)).value).toBe(4);
    expect(asked).toHaveLength(4);
  });

  it('keeps no failed count and never counts past the year', async () => {
    const db = {} as Db;
    let fails = true;
    const asked: IndicatorQuery[] = [];
    const flaky: Indicator = {
      id: 'test.flaky',
      label: 'plans.module.title',
      unit: 'count',
      compute: async (_db, query) => {
        asked.push(query);
        if (fails) throw new Error('connection lost');
        return 7;
      },
    };
    await expect(indicatorFigure(db, flaky, YEAR, NOON)).rejects.toThrow('connection lost');
    fails = false;
    const nextYear = new Date('2027-03-01T00:00:00Z');
    expect(await indicatorFigure(db, flaky, YEAR, nextYear)).toEqual({
      value: 7,
      to: YEAR.yearEnd,
    });
    expect(asked.at(-1)).toEqual({ from: YEAR.from, to: YEAR.yearEnd, province: undefined });
  });
});
