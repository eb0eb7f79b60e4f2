// An in-memory index of one kind of record (decision 008): words of names and of other texts,
// trigrams of the shown name, facet values, the name order. A search, its facet counts and its
// total cost a few milliseconds at 100,000 records on either engine; the database then only
// fetches the page's rows by primary key.
import {
  andInto,
  andNotInto,
  BitCounter,
  countAnd,
  BitsetArena,
  clearBit,
  countBits,
  emptyBitset,
  forEachBit,
  hasBit,
  orInto,
  setBit,
  wordsFor,
  type Bitset,
} from './bitset';
import { trigramsOf, TYPO_THRESHOLD } from './trigrams';
import { FacetColumn } from './facet-column';
import { matchText, respelledFor, type MatchText, type TextSource } from './typed-text';
import { Vocabulary } from './vocabulary';

export interface SearchDocument {
  id: string;
  /** searchKey() of every name the record goes by: its words are matched as typed prefixes. */
  names: string;
  /** searchKey() of the name shown: "starts with", exact and misspelt matches. */
  title: string;
  /** searchKey() of the other texts. */
  body: string;
  /** Byte-ordered name key (the order of the alphabet). */
  sortKey: string;
  createdAt: number;
  updatedAt: number;
  /** The record's version: what a copy of the record kept elsewhere is checked against. */
  revision?: number;
  /** Filterable values per field, e.g. { kind: ['startup'], sector: ['agritech', 'iot'] }. */
  facets: Record<string, readonly string[]>;
  /** Numbers for range conditions; null when unknown (never matches a range). */
  numbers?: Record<string, number | null>;
}

/**
 * One condition of a search. `key` names the filter it belongs to: facet counts for a field
 * leave out the conditions of the filter of the same name, so that each count says how many
 * results choosing that value would give.
 */
export type Condition =
  | { key: string; field: string; anyOf: readonly string[] }
  | { key: string; number: string; min?: number; max?: number };

export interface SearchRequest {
  /** searchKey() of what was typed; each word matches as a prefix. */
  text?: string;
  where?: readonly Condition[];
  sort: 'relevance' | 'name' | 'newest';
  offset?: number;
  limit: number;
  /** Name order only: continue after this record. */
  after?: { sortKey: string; id: string };
  /**
   * Fields whose values to count under the search and the other conditions; `where` adds
   * conditions for one count only (e.g. count only the provinces a viewer may see).
   */
  facets?: readonly (string | { field: string; where: readonly Condition[] })[];
  /** Also find when the most recently changed match changed. */
  lastUpdated?: boolean;
}

export interface SearchResult {
  ids: string[];
  total: number;
  facets: Record<string, Map<string, number>>;
  /** When the most recently changed match changed (ms; 0 when nothing matches or not asked). */
  lastUpdated: number;
  /**
   * Set when no record holds the typed words as typed but close spellings matched: the search
   * key of the words as the best match spells them ("Did you mean …").
   */
  suggestion?: string;
}

/** When no name holds every typed word, close spellings of the name are searched too. */
const TYPO_FALLBACK_BELOW = 1;
/** Sets kept for reuse: at 100,000 records, 12.5 KB each. */
const REUSED_SETS = 256;
/** Places in name order fit below this in a relevance key (2 million records). */
const RANK_SPAN = 2 ** 21;

/** Matches per word of the index above which facet values are counted list by list. */
const FACET_READ_RATIO = 2;

/** One number per match: the score (to a millionth) above the place in name order. */
const relevanceKey = (score: number, rank: number) =>
  Math.round((10 - score) * 1e6) * RANK_SPAN + rank;

export class TextIndex {
  private ids: string[] = [];
  private slotOf = new Map<string, number>();
  private titles: string[] = [];
  private sortKeys: string[] = [];
  private alive: Bitset = emptyBitset(0);
  private created: Float64Array = new Float64Array(0);
  private updated: Float64Array = new Float64Array(0);
  private revisions: Float64Array = new Float64Array(0);
  private numbers = new Map<string, Float64Array>();
  private nameWords = new Vocabulary();
  private bodyWords = new Vocabulary();
  private titleGrams = new Vocabulary();
  /** The first word of each shown name: candidates for "begins with what was typed". */
  private titleStarts = new Vocabulary();
  private facetValues = new Map<string, Vocabulary>();
  private facetColumns = new Map<string, FacetColumn>();
  /** Slots in name order (dead ones included until the next re-sort) and each slot's place. */
  private order = new Int32Array(0);
  private orderLength = 0;
  private rank = new Int32Array(0);
  private unordered: number[] = [];
  private live = 0;
  /** The bitsets of the search under way. */
  private scratch = new BitsetArena();
  /**
   * Sets that searches ask for again and again (a filter, the records a typed word begins), kept
   * until the index next changes; read-only once made.
   */
  private reused = new Map<string, Bitset>();

