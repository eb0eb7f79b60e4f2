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
import { typoBudget } from './typos';
import { countFacetValues, FacetColumn } from './facet-column';
import type { Condition, SearchDocument, SearchRequest, SearchResult } from './search-types';
import { NameOrder } from './name-order';
import { NewestOrder } from './newest-order';
import { Recent } from './recent';
import {
  beginsWithClose,
  matchText,
  respelledFor,
  splitByTypoCost,
  typoCostOf,
  type CloseWords,
  type MatchText,
  type TextSource,
} from './typed-text';
import { Vocabulary } from './vocabulary';

export type { Condition, SearchDocument, SearchRequest, SearchResult } from './search-types';

/** When no name holds every typed word, close spellings of the name are searched too. */
const TYPO_FALLBACK_BELOW = 1;
/** Sets kept for reuse: at 100,000 records, 12.5 KB each. */
const REUSED_SETS = 512;
/** Typed words whose close spellings are kept for reuse (a few words each). */
const REUSED_CLOSE_WORDS = 1_024;
/** Matches fewer than this are scored one by one rather than walked level by level. */
const SCORED_ONE_BY_ONE = 2_000;
/** Names checked one by one for beginning with what was typed, give or take typos. */
const CLOSE_TITLES_AT_MOST = 2_000;
/** Places in name order fit below this in a relevance key (2 million records). */
const RANK_SPAN = 2 ** 21;

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
  private names = new NameOrder(this.sortKeys, this.ids);
  private newest = new NewestOrder(() => this.created, this.names);
  private live = 0;
  /** The bitsets of the search under way. */
  private scratch = new BitsetArena();
  /**
   * Sets that searches ask for again and again (a filter, the records a typed word begins), kept
   * until the index next changes; read-only once made.
   */
  private reused = new Recent<Bitset>(REUSED_SETS);
  /** The close spellings of typed words, kept like the sets above. */
  private closeWords = new Recent<CloseWords>(REUSED_CLOSE_WORDS);

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
    this.names.add(slot);
    this.live++;
    this.reused.clear();
    this.newest.reset();
    this.closeWords.clear();
  }

  remove(id: string) {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    clearBit(this.alive, slot);
    this.live--;
    this.reused.clear();
    this.newest.reset();
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
    this.names.ensure(this.alive);
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
          : this.nameOrderPage(matched, request.after, offset, request.limit);
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
      closeKeys: (term, budget) => this.closeKeysOf(term, budget),
    };
  }

  private closeKeysOf(term: string, budget: number): CloseWords {
    return this.closeWords.get(`${budget} ${term}`, () => ({
      names: this.nameWords.closeKeys(term, budget),
      bodies: this.bodyWords.closeKeys(term, budget),
    }));
  }

  private countValues(field: string, base: Bitset): Map<string, number> {
    const vocabulary = this.facetValues.get(field);
    const column = this.facetColumns.get(field);
    return vocabulary && column ? countFacetValues(vocabulary, column, base) : new Map();
  }

  private conditionBits(c: Condition): Bitset {
    const key =
      'field' in c ? `f ${c.field} ${c.anyOf.join(' ')}` : `n ${c.number} ${c.min} ${c.max}`;
    return this.reusable(key, (bits) => this.fillCondition(c, bits));
  }

  /** The set kept under `key`, made by `make` (into a zeroed bitset) when missing. */
  private reusable(key: string, make: (bits: Bitset) => void): Bitset {
    return this.reused.get(key, () => {
      const bits = emptyBitset(this.ids.length);
      make(bits);
      return bits;
    });
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
    const named = this.scratch.copy(text.closeInName);
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
   * Best first: the shown name is what was typed; it begins with it; then by how much of what
   * was typed the names hold (two points a word as typed, one with typos), a close spelling of
   * the whole name merged by its score; within a level, the records holding every word as typed
   * (in a name or another text) first, then by typo cost. Ties in name order. Only names
   * beginning with the words and close spellings are scored one by one; the others fall in
   * levels taken in name order, so a common word matching tens of thousands of records costs a
   * walk to the page, not a score for each.
   */
  private byRelevance(
    matched: Bitset,
    text: MatchText,
    typos: Map<number, number> | undefined,
    wanted: number,
  ): number[] {
    this.names.ensure(this.alive);
    const terms = text.terms.length;
    const scratch = this.scratch;
    const words = wordsFor(this.ids.length);
    const special = scratch.empty();
    const specials = this.specialKeys(matched, text, typos, special);
    const nameScore = new BitCounter(words, 2 * terms, scratch.empty);
    text.nameTerms.forEach((bits, i) => {
      nameScore.add(bits);
      nameScore.add(text.closeNameTerms[i]!);
    });
    const rest = scratch.copy(matched);
    andNotInto(rest, special);
    const score = (points: number, cost: number) => points / terms - cost / 1e4;
    if (countBits(rest) <= SCORED_ONE_BY_ONE) {
      const keys = Array.from(specials);
      forEachBit(rest, (slot) => {
        const cost = text.maxTypos > 0 ? typoCostOf(text, slot) : 0;
        keys.push(relevanceKey(score(nameScore.count(slot), cost), this.names.place(slot)));
      });
      const best = Float64Array.from(keys).sort().subarray(0, wanted);
      return Array.from(best, (key) => this.names.slotAt(key % RANK_SPAN));
    }
    const byCost = splitByTypoCost(rest, text, this.textSource());
    const out: number[] = [];
    let next = 0;
    const walk = (set: Bitset, base: number) => {
      for (const slot of this.names.inOrder(set, wanted - out.length)) {
        const key = base + this.names.place(slot);
        while (next < specials.length && specials[next]! < key && out.length < wanted) {
          out.push(this.names.slotAt(specials[next++]! % RANK_SPAN));
        }
        if (out.length >= wanted) return;
        out.push(slot);
      }
    };
    let above = scratch.empty();
    for (let points = 2 * terms; points >= 0 && out.length < wanted; points--) {
      const atLeast = points > 0 ? nameScore.atLeast(points) : scratch.copy(matched);
      const level = scratch.copy(atLeast);
      andInto(level, rest);
      andNotInto(level, above);
      above = atLeast;
      if (countBits(level) === 0) continue;
      byCost.forEach((withCost, cost) => {
        if (out.length >= wanted) return;
        const part = scratch.copy(level);
        andInto(part, withCost);
        walk(part, relevanceKey(score(points, cost), 0));
      });
    }
    while (next < specials.length && out.length < wanted) {
      out.push(this.names.slotAt(specials[next++]! % RANK_SPAN));
    }
    return out;
  }

  /**
   * The relevance keys of the records scored one by one (marked in `special`): names beginning
   * with what was typed, and close spellings of the name.
   */
  private specialKeys(
    matched: Bitset,
    text: MatchText,
    typos: Map<number, number> | undefined,
    special: Bitset,
  ): Float64Array {
    const terms = text.terms.length;
    const keys: number[] = [];
    const whole = this.scratch.empty();
    this.titleStarts.orPrefixInto(text.key.split(' ', 1)[0]!, whole);
    andInto(whole, text.inName);
    andInto(whole, matched);
    forEachBit(whole, (slot) => {
      const title = this.titles[slot]!;
      if (!title.startsWith(text.key) || typos?.has(slot)) return;
      setBit(special, slot);
      keys.push(relevanceKey((title === text.key ? 5 : 4) + 2, this.names.place(slot)));
    });
    if (text.maxTypos > 0) this.closeTitleKeys(matched, text, typos, special, keys);
    for (const [slot, similarity] of typos ?? []) {
      setBit(special, slot);
      const inNames = text.nameTerms.filter((bits) => hasBit(bits, slot)).length;
      keys.push(relevanceKey((2 * inNames) / terms + 2 * similarity, this.names.place(slot)));
    }
    return Float64Array.from(keys).sort();
  }

  /**
   * Shown names that are, or begin with, what was typed give or take typos: after those spelt as
   * typed, before the levels. Looked for only among a few thousand names at most.
   */
  private closeTitleKeys(
    matched: Bitset,
    text: MatchText,
    typos: Map<number, number> | undefined,
    special: Bitset,
    keys: number[],
  ) {
    const closeWords = text.terms.map(
      (term) => new Set(this.closeKeysOf(term, typoBudget(term)).names.map((c) => c.key)),
    );
    const candidates = this.scratch.empty();
    this.titleStarts.orPrefixInto(text.terms[0]!, candidates);
    for (const word of closeWords[0]!) this.titleStarts.orInto(word, candidates);
    andInto(candidates, text.closeInName);
    andInto(candidates, matched);
    andNotInto(candidates, special);
    if (countBits(candidates) > CLOSE_TITLES_AT_MOST) return;
    forEachBit(candidates, (slot) => {
      if (typos?.has(slot)) return;
      const title = this.titles[slot]!.split(' ');
      if (!beginsWithClose(title, text.terms, closeWords)) return;
      setBit(special, slot);
      keys.push(
        relevanceKey(title.length === text.terms.length ? 5.5 : 5.2, this.names.place(slot)),
      );
    });
  }

  private nameOrderPage(
    matched: Bitset,
    after: SearchRequest['after'],
    offset: number,
    limit: number,
  ): number[] {
    this.names.ensure(this.alive);
    return this.names.page(matched, after, offset, limit);
  }

  private byNewest(matched: Bitset, wanted: number): number[] {
    this.names.ensure(this.alive);
    return this.newest.first(matched, this.alive, wanted);
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
