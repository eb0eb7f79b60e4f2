// Words (or trigrams, or facet values) and the slots holding each. A typed word matches every word
// it begins ("nghi" → "nghiep", "nghien"…), found by binary search in the sorted word list.
import type { Bitset } from './bitset';
import { PostingList } from './posting-list';

export class Vocabulary {
  private lists = new Map<string, PostingList>();
  private sorted: string[] = [];
  private unsorted = 0;

  add(key: string, slot: number) {
    let list = this.lists.get(key);
    if (!list) {
      list = new PostingList();
      this.lists.set(key, list);
      this.unsorted++;
    }
    list.add(slot);
  }

  get(key: string): PostingList | undefined {
    return this.lists.get(key);
  }

  entries(): IterableIterator<[string, PostingList]> {
    return this.lists.entries();
  }

  /** Adds to `target` the slots of every key that begins with `prefix`. */
  orPrefixInto(prefix: string, target: Bitset) {
    const words = this.sortedKeys();
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < words.length && words[i]!.startsWith(prefix); i++) {
      this.lists.get(words[i]!)!.orInto(target);
    }
  }

  trim() {
    for (const list of this.lists.values()) list.trim();
  }

  private sortedKeys(): string[] {
    if (this.unsorted > 0) {
      this.sorted = [...this.lists.keys()].sort();
      this.unsorted = 0;
    }
    return this.sorted;
  }
}
