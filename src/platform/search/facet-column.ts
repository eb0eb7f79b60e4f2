// Each slot's values of one facet (their numbers in the facet's vocabulary), slot after slot. A
// page of search results counts every facet's values among the matches: with a few thousand
// matches, reading each match's values is cheaper than intersecting every value's list with them
// (one pass over the whole index per value: a province facet alone has 34).
import { countBits, type Bitset } from './bitset';
import { grown } from './posting-list';
import type { Vocabulary } from './vocabulary';

/** Matches per word of the index above which facet values are counted list by list. */
const FACET_READ_RATIO = 2;

/**
 * How many slots of `base` hold each value of a facet: by reading each match's values, unless
 * the matches are so many that a pass over the index per value costs less.
 */
export function countFacetValues(
  vocabulary: Vocabulary,
  column: FacetColumn,
  base: Bitset,
): Map<string, number> {
  const counts = new Map<string, number>();
  if (countBits(base) < (vocabulary.size * base.length) / FACET_READ_RATIO) {
    const tally = new Int32Array(vocabulary.size);
    column.countInto(base, tally);
    tally.forEach((n, list) => {
      if (n > 0) counts.set(vocabulary.keyAt(list), n);
    });
    return counts;
  }
  for (const value of vocabulary.keys()) {
    const n = vocabulary.countIn(value, base);
    if (n > 0) counts.set(value, n);
  }
  return counts;
}

export class FacetColumn {
  /** The values of slot s are values[starts[s]] up to values[starts[s + 1]]. */
  private starts = new Int32Array(1025);
  private values = new Uint32Array(1024);
  /** Slots written so far: a slot is written once, in increasing order, as documents come. */
  private slots = 0;

  set(slot: number, valueIds: readonly number[]) {
    if (slot + 2 > this.starts.length)
      this.starts = grown(this.starts, Math.max(slot + 2, this.starts.length * 2));
    const end = this.starts[this.slots]!;
    // Slots in between had no value of this facet.
    for (let s = this.slots + 1; s <= slot; s++) this.starts[s] = end;
    if (end + valueIds.length > this.values.length)
      this.values = grown(this.values, Math.max(end + valueIds.length, this.values.length * 2));
    this.values.set(valueIds, end);
    this.starts[slot + 1] = end + valueIds.length;
    this.slots = slot + 1;
  }

  /** Adds to counts[value] one for each slot of `base` holding the value. */
  countInto(base: Bitset, counts: Int32Array) {
    const { starts, values } = this;
    const words = Math.min(base.length, (this.slots + 31) >>> 5);
    for (let i = 0; i < words; i++) {
      let w = base[i]!;
      while (w !== 0) {
        const low = w & -w;
        const slot = (i << 5) + 31 - Math.clz32(low);
        w ^= low;
        if (slot >= this.slots) break;
        for (let j = starts[slot]!, end = starts[slot + 1]!; j < end; j++) counts[values[j]!]!++;
      }
    }
  }
}
