// Each slot's values of one facet (their numbers in the facet's vocabulary), slot after slot. A
// page of search results counts every facet's values among the matches: with a few thousand
// matches, reading each match's values is cheaper than intersecting every value's list with them
// (one pass over the whole index per value: a province facet alone has 34).
import type { Bitset } from './bitset';
import { grown } from './posting-list';

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