  get size() {
    return this.live;
  }

  /** Slots held by removed or replaced records: a rebuild is due when they outnumber live ones. */
  get dead() {
    return this.ids.length - this.live;
  }

  upsert(doc: SearchDocument) {
    this.remove(doc.id);
    const slot = this.ids.length;
    this.ensureCapacity(slot + 1);
    this.ids.push(doc.id);
    this.slotOf.set(doc.id, slot);
    this.titles.push(doc.title);
    this.sortKeys.push(doc.sortKey);
    this.created[slot] = doc.createdAt;
    this.updated[slot] = doc.updatedAt;
    this.revisions[slot] = doc.revision ?? Number.NaN;
    for (const [name, value] of Object.entries(doc.numbers ?? {})) {
      this.numberColumn(name)[slot] = value ?? Number.NaN;
    }
    for (const word of new Set(doc.names.split(' '))) if (word) this.nameWords.add(word, slot);
    for (const word of new Set(doc.body.split(' '))) if (word) this.bodyWords.add(word, slot);
    for (const gram of trigramsOf(doc.title)) this.titleGrams.add(gram, slot);
    const first = doc.title.split(' ', 1)[0];
    if (first) this.titleStarts.add(first, slot);
    for (const [field, values] of Object.entries(doc.facets)) {
      let vocabulary = this.facetValues.get(field);
      let column = this.facetColumns.get(field);
      if (!vocabulary || !column) {
        this.facetValues.set(field, (vocabulary = new Vocabulary()));
        this.facetColumns.set(field, (column = new FacetColumn()));
      }
      const ids = [...new Set(values)].map((value) => vocabulary.add(value, slot));
      column.set(slot, ids);
    }
    setBit(this.alive, slot);
    this.unordered.push(slot);
    this.live++;
    this.reused.clear();
  }

  remove(id: string) {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    clearBit(this.alive, slot);
    this.live--;
    this.reused.clear();
  }

  /** The revision of an indexed record; undefined when it is not in the index (or has none). */
  revisionOf(id: string): number | undefined {
    const slot = this.slotOf.get(id);
    const revision = slot === undefined ? Number.NaN : this.revisions[slot]!;
    return Number.isNaN(revision) ? undefined : revision;
  }

  /** After a bulk load: frees spare room and puts the records in name order. */
  compact() {
    for (const v of [
      this.nameWords,
      this.bodyWords,
      this.titleGrams,
      this.titleStarts,
      ...this.facetValues.values(),
    ])
      v.trim();
    this.ensureOrder();
  }

  search(request: SearchRequest): SearchResult {
    const scratch = this.scratch;
    scratch.begin(wordsFor(this.ids.length));
    const text = request.text?.trim() ? matchText(this.textSource(), request.text) : undefined;
    const conditions = (request.where ?? []).map((c) => ({
      key: c.key,
      bits: this.conditionBits(c),
    }));
    const filtered = scratch.copy(this.alive);
    for (const c of conditions) andInto(filtered, c.bits);
    const typos = text ? this.typoMatches(text, filtered) : undefined;
    const matched = scratch.copy(filtered);
    if (text) {
      andInto(matched, text.anyWhere);
      if (typos) for (const slot of typos.keys()) setBit(matched, slot);
    }
    const total = countBits(matched);
    const offset = request.offset ?? 0;
    const ids =
      request.sort === 'relevance' && text
        ? this.byRelevance(matched, text, typos, offset + request.limit).slice(offset)
        : request.sort === 'newest'
          ? this.byNewest(matched, offset + request.limit).slice(offset)
          : this.byName(matched, request.after, offset, request.limit);
    // Counted before the facets reuse the scratch sets.
    const suggestion =
      text && total > 0 && countAnd(filtered, text.exact) === 0
        ? this.suggestion(
            request.sort === 'relevance' && offset === 0 ? ids[0] : undefined,
            matched,
            text,
            typos,
          )
        : undefined;
    let lastUpdated = 0;
    if (request.lastUpdated) {
      forEachBit(matched, (slot) => {
        if (this.updated[slot]! > lastUpdated) lastUpdated = this.updated[slot]!;
      });
    }
    return {
      ids: ids.map((slot) => this.ids[slot]!),
      total,
      facets: this.countFacets(request, conditions, matched, text, typos),
      lastUpdated,
      ...(suggestion ? { suggestion } : {}),
    };
  }

