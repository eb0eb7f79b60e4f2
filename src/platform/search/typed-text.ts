// What was typed, as sets of records: each word matches the words it begins, in a name or in the
// other texts, and — when long enough (typos.ts) — the words that begin with a spelling of it a
// typo or two away, as Meilisearch and Typesense do. A record holding every word as typed is an
// exact match; one that needs typos has a cost (typos.ts: typoCost) that ranks it after the exact
// matches of its level.
import {
  andInto,
  andNotInto,
  BitCounter,
  countBits,
  hasBit,
  orInto,
  type Bitset,
  type BitsetArena,
} from './bitset';
import { typoBudget } from './typos';
import type { CloseKey, Vocabulary } from './vocabulary';

/** What of the index the typed text is matched against. */
export interface TextSource {
  nameWords: Vocabulary;
  bodyWords: Vocabulary;
  scratch: BitsetArena;
  /** Words of a bitset of the whole index. */
  words: number;
  /** The set kept under `key` until the index changes, made by `make` when missing. */
  reusable(key: string, make: (bits: Bitset) => void): Bitset;
  /** The close spellings of a term in the names and the other texts, kept like the sets. */
  closeKeys(term: string, budget: number): CloseWords;
}

export interface CloseWords {
  names: CloseKey[];
  bodies: CloseKey[];
}

export interface MatchText {
  key: string;
  terms: string[];
  /** Per word: the records holding it as typed in a name. */
  nameTerms: Bitset[];
  /** Per word: the records holding it in a name, as typed or with typos. */
  closeNameTerms: Bitset[];
  /** Every word as typed in a name. */
  inName: Bitset;
  /** Every word in a name, as typed or with typos. */
  closeInName: Bitset;
  /** Every word as typed somewhere (each in a name or in the other texts). */
  exact: Bitset;
  /** Every word somewhere, as typed or with typos. */
  anyWhere: Bitset;
  /** Per word that may hold typos: where it is held as typed, and where at each cost. */
  costs: WordCosts[];
  /** The highest typo cost a record may have (0: no word may hold a typo). */
  maxTypos: number;
}

interface WordCosts {
  exact: Bitset;
  /** Index = cost (typoCost): the records holding it at that cost and no cheaper. */
  byCost: Bitset[];
}

/** A record's typo cost: for each word it does not hold as typed, its cheapest spelling's. */
export function typoCostOf(text: MatchText, slot: number): number {
  let sum = 0;
  for (const { exact, byCost } of text.costs) {
    if (hasBit(exact, slot)) continue;
    sum += byCost.findIndex((bits) => bits !== undefined && hasBit(bits, slot));
  }
  return sum;
}

/** A large set split by typo cost (index = cost; 0: every word as typed); only costs present. */
export function splitByTypoCost(set: Bitset, text: MatchText, source: TextSource): Bitset[] {
  if (text.maxTypos === 0) return [set];
  const { scratch } = source;
  // bit-sliced counters of every record's cost
  const typos = new BitCounter(source.words, text.maxTypos, scratch.empty);
  for (const { byCost } of text.costs) {
    byCost.forEach((bits, cost) => {
      for (let c = 0; c < cost; c++) typos.add(bits);
    });
  }
  const rest = scratch.copy(set);
  const byCost: Bitset[] = [];
  for (let cost = 0; cost <= text.maxTypos && countBits(rest) > 0; cost++) {
    const level = scratch.copy(rest);
    if (cost < text.maxTypos) andNotInto(level, typos.atLeast(cost + 1));
    andNotInto(rest, level);
    if (countBits(level) > 0) byCost[cost] = level;
  }
  return byCost;
}

/** Words read of what was typed: a full legal name runs to ten or so. */
const MAX_TERMS = 12;

