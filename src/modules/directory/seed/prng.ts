// A small seeded random source: the same seed gives the same demo directory on every machine,
// Node version and engine (Math.random() cannot be seeded).

/** mulberry32: 32 bits of state, fast, good enough for test data (not for secrets). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a number and a label (FNV-1a), so each stream of data has its own. */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (const ch of `${seed}:${label}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Values with weights, prepared once for picking by binary search. */
export interface WeightedTable<T> {
  values: readonly T[];
  cumulative: readonly number[];
  total: number;
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  let total = 0;
  const cumulative = entries.map(([, w]) => (total += w));
  return { values: entries.map(([v]) => v), cumulative, total };
}

export class Rng {
  private readonly source: () => number;

  constructor(seed: number) {
    this.source = mulberry32(seed);
  }

  /** In [0, 1). */
  next(): number {
    return this.source();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.source() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.source() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.source() * items.length)]!;
  }

  from<T>(table: WeightedTable<T>): T {
    const x = this.source() * table.total;
    let lo = 0;
    let hi = table.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (table.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return table.values[lo]!;
  }

  /** n distinct items (fewer when the list is shorter), in a random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) {
      out.push(copy.splice(Math.floor(this.source() * copy.length), 1)[0]!);
    }
    return out;
  }

  /** A log-uniform integer: team sizes and amounts spread over orders of magnitude. */
  logInt(min: number, max: number): number {
    return Math.round(Math.exp(Math.log(min) + this.source() * (Math.log(max) - Math.log(min))));
  }

  hex(digits: number): string {
    let s = '';
    while (s.length < digits)
      s += Math.floor(this.source() * 0x10000)
        .toString(16)
        .padStart(4, '0');
    return s.slice(0, digits);
  }
}

/**
 * A version-4-shaped UUID that is unique by construction: the record's number sits in the
 * last 12 hex digits, a tag tells organisations, people and the demo set apart.
 */
export function seededUuid(rng: Rng, tag: number, index: number): string {
  const variant = (8 + rng.int(0, 3)).toString(16);
  const tail = (tag * 0x1_0000_0000 + index).toString(16).padStart(12, '0');
  return `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${variant}${rng.hex(3)}-${tail}`;
}
