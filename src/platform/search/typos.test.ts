import { describe, expect, it } from 'vitest';
import { forEachCloseWord, typoBudget } from './typos';

/** Optimal string alignment distance, the plain way. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The fewest typos from `typed` to any beginning of `word`. */
const prefixDistance = (typed: string, word: string) =>
  Math.min(...Array.from({ length: word.length }, (_, k) => distance(typed, word.slice(0, k + 1))));

const close = (words: string[], typed: string, max: number) => {
  const found: [string, number][] = [];
  forEachCloseWord(words, typed, max, (i, typos) => found.push([words[i]!, typos]));
  return found;
};

describe('typo tolerance', () => {
  it('allows no typo below 5 letters, one from 5, two from 9, none in words with digits', () => {
    expect(['tow', 'nong', 'safup', 'internet', 'chuyendoi', '0100109106'].map(typoBudget)).toEqual(
      [0, 0, 1, 1, 2, 0],
    );
  });

  it('finds a dropped, added, changed or swapped letter, and typed beginnings', () => {
    const words = ['hocplus', 'internet', 'intern', 'safeup', 'safety', 'sapfup', 'xanh'].sort();
    expect(close(words, 'safup', 1)).toEqual([
      ['safeup', 1],
      ['sapfup', 1],
    ]);
    expect(close(words, 'hoclus', 1)).toEqual([['hocplus', 1]]);
    expect(close(words, 'intenet', 1)).toEqual([['internet', 1]]);
    expect(close(words, 'itnernet', 1)).toEqual([['internet', 1]]);
    // "interne" begins "internet": an exact match, left to the prefix search
    expect(close(words, 'interne', 1)).toEqual([['intern', 1]]);
    expect(close(words, 'xyzzy', 1)).toEqual([]);
  });

  it('agrees with the plain distance on every word of a generated list', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const letters = 'aghinotu';
    const word = (n: number) =>
      Array.from({ length: n }, () => letters[Math.floor(rand() * letters.length)]).join('');
    const words = [...new Set(Array.from({ length: 800 }, () => word(3 + Math.floor(rand() * 7))))];
    words.sort();
    for (let q = 0; q < 30; q++) {
      const typed = word(5 + Math.floor(rand() * 6));
      const max = typoBudget(typed);
      const expected = words
        .filter((w) => !w.startsWith(typed))
        .map((w): [string, number] => [w, prefixDistance(typed, w)])
        .filter(([, d]) => d <= max);
      expect(close(words, typed, max)).toEqual(expected);
    }
  });
});
