import { describe, expect, it } from 'vitest';
import { emptyBitset, forEachBit, setBit } from './bitset';
import { PostingLists } from './posting-list';

const SLOTS = 20_000;

/** A deterministic stream of numbers in [0, 1), so a failure can be replayed. */
function random(seed: number) {
  let x = seed;
  return () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

function slotsOf(lists: PostingLists, list: number): number[] {
  const bits = emptyBitset(SLOTS);
  lists.orInto(list, bits);
  const slots: number[] = [];
  forEachBit(bits, (slot) => slots.push(slot));
  return slots;
}

describe('posting lists in one pool', () => {
  it('keeps every list exact through growth, moves, dense switches and packing', () => {
    const next = random(7);
    const lists = new PostingLists();
    const ids = Array.from({ length: 300 }, () => lists.create());
    const expected = ids.map(() => [] as number[]);
    // Some keys are common (they turn into bitsets), most rare; slots come in increasing order,
    // as documents are added, and lists grow interleaved, so runs move and leave holes.
    const check = () => {
      for (const list of ids) expect(slotsOf(lists, list)).toEqual(expected[list]);
    };
    for (let slot = 0; slot < SLOTS; slot++) {
      for (const list of ids) {
        const odds = list < 5 ? 0.2 : list < 50 ? 0.01 : 0.001;
        if (next() < odds) {
          lists.add(list, slot);
          expected[list]!.push(slot);
        }
      }
      if (slot === SLOTS / 2) {
        check();
        lists.compact();
        check();
      }
    }
    check();
    lists.compact();
    check();
  });

  it('counts the slots of a list that lie in a set', () => {
    const lists = new PostingLists();
    const rare = lists.create();
    const common = lists.create();
    for (let slot = 0; slot < 1_000; slot++) {
      if (slot % 100 === 0) lists.add(rare, slot);
      if (slot % 2 === 0) lists.add(common, slot);
    }
    const base = emptyBitset(1_000);
    for (let slot = 0; slot < 500; slot++) setBit(base, slot);
    expect(lists.countIn(rare, base)).toBe(5);
    expect(lists.countIn(common, base)).toBe(250);
  });
});