export function matchText(source: TextSource, key: string): MatchText {
  const terms = key.split(' ').filter(Boolean).slice(0, MAX_TERMS);
  const { scratch } = source;
  const maxTypos = terms.reduce((sum, t) => sum + maxCost(typoBudget(t)), 0);
  const text: MatchText = {
    key: terms.join(' '),
    terms,
    nameTerms: [],
    closeNameTerms: [],
    inName: scratch.empty(),
    closeInName: scratch.empty(),
    exact: scratch.empty(),
    anyWhere: scratch.empty(),
    costs: [],
    maxTypos,
  };
  terms.forEach((term, i) => {
    const exact = exactBits(source, term);
    const anyWhere = scratch.copy(exact.anyWhere);
    const inName = scratch.copy(exact.inName);
    const budget = typoBudget(term);
    if (budget > 0) {
      const close = closeBits(source, term, budget);
      orInto(inName, close.inName);
      // a word costs only where the record does not hold it as typed, at its cheapest spelling
      close.byCost.forEach((bits) => {
        andNotInto(bits, anyWhere);
        orInto(anyWhere, bits);
      });
      text.costs.push({ exact: exact.anyWhere, byCost: close.byCost });
    }
    text.nameTerms.push(exact.inName);
    text.closeNameTerms.push(inName);
    combine(text.inName, exact.inName, i);
    combine(text.closeInName, inName, i);
    combine(text.exact, exact.anyWhere, i);
    combine(text.anyWhere, anyWhere, i);
  });
  return text;
}

/** The first set is copied, the next ones intersected. */
function combine(target: Bitset, bits: Bitset, i: number) {
  if (i === 0) target.set(bits.length > target.length ? bits.subarray(0, target.length) : bits);
  else andInto(target, bits);
}

/** The records holding a word that begins with the term: in a name, anywhere. */
export function exactBits(source: TextSource, term: string) {
  const inName = source.reusable(`w ${term}`, (bits) => source.nameWords.orPrefixInto(term, bits));
  const anyWhere = source.reusable(`a ${term}`, (bits) => {
    bits.set(inName);
    source.bodyWords.orPrefixInto(term, bits);
  });
  return { inName, anyWhere };
}

/** A word's highest typo cost (typoCost): its typos, a beginning only, the first letter. */
const maxCost = (budget: number) => (budget > 0 ? budget + 2 : 0);

/**
 * The records holding a word that begins with a misspelling of the term: by the cost of the
 * spelling (a sparse array, index = cost), and those holding one in a name.
 */
function closeBits(source: TextSource, term: string, budget: number) {
  const { names, bodies } = source.closeKeys(term, budget);
  const byCost: Bitset[] = [];
  const inName = source.scratch.empty();
  const level = (cost: number) => (byCost[cost] ??= source.scratch.empty());
  for (const c of names) {
    source.nameWords.orInto(c.key, level(c.cost));
    source.nameWords.orInto(c.key, inName);
  }
  for (const c of bodies) source.bodyWords.orInto(c.key, level(c.cost));
  return { byCost, inName };
}

/**
 * The typed words as one record holds them: each word it holds as typed is kept, each it holds
 * with typos becomes the closest word it holds. Undefined when it does not hold every word (a
 * close spelling of its whole name).
 */
export function respelledFor(
  source: TextSource,
  text: MatchText,
  slot: number,
): string | undefined {
  const words: string[] = [];
  for (const term of text.terms) {
    if (hasBit(exactBits(source, term).anyWhere, slot)) {
      words.push(term);
      continue;
    }
    const budget = typoBudget(term);
    const held = [
      ...source.nameWords
        .closeKeys(term, budget)
        .filter((c) => source.nameWords.holds(c.key, slot)),
      ...source.bodyWords
        .closeKeys(term, budget)
        .filter((c) => source.bodyWords.holds(c.key, slot)),
    ].sort((a, b) => a.cost - b.cost);
    if (!held[0]) return undefined;
    words.push(held[0].key);
  }
  return words.join(' ');
}

/** Whether the words of a name begin with the typed words, each as typed or a close word. */
export function beginsWithClose(
  title: readonly string[],
  terms: readonly string[],
  closeWords: readonly ReadonlySet<string>[],
): boolean {
  if (title.length < terms.length) return false;
  return terms.every((term, i) => title[i]!.startsWith(term) || closeWords[i]!.has(title[i]!));
}
