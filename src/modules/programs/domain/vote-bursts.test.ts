import { describe, expect, it } from 'vitest';
import { findBursts } from './vote-bursts';

const at = (s: number) => new Date(Date.UTC(2026, 2, 1, 8, 0, s));
const ballots = (entryId: string, seconds: number[], isNewAccount = true) =>
  seconds.map((s) => ({ entryId, isNewAccount, createdAt: at(s) }));

describe('findBursts', () => {
  it('flags more than K ballots from new accounts for one entry within a minute', () => {
    const found = findBursts([...ballots('a', [0, 5, 10, 20, 30, 59])], 5);
    expect(found).toEqual([{ entryId: 'a', from: at(0), to: at(59), count: 6 }]);
  });

  it('does not flag K in a minute, a slow stream, or old accounts', () => {
    expect(findBursts(ballots('a', [0, 10, 20, 30, 40]), 5)).toEqual([]);
    expect(findBursts(ballots('a', [0, 20, 40, 60, 80, 100, 120]), 5)).toEqual([]);
    expect(findBursts(ballots('a', [0, 1, 2, 3, 4, 5, 6], false), 5)).toEqual([]);
  });

  it('keeps entries apart and reports the busiest window of each', () => {
    const found = findBursts(
      [
        ...ballots('b', [0, 1, 2]),
        ...ballots('a', [100, 0, 1, 2, 3, 4, 5, 6]),
        ...ballots('b', [3, 4, 5]),
      ],
      5,
    );
    expect(found.map((b) => [b.entryId, b.count])).toEqual([
      ['a', 7],
      ['b', 6],
    ]);
  });
});
