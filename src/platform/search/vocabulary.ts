// Words (or trigrams, or facet values) and the slots holding each. A typed word matches every word
// it begins ("nghi" → "nghiep", "nghien"…), found by binary search in the sorted word list.
import type { Bitset } from './bitset';
import { PostingLists } from './posting-list';
import { forEachCloseWord, lowerBound, typoCost } from './typos';

/** A key of the vocabulary close to what was typed: the typos between them, and its rank cost. */
export interface CloseKey {
  key: string;
  typos: number;
  cost: number;
}

export class Vocabulary {
  private listOf = new Map<string, number>();
  /** Keys by their list's number (the order they came in). */
  private keyOf: string[] = [];
  private lists = new PostingLists();
  private sorted: string[] = [];
  private unsorted = 0;

  /** Adds the slot to the key's list; answers the list's number, the key's for good. */
  add(key: string, slot: number): number {
    let list = this.listOf.get(key);
    if (list === undefined) {
      list = this.lists.create();
      this.listOf.set(key, list);
      this.keyOf.push(key);
      this.unsorted++;
    }
    this.lists.add(list, slot);
    return list;
  }

  get size() {
    return this.keyOf.length;
  }

  /** The key whose list has this number. */
  keyAt(list: number): string {
    return this.keyOf[list]!;
  }

  keys(): IterableIterator<string> {
    return this.listOf.keys();
  }

  /** Adds to `target` the slots holding `key`; false when no slot ever held it. */
  orInto(key: string, target: Bitset): boolean {
    const list = this.listOf.get(key);
    if (list === undefined) return false;
    this.lists.orInto(list, target);
    return true;
  }

  /** How many slots of `base` hold `key`. */
  countIn(key: string, base: Bitset): number {
    const list = this.listOf.get(key);
    return list === undefined ? 0 : this.lists.countIn(list, base);
  }

  /** Whether the slot holds `key`. */
  holds(key: string, slot: number): boolean {
    const list = this.listOf.get(key);
    return list !== undefined && this.lists.has(list, slot);
  }

  /** Adds to `target` the slots of every key that begins with `prefix`. */
  orPrefixInto(prefix: string, target: Bitset) {
    const words = this.sortedKeys();
    for (let i = lowerBound(words, prefix); i < words.length && words[i]!.startsWith(prefix); i++) {
      this.lists.orInto(this.listOf.get(words[i]!)!, target);
    }
  }

  /** Keys that begin with a spelling of `typed` at most `max` typos away, but not with `typed`. */
  closeKeys(typed: string, max: number): CloseKey[] {
    const words = this.sortedKeys();
    const close: CloseKey[] = [];
    forEachCloseWord(words, typed, max, (i, typos, wholeWord) => {
      const key = words[i]!;
      close.push({ key, typos, cost: typoCost(typed, key, typos, wholeWord) });
    });
    return close;
  }

  /** Frees the spare room of lists that have stopped growing (after a bulk load). */
  trim() {
    this.lists.compact();
  }

  private sortedKeys(): string[] {
    if (this.unsorted > 0) {
      this.sorted = [...this.listOf.keys()].sort();
      this.unsorted = 0;
    }
    return this.sorted;
  }
}