  /** Each facet's values among the matches, under every condition but the facet's own. */
  private countFacets(
    request: SearchRequest,
    conditions: { key: string; bits: Bitset }[],
    matched: Bitset,
    text: MatchText | undefined,
    typos: Map<number, number> | undefined,
  ): SearchResult['facets'] {
    const scratch = this.scratch;
    const facets: SearchResult['facets'] = {};
    for (const facet of request.facets ?? []) {
      const { field, where } = typeof facet === 'string' ? { field: facet, where: [] } : facet;
      // Without a condition of its own to leave out, a facet counts among the matches themselves.
      if (where.length === 0 && !conditions.some((c) => c.key === field)) {
        facets[field] = this.countValues(field, matched);
        continue;
      }
      const base = scratch.copy(this.alive);
      for (const c of conditions) if (c.key !== field) andInto(base, c.bits);
      for (const c of where) andInto(base, this.conditionBits(c));
      if (text) {
        const withText = scratch.copy(base);
        andInto(withText, text.anyWhere);
        if (typos) for (const slot of typos.keys()) if (hasBit(base, slot)) setBit(withText, slot);
        facets[field] = this.countValues(field, withText);
      } else facets[field] = this.countValues(field, base);
    }
    return facets;
  }

  /**
   * When nothing holds the typed words as typed: the words as the best match holds them, or its
   * name when it is a close spelling of the whole name.
   */
  private suggestion(
    first: number | undefined,
    matched: Bitset,
    text: MatchText,
    typos: Map<number, number> | undefined,
  ): string | undefined {
    const best = first ?? this.byRelevance(matched, text, typos, 1)[0];
    if (best === undefined) return undefined;
    return respelledFor(this.textSource(), text, best) ?? this.titles[best];
  }

  private textSource(): TextSource {
    return {
      nameWords: this.nameWords,
      bodyWords: this.bodyWords,
      scratch: this.scratch,
      words: wordsFor(this.ids.length),
      reusable: (key, make) => this.reusable(key, make),
    };
  }

  private countValues(field: string, base: Bitset): Map<string, number> {
    const counts = new Map<string, number>();
    const vocabulary = this.facetValues.get(field);
    if (!vocabulary) return counts;
    // Reading each match's values, unless the matches are so many that a pass over the index per
    // value costs less.
    if (countBits(base) < (vocabulary.size * base.length) / FACET_READ_RATIO) {
      const tally = new Int32Array(vocabulary.size);
      this.facetColumns.get(field)!.countInto(base, tally);
      tally.forEach((n, list) => {
        if (n > 0) counts.set(vocabulary.keyAt(list), n);
      });
      return counts;
    }
    for (const value of vocabulary.keys()) {
      const n = vocabulary.countIn(value, base);
      if (n > 0) counts.set(value, n);
    }
    return counts;
  }

  private conditionBits(c: Condition): Bitset {
    const key =
      'field' in c ? `f ${c.field} ${c.anyOf.join(' ')}` : `n ${c.number} ${c.min} ${c.max}`;
    return this.reusable(key, (bits) => this.fillCondition(c, bits));
  }

  /** The set kept under `key`, made by `make` (into a zeroed bitset) when missing. */
  private reusable(key: string, make: (bits: Bitset) => void): Bitset {
    let bits = this.reused.get(key);
    if (bits) {
      this.reused.delete(key);
    } else {
      bits = emptyBitset(this.ids.length);
      make(bits);
      if (this.reused.size >= REUSED_SETS) this.reused.delete(this.reused.keys().next().value!);
    }
    this.reused.set(key, bits);
    return bits;
  }

