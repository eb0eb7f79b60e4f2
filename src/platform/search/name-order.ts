// The records of an index in name order (the byte order of their sort keys, then ids), and each
// record's place in it: what "by name" lists walk and what ties in relevance fall back on.
import { countBits, forEachBit, hasBit, type Bitset } from './bitset';

export class NameOrder {
  /** Slots in name order (dead ones included until the next re-sort) and each slot's place. */
  private order = new Int32Array(0);
  private orderLength = 0;
  private places = new Int32Array(0);
  private unordered: number[] = [];

  /** The index's own arrays, which only grow: read, never written here. */
  constructor(
    private readonly sortKeys: readonly string[],
    private readonly ids: readonly string[],
  ) {}

  /** A new slot, put in place at the next `ensure`. */
  add(slot: number) {
    this.unordered.push(slot);
  }

  /** A slot's place in name order (after `ensure`). */
  place(slot: number): number {
    return this.places[slot]!;
  }

  /** The slot at a place in name order. */
  slotAt(place: number): number {
    return this.order[place]!;
  }

  /** Up to `limit` slots of the set in name order: sorted when few, else by walking the order. */
  inOrder(set: Bitset, limit: number): number[] {
    const count = countBits(set);
    if (count <= 2_000) {
      const slots: number[] = [];
      forEachBit(set, (slot) => slots.push(slot));
      return slots.sort((a, b) => this.places[a]! - this.places[b]!).slice(0, limit);
    }
    const slots: number[] = [];
    for (let i = 0; i < this.orderLength && slots.length < limit; i++) {
      if (hasBit(set, this.order[i]!)) slots.push(this.order[i]!);
    }
    return slots;
  }

  /** A page of the set in name order: after a keyset, or past an offset. */
  page(
    set: Bitset,
    after: { sortKey: string; id: string } | undefined,
    offset: number,
    limit: number,
  ): number[] {
    let i = after ? this.positionAfter(after) : 0;
    const slots: number[] = [];
    let skipped = 0;
    for (; i < this.orderLength && slots.length < limit; i++) {
      const slot = this.order[i]!;
      if (!hasBit(set, slot)) continue;
      if (skipped++ < offset) continue;
      slots.push(slot);
    }
    return slots;
  }

  /** The first place in name order after (sortKey, id). */
  private positionAfter(after: { sortKey: string; id: string }) {
    let lo = 0;
    let hi = this.orderLength;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const slot = this.order[mid]!;
      const k = this.sortKeys[slot]!;
      if (k < after.sortKey || (k === after.sortKey && this.ids[slot]! <= after.id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private compareSlots = (a: number, b: number) => {
    const ka = this.sortKeys[a]!;
    const kb = this.sortKeys[b]!;
    if (ka !== kb) return ka < kb ? -1 : 1;
    const ia = this.ids[a]!;
    const ib = this.ids[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };

  /**
   * Brings the name order up to date: a few new records are put in place one by one, many (a bulk
   * load, an import) by sorting everything again, which also drops removed records.
   */
  ensure(alive: Bitset) {
    if (this.unordered.length === 0) return;
    if (this.unordered.length > 1000 || this.unordered.length * 20 > this.orderLength) {
      const slots: number[] = [];
      forEachBit(alive, (slot) => slots.push(slot));
      slots.sort(this.compareSlots);
      this.order = Int32Array.from(slots);
      this.orderLength = slots.length;
    } else {
      if (this.order.length < this.orderLength + this.unordered.length) {
        const bigger = new Int32Array((this.orderLength + this.unordered.length) * 2);
        bigger.set(this.order.subarray(0, this.orderLength));
        this.order = bigger;
      }
      for (const slot of this.unordered) {
        let lo = 0;
        let hi = this.orderLength;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (this.compareSlots(this.order[mid]!, slot) < 0) lo = mid + 1;
          else hi = mid;
        }
        this.order.copyWithin(lo + 1, lo, this.orderLength);
        this.order[lo] = slot;
        this.orderLength++;
      }
    }
    this.unordered = [];
    if (this.places.length < this.ids.length) this.places = new Int32Array(this.ids.length * 2);
    for (let i = 0; i < this.orderLength; i++) this.places[this.order[i]!] = i;
  }
}
