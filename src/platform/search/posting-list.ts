// The slots holding each word, trigram or facet value of a vocabulary, for many keys at once.
// A rare key keeps a run of slots in one shared pool; once it is held by more than 1 slot in 32,
// a bitset is smaller (4 bytes per slot against 1 bit per slot of the whole index) and faster to
// combine, so its run turns into one.
//
// One pool instead of a small array per key: at national scale a vocabulary has ~100,000 keys, and
// an array per key cost ~250 bytes of objects each and left the allocator fragmented by every
// doubling — ~150 MiB of the process for ~5 MiB of slots.
import { countAnd, hasBit, orInto, setBit, type Bitset } from './bitset';

const DENSE_RATIO = 32;
const FIRST_ROOM = 4;

/** A copy of the array in a longer one of the same type. */
export function grown<T extends Int32Array | Uint32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}

export class PostingLists {
  private pool = new Int32Array(1024);
  /** Pool entries handed out, runs and the holes runs left behind when they moved. */
  private used = 0;
  private holes = 0;
  private start = new Int32Array(64);
  private count = new Int32Array(64);
  private room = new Int32Array(64);
  private dense: (Bitset | undefined)[] = [];

  /** A new, empty list; its number is what the other methods take. */
  create(): number {
    const list = this.dense.length;
    if (list === this.start.length) {
      this.start = grown(this.start, list * 2);
      this.count = grown(this.count, list * 2);
      this.room = grown(this.room, list * 2);
    }
    this.dense.push(undefined);
    return list;
  }

  /** Slots are added in increasing order (a new document always gets a new, higher slot). */
  add(list: number, slot: number) {
    const bits = this.dense[list];
    if (bits) {
      const word = slot >>> 5;
      this.dense[list] =
        word < bits.length ? bits : grown(bits, Math.max(word + 1, bits.length * 2));
      setBit(this.dense[list], slot);
      return;
    }
    const n = this.count[list]!;
    if (n === this.room[list]) this.makeRoom(list);
    this.pool[this.start[list]! + n] = slot;
    this.count[list] = n + 1;
    if (n + 1 >= 64 && (n + 1) * DENSE_RATIO > slot + 1) this.densify(list, slot);
  }

  /** Adds every slot of the list to `target`. */
  orInto(list: number, target: Bitset) {
    const bits = this.dense[list];
    if (bits) return orInto(target, bits);
    const pool = this.pool;
    for (let i = this.start[list]!, end = i + this.count[list]!; i < end; i++) {
      const s = pool[i]!;
      target[s >>> 5]! |= 1 << (s & 31);
    }
  }

  /** Whether the list holds the slot (a run is in increasing order: binary search). */
  has(list: number, slot: number): boolean {
    const bits = this.dense[list];
    if (bits) return hasBit(bits, slot);
    let lo = this.start[list]!;
    let hi = lo + this.count[list]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pool[mid]! < slot) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.start[list]! + this.count[list]! && this.pool[lo] === slot;
  }

  /** How many of the list's slots are in `base`. */
  countIn(list: number, base: Bitset): number {
    const bits = this.dense[list];
    if (bits) return countAnd(bits, base);
    const pool = this.pool;
    let n = 0;
    for (let i = this.start[list]!, end = i + this.count[list]!; i < end; i++)
      if (hasBit(base, pool[i]!)) n++;
    return n;
  }

  /** Packs the runs end to end, without spare room (after a bulk load, or once holes abound). */
  compact() {
    let total = 0;
    for (let list = 0; list < this.dense.length; list++)
      if (!this.dense[list]) total += this.count[list]!;
    const packed = new Int32Array(Math.max(total, FIRST_ROOM));
    let at = 0;
    for (let list = 0; list < this.dense.length; list++) {
      if (this.dense[list]) continue;
      const n = this.count[list]!;
      packed.set(this.pool.subarray(this.start[list]!, this.start[list]! + n), at);
      this.start[list] = at;
      this.room[list] = n;
      at += n;
    }
    this.pool = packed;
    this.used = at;
    this.holes = 0;
  }

  /** Doubles a full run's room: in place when it ends the pool, else moved to the end. */
  private makeRoom(list: number) {
    // Moved runs leave holes; once they are half the pool, packing it again is cheaper than more.
    if (this.holes > this.used / 2 && this.used > 4096) this.compact();
    const start = this.start[list]!;
    const room = this.room[list]!;
    const wanted = Math.max(FIRST_ROOM, room * 2);
    if (room > 0 && start + room === this.used) {
      this.reserve(wanted - room);
      this.used += wanted - room;
    } else {
      this.reserve(wanted);
      this.pool.copyWithin(this.used, start, start + this.count[list]!);
      this.start[list] = this.used;
      this.used += wanted;
      this.holes += room;
    }
    this.room[list] = wanted;
  }

  private reserve(extra: number) {
    if (this.used + extra > this.pool.length)
      this.pool = grown(this.pool, Math.max(this.used + extra, this.pool.length * 2));
  }

  private densify(list: number, highest: number) {
    const bits = new Uint32Array((highest >>> 5) + 1);
    const start = this.start[list]!;
    for (let i = start, end = start + this.count[list]!; i < end; i++) setBit(bits, this.pool[i]!);
    this.dense[list] = bits;
    this.holes += this.room[list]!;
    this.room[list] = 0;
    this.count[list] = 0;
  }
}