  private fillCondition(c: Condition, bits: Bitset): Bitset {
    if ('field' in c) {
      const vocabulary = this.facetValues.get(c.field);
      for (const value of c.anyOf) vocabulary?.orInto(value, bits);
      return bits;
    }
    const column = this.numbers.get(c.number);
    if (!column) return bits;
    const min = c.min ?? -Infinity;
    const max = c.max ?? Infinity;
    for (let slot = 0; slot < this.ids.length; slot++) {
      const v = column[slot]!;
      if (v >= min && v <= max) setBit(bits, slot);
    }
    return bits;
  }

  /** Close spellings of the shown name, when the words themselves found (almost) nothing. */
  private typoMatches(text: MatchText, filtered: Bitset): Map<number, number> | undefined {
    const named = this.scratch.copy(text.inName);
    andInto(named, filtered);
    if (countBits(named) >= TYPO_FALLBACK_BELOW) return undefined;
    const grams = [...trigramsOf(text.key)];
    const words = wordsFor(this.ids.length);
    const counter = new BitCounter(words, grams.length, this.scratch.empty);
    const holders = this.scratch.empty();
    for (const gram of grams) {
      holders.fill(0);
      if (this.titleGrams.orInto(gram, holders)) counter.add(holders);
    }
    const close = counter.atLeast(Math.ceil(grams.length * TYPO_THRESHOLD));
    andInto(close, filtered);
    const found = new Map<number, number>();
    forEachBit(close, (slot) => found.set(slot, counter.count(slot) / grams.length));
    return found;
  }

  /**
   * Best first: the shown name is what was typed; it begins with it; every word is in a name;
   * a close spelling of the name; then by how many of the words are in a name. Ties in name order.
   * Only names beginning with the words and close spellings are scored one by one; the others
   * fall in levels (how many of the words their names hold) taken in name order, so a common word
   * matching tens of thousands of records costs a walk to the page, not a score for each.
   */
  private byRelevance(
    matched: Bitset,
    text: MatchText,
    typos: Map<number, number> | undefined,
    wanted: number,
  ): number[] {
    this.ensureOrder();
    const terms = text.nameTerms.length;
    const scratch = this.scratch;
    const inNames = new BitCounter(wordsFor(this.ids.length), terms, scratch.empty);
    for (const bits of text.nameTerms) inNames.add(bits);
    // scored one by one: names beginning with what was typed, and close spellings
    const special = scratch.empty();
    const keys: number[] = [];
    const whole = scratch.empty();
    this.titleStarts.orPrefixInto(text.key.split(' ', 1)[0]!, whole);
    andInto(whole, text.inName);
    andInto(whole, matched);
    forEachBit(whole, (slot) => {
      const title = this.titles[slot]!;
      if (!title.startsWith(text.key) || typos?.has(slot)) return;
      setBit(special, slot);
      keys.push(relevanceKey((title === text.key ? 5 : 4) + 2, this.rank[slot]!));
    });
    for (const [slot, similarity] of typos ?? []) {
      setBit(special, slot);
      keys.push(relevanceKey((2 * inNames.count(slot)) / terms + 2 * similarity, this.rank[slot]!));
    }
    const specials = Float64Array.from(keys).sort();
    const out: number[] = [];
    let next = 0;
    const take = (key: number, slot: number) => {
      while (next < specials.length && specials[next]! < key && out.length < wanted) {
        out.push(this.order[specials[next++]! % RANK_SPAN]!);
      }
      if (out.length < wanted) out.push(slot);
    };
    let above = scratch.empty();
    for (let k = terms; k >= 0 && out.length < wanted; k--) {
      const atLeast = k > 0 ? inNames.atLeast(k) : scratch.copy(matched);
      const level = scratch.copy(atLeast);
      andInto(level, matched);
      andNotInto(level, above);
      andNotInto(level, special);
      if (text.typos) andInto(level, text.exact);
      const base = relevanceKey((2 * k) / terms, 0);
      for (const slot of this.inNameOrder(level, wanted - out.length)) {
        take(base + this.rank[slot]!, slot);
        if (out.length >= wanted) break;
      }
      above = atLeast;
    }
    while (next < specials.length && out.length < wanted) {
      out.push(this.order[specials[next++]! % RANK_SPAN]!);
    }
    this.withTypos(matched, text, special, wanted, out);
    return out;
  }

