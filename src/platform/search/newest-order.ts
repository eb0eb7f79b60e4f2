// The records of an index newest first, ties in name order: what "newest" lists take the first of.
import { countBits, forEachBit, hasBit, type Bitset } from './bitset';
import type { NameOrder } from './name-order';

/** Up to this many matches are sorted; more are found by walking the kept order. */
const SORTED_AT_MOST = 2_000;

export class NewestOrder {
  /** Every live slot, newest first; made on first need after a change. */
  private order: Int32Array | undefined;

  /** The index's creation times (replaced when it grows: read through the getter) and name order. */
  constructor(
    private readonly created: () => Float64Array,
    private readonly names: NameOrder,
  ) {}

  /** A record was added, replaced or removed: the order is made again when next needed. */
  reset() {
    this.order = undefined;
  }

  /**
   * Up to `limit` slots of `set`, newest first. Call after `names.ensure`. A common word matches
   * tens of thousands of records, and a search asks for a few hundred at most: sorting all of
   * them for each search cost more than everything else the matching does.
   */
  first(set: Bitset, alive: Bitset, limit: number): number[] {
    if (limit <= 0) return [];
    if (countBits(set) <= SORTED_AT_MOST) {
      const slots: number[] = [];
      forEachBit(set, (slot) => slots.push(slot));
      return slots.sort(this.newerFirst).slice(0, limit);
    }
    const order = (this.order ??= this.ordered(alive));
    const slots: number[] = [];
    for (let i = 0; i < order.length && slots.length < limit; i++) {
      if (hasBit(set, order[i]!)) slots.push(order[i]!);
    }
    return slots;
  }

  private ordered(alive: Bitset): Int32Array {
    const slots: number[] = [];
    forEachBit(alive, (slot) => slots.push(slot));
    return Int32Array.from(slots.sort(this.newerFirst));
  }

  private newerFirst = (a: number, b: number) => {
    const created = this.created();
    return created[b]! - created[a]! || this.names.place(a) - this.names.place(b);
  };
}
