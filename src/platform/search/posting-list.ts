// The slots holding one word, trigram or facet value. A rare key keeps a list of slots; once it is
// held by more than 1 slot in 32, a bitset is smaller (4 bytes per slot against 1 bit per slot
// of the whole index) and faster to combine, so the list turns into one.
import { countAnd, hasBit, orInto, setBit, type Bitset } from './bitset';

const DENSE_RATIO = 32;

export class PostingList {
  private slots: Int32Array | undefined = new Int32Array(4);
  private bits: Bitset | undefined;
  private count = 0;

  /** Slots are added in increasing order (a new document always gets a new, higher slot). */
  add(slot: number) {
    if (this.bits) {
      const word = slot >>> 5;
      if (word >= this.bits.length)
        this.bits = grow(this.bits, Math.max(word + 1, this.bits.length * 2));
      setBit(this.bits, slot);
    } else {
      if (this.count === this.slots!.length) this.slots = grow(this.slots!, this.count * 2);
      this.slots![this.count] = slot;
    }
    this.count++;
    if (!this.bits && this.count * DENSE_RATIO > slot + 1 && this.count >= 64) this.densify(slot);
  }

  /** Adds every slot of the list to `target`. */
  orInto(target: Bitset) {
    if (this.bits) return orInto(target, this.bits);
    const slots = this.slots!;
    for (let i = 0; i < this.count; i++) {
      const s = slots[i]!;
      target[s >>> 5]! |= 1 << (s & 31);
    }
  }

  /** How many of the list's slots are in `base`. */
  countIn(base: Bitset): number {
    if (this.bits) return countAnd(this.bits, base);
    const slots = this.slots!;
    let n = 0;
    for (let i = 0; i < this.count; i++) if (hasBit(base, slots[i]!)) n++;
    return n;
  }

  /** Frees the spare room of a list that has stopped growing (after a bulk load). */
  trim() {
    if (this.slots && this.slots.length > this.count) this.slots = this.slots.slice(0, this.count);
  }

  private densify(highest: number) {
    const bits = new Uint32Array((highest >>> 5) + 1);
    for (let i = 0; i < this.count; i++) setBit(bits, this.slots![i]!);
    this.bits = bits;
    this.slots = undefined;
  }
}

function grow<T extends Int32Array | Uint32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(length, 4));
  bigger.set(array);
  return bigger;
}
