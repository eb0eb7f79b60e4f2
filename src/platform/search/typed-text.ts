// What was typed, as sets of records: each word matches the words it begins, in a name or in the
// other texts, and — when long enough (typos.ts) — the words that begin with a spelling of it a
// typo or two away, as Meilisearch and Typesense do. A record holding every word as typed is an
// exact match; one that needs a typo for some word follows every exact match, fewer typos first.
import {
  andInto,
  andNotInto,
  BitCounter,
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
  /** Every word as typed somewhere (each in a name or in the other texts). */
  exact: Bitset;
  /** Every word somewhere, as typed or with typos. */
  anyWhere: Bitset;
  /** Typos per record (a word two typos away counts twice); absent when no word may hold one. */
  typos?: BitCounter;
  maxTypos: number;
}

const MAX_TERMS = 8;

export function matchText(source: TextSource, key: string): MatchText {
  const terms = key.split(' ').filter(Boolean).slice(0, MAX_TERMS);
  const { scratch } = source;
  const maxTypos = terms.reduce((sum, t) => sum + typoBudget(t), 0);
  const typos = maxTypos > 0 ? new BitCounter(source.words, maxTypos, scratch.empty) : undefined;
  const text: MatchText = {
    key: terms.join(' '),
    terms,
    nameTerms: [],
    closeNameTerms: [],
    inName: scratch.empty(),
    exact: scratch.empty(),
    anyWhere: scratch.empty(),
    typos,
    maxTypos,
  };
  terms.forEach((term, i) => {
    const exact = exactBits(source, term);
    const anyWhere = scratch.copy(exact.anyWhere);
    const inName = scratch.copy(exact.inName);
    const budget = typoBudget(term);
    if (budget > 0 && typos) {
      const close = closeBits(source, term, budget);
      orInto(inName, close.inName);
      // a word's typos count only where the record does not hold the word as typed
      const one = scratch.copy(close.oneTypo);
      andNotInto(one, exact.anyWhere);
      typos.add(one);
      orInto(anyWhere, close.oneTypo);
      if (close.twoTypos) {
        const two = scratch.copy(close.twoTypos);
        andNotInto(two, exact.anyWhere);
        andNotInto(two, close.oneTypo);
        typos.add(two);
        typos.add(two);
        orInto(anyWhere, close.twoTypos);
      }
    }
    text.nameTerms.push(exact.inName);
    text.closeNameTerms.push(inName);
    combine(text.inName, exact.inName, i);
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

/** The records holding a word that begins with a misspelling of the term. */
function closeBits(source: TextSource, term: string, budget: number) {
  let names: CloseKey[] | undefined;
  let bodies: CloseKey[] | undefined;
  const closeNames = () => (names ??= source.nameWords.closeKeys(term, budget));
  const closeBodies = () => (bodies ??= source.bodyWords.closeKeys(term, budget));
  const withTypos = (typos: number) => (bits: Bitset) => {
    for (const c of closeNames()) if (c.typos === typos) source.nameWords.orInto(c.key, bits);
    for (const c of closeBodies()) if (c.typos === typos) source.bodyWords.orInto(c.key, bits);
  };
  const oneTypo = source.reusable(`t1 ${term}`, withTypos(1));
  const twoTypos = budget > 1 ? source.reusable(`t2 ${term}`, withTypos(2)) : undefined;
  const inName = source.reusable(`tn ${term}`, (bits) => {
    for (const c of closeNames()) source.nameWords.orInto(c.key, bits);
  });
  return { oneTypo, twoTypos, inName };
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
    ].sort((a, b) => a.typos - b.typos);
    if (!held[0]) return undefined;
    words.push(held[0].key);
  }
  return words.join(' ');
}
