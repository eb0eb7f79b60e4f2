// Sets of document slots as bit arrays: one bit per slot, 32 per word. Intersections, unions and
// counts over 100,000 slots touch ~3,000 words, which is why the whole search runs in memory.

export type Bitset = Uint32Array;

export const wordsFor = (slots: number) => (slots + 31) >>> 5;

export const emptyBitset = (slots: number): Bitset => new Uint32Array(wordsFor(slots));

const emptyBitsetOfWords = (words: number): Bitset => new Uint32Array(words);

/**
 * Zeroed bitsets of one size for the length of one search, taken back all at once when the next
 * begins. A search allocates some thirty of them; reusing them spares the collector ~0.4 MB per
 * search, which under load was a tenth of the time and a share of the memory the process kept.
 * A search is synchronous, so an arena is never shared by two at once.
 */
export class BitsetArena {
  private pool: Bitset[] = [];
  private used = 0;
  private words = 0;

  /** Starts a search over bitsets of `words` words: every bitset handed out before is free again. */
  begin(words: number) {
    if (words !== this.words) {
      this.pool = [];
      this.words = words;
    }
    this.used = 0;
  }

  /** A zeroed bitset (of the size given to `begin`, whatever is asked: sizes never mix). */
  empty = (): Bitset => {
    const reused = this.pool[this.used];
    this.used++;
    if (reused) return reused.fill(0);
    const fresh = new Uint32Array(this.words);
    this.pool.push(fresh);
    return fresh;
  };

  /** A copy of `bits`, cut or padded with zeros to the arena's size. */
  copy(bits: Bitset): Bitset {
    const out = this.empty();
    out.set(bits.length > out.length ? bits.subarray(0, out.length) : bits);
    return out;
  }
}

export const hasBit = (bits: Bitset, slot: number) =>
  (slot >>> 5 < bits.length && (bits[slot >>> 5]! >>> (slot & 31)) & 1) === 1;

export function setBit(bits: Bitset, slot: number) {
  bits[slot >>> 5]! |= 1 << (slot & 31);
}

export function clearBit(bits: Bitset, slot: number) {
  if (slot >>> 5 < bits.length) bits[slot >>> 5]! &= ~(1 << (slot & 31));
}

/** target &= other (a shorter `other` counts as zeros beyond its end). */
export function andInto(target: Bitset, other: Bitset) {
  const n = Math.min(target.length, other.length);
  for (let i = 0; i < n; i++) target[i]! &= other[i]!;
  target.fill(0, n);
}

/** target &= ~other. */
export function andNotInto(target: Bitset, other: Bitset) {
  const n = Math.min(target.length, other.length);
  for (let i = 0; i < n; i++) target[i]! &= ~other[i]!;
}

/** target |= other, over the words both have. */
export function orInto(target: Bitset, other: Bitset) {
  const n = Math.min(target.length, other.length);
  for (let i = 0; i < n; i++) target[i]! |= other[i]!;
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBits(bits: Bitset): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) n += popcount32(bits[i]!);
  return n;
}

/** |a ∩ b| without building the intersection. */
export function countAnd(a: Bitset, b: Bitset): number {
  const n = Math.min(a.length, b.length);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const w = a[i]! & b[i]!;
    if (w !== 0) count += popcount32(w);
  }
  return count;
}

/** Calls `visit` for every slot in the set, in slot order. */
export function forEachBit(bits: Bitset, visit: (slot: number) => void) {
  for (let i = 0; i < bits.length; i++) {
    let w = bits[i]!;
    while (w !== 0) {
      const low = w & -w;
      visit((i << 5) + 31 - Math.clz32(low));
      w ^= low;
    }
  }
}

/**
 * A count per slot kept across bit planes (plane p holds bit p of every count): adding a set is a
 * ripple-carry over whole words, so counting how many of 40 trigram lists hold each of 100,000
 * names takes 40 passes over ~3,000 words rather than millions of single increments.
 */
export class BitCounter {
  private planes: Uint32Array[];

  constructor(
    words: number,
    maxCount: number,
    private allocate: (words: number) => Bitset = emptyBitsetOfWords,
  ) {
    const bits = Math.max(1, 32 - Math.clz32(maxCount));
    this.planes = Array.from({ length: bits }, () => allocate(words));
  }

  add(set: Bitset) {
    const n = Math.min(set.length, this.planes[0]!.length);
    for (let i = 0; i < n; i++) {
      let carry = set[i]!;
      for (let p = 0; carry !== 0 && p < this.planes.length; p++) {
        const plane = this.planes[p]!;
        const next = plane[i]! & carry;
        plane[i]! ^= carry;
        carry = next;
      }
    }
  }

  /** The slots counted at least `k` times. */
  atLeast(k: number): Bitset {
    const words = this.planes[0]!.length;
    const out = this.allocate(words);
    for (let i = 0; i < words; i++) {
      let greater = 0;
      let equal = 0xffffffff;
      for (let p = this.planes.length - 1; p >= 0; p--) {
        const x = this.planes[p]![i]!;
        if ((k >>> p) & 1) equal &= x;
        else {
          greater |= equal & x;
          equal &= ~x;
        }
      }
      out[i] = greater | equal;
    }
    return out;
  }

  count(slot: number): number {
    let n = 0;
    for (let p = 0; p < this.planes.length; p++) {
      if ((this.planes[p]![slot >>> 5]! >>> (slot & 31)) & 1) n |= 1 << p;
    }
    return n;
  }
}