  /**
   * After every exact match, those that need typos (Meilisearch's order): fewer typos first, then
   * more of the words in a name, then name order.
   */
  private withTypos(
    matched: Bitset,
    text: MatchText,
    special: Bitset,
    wanted: number,
    out: number[],
  ) {
    const typos = text.typos;
    if (!typos || out.length >= wanted) return;
    const scratch = this.scratch;
    const rest = scratch.copy(matched);
    andNotInto(rest, text.exact);
    andNotInto(rest, special);
    const inNames = new BitCounter(wordsFor(this.ids.length), text.terms.length, scratch.empty);
    for (const bits of text.closeNameTerms) inNames.add(bits);
    for (let n = 1; n <= text.maxTypos && out.length < wanted; n++) {
      const level = scratch.copy(rest);
      if (n < text.maxTypos) andNotInto(level, typos.atLeast(n + 1));
      andNotInto(rest, level);
      if (countBits(level) === 0) continue;
      let above = scratch.empty();
      for (let k = text.terms.length; k >= 0 && out.length < wanted; k--) {
        const atLeast = k > 0 ? inNames.atLeast(k) : scratch.copy(level);
        const inLevel = scratch.copy(atLeast);
        andInto(inLevel, level);
        andNotInto(inLevel, above);
        out.push(...this.inNameOrder(inLevel, wanted - out.length));
        above = atLeast;
      }
    }
  }

  /** Up to `limit` slots of the set in name order: sorted when few, else by walking the order. */
  private inNameOrder(set: Bitset, limit: number): number[] {
    const count = countBits(set);
    if (count <= 2_000) {
      const slots: number[] = [];
      forEachBit(set, (slot) => slots.push(slot));
      return slots.sort((a, b) => this.rank[a]! - this.rank[b]!).slice(0, limit);
    }
    const slots: number[] = [];
    for (let i = 0; i < this.orderLength && slots.length < limit; i++) {
      if (hasBit(set, this.order[i]!)) slots.push(this.order[i]!);
    }
    return slots;
  }

  private byNewest(matched: Bitset, wanted: number): number[] {
    this.ensureOrder();
    const slots: number[] = [];
    forEachBit(matched, (slot) => slots.push(slot));
    slots.sort((a, b) => this.created[b]! - this.created[a]! || this.rank[a]! - this.rank[b]!);
    return slots.slice(0, wanted);
  }

  private byName(
    matched: Bitset,
    after: SearchRequest['after'],
    offset: number,
    limit: number,
  ): number[] {
    this.ensureOrder();
    let i = after ? this.positionAfter(after) : 0;
    const slots: number[] = [];
    let skipped = 0;
    for (; i < this.orderLength && slots.length < limit; i++) {
      const slot = this.order[i]!;
      if (!hasBit(matched, slot)) continue;
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
  private ensureOrder() {
    if (this.unordered.length === 0) return;
    if (this.unordered.length > 1000 || this.unordered.length * 20 > this.orderLength) {
      const slots: number[] = [];
      forEachBit(this.alive, (slot) => slots.push(slot));
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
    if (this.rank.length < this.ids.length) this.rank = new Int32Array(this.ids.length * 2);
    for (let i = 0; i < this.orderLength; i++) this.rank[this.order[i]!] = i;
  }

  private numberColumn(name: string): Float64Array {
    let column = this.numbers.get(name);
    if (!column) {
      column = new Float64Array(this.created.length).fill(Number.NaN);
      this.numbers.set(name, column);
    }
    return column;
  }

  private ensureCapacity(slots: number) {
    if (slots <= this.created.length) return;
    const capacity = Math.max(1024, this.created.length * 2, slots);
    const alive = emptyBitset(capacity);
    orInto(alive, this.alive);
    this.alive = alive;
    this.created = extend(this.created, capacity, 0);
    this.updated = extend(this.updated, capacity, 0);
    this.revisions = extend(this.revisions, capacity, Number.NaN);
    for (const [name, column] of this.numbers) {
      this.numbers.set(name, extend(column, capacity, Number.NaN));
    }
  }
}

function extend(array: Float64Array, length: number, fill: number): Float64Array {
  const bigger = new Float64Array(length).fill(fill);
  bigger.set(array);
  return bigger;
}
