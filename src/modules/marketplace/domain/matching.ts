// Matching offers and needs — no I/O. A listing's text becomes the terms a counterpart is looked
// for by: Vietnamese words are mostly two syllables ("cà phê", "phân bón"), so each pair of
// neighbouring syllables is a term, worth twice a single syllable; function words are left out.
// A suggestion's score weighs the words shared (rarer words count more), the sectors shared and
// the fit of readiness, form of transfer, budget and province — each named in its reasons.
import { searchKey } from '../../../platform/text/vietnamese';

export interface Term {
  /** searchKey() of the term: what the index is asked. */
  key: string;
  /** As written in the listing, for the reasons shown. */
  shown: string;
  /** Two syllables weigh 2, one weighs 1. */
  weight: number;
}

/** Vietnamese function words and words every listing has, as search keys. */
const STOP = new Set(
  (
    'va cua cac cho co la duoc trong voi mot nhung de khong tu theo nay da nguoi khi ra vao ' +
    'nhu tai ve tren duoi hay hoac thi ma nen se dang rat nhieu it moi cung con can lam ' +
    'giai phap cong nghe he thong san pham viec su dung nham qua bang sau truoc ' +
    'doanh nghiep hop tac xa cong ty chung toi ban'
  ).split(' '),
);

const MAX_TERMS = 40;

/** The terms of a text, most telling first (pairs before single syllables), each once. */
export function termsOf(text: string): Term[] {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const kept = words.map((w) => {
    const key = searchKey(w);
    const isKept = key.length >= 2 && !STOP.has(key) && !/^\d+$/.test(key);
    return isKept ? { key, shown: w.toLowerCase() } : undefined;
  });
  const terms = new Map<string, Term>();
  kept.forEach((w, i) => {
    const next = kept[i + 1];
    if (w && next)
      terms.set(`${w.key} ${next.key}`, {
        key: `${w.key} ${next.key}`,
        shown: `${w.shown} ${next.shown}`,
        weight: 2,
      });
  });
  for (const w of kept)
    if (w && w.key.length >= 3 && !terms.has(w.key)) terms.set(w.key, { ...w, weight: 1 });
  return [...terms.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_TERMS);
}

/** How much finding a term says: less the more listings hold it (inverse document frequency). */
export const rarity = (listings: number, holding: number) =>
  Math.log(1 + listings / Math.max(1, holding));

export type Reason =
  | { kind: 'words'; words: string[] }
  | { kind: 'sectors'; sectors: string[] }
  | { kind: 'trl'; trl: number }
  | { kind: 'transfer'; forms: string[] }
  | { kind: 'budget' }
  | { kind: 'province' };

/** The facts of a pair compared beside their words. */
export interface PairFacts {
  needSectors: readonly string[];
  offerSectors: readonly string[];
  trl: number;
  /** The need's accepted forms (empty: any) and the offer's. */
  wantedForms: readonly string[];
  offeredForms: readonly string[];
  budgetMaxVnd: bigint | null;
  priceVnd: bigint | null;
  needProvince: string | null;
  offerProvince: string | null;
}

/** A level from which a technology is ready to adopt (prototype proven in its setting). */
export const ADOPTABLE_TRL = 6;

const WEIGHTS = {
  words: 0.6,
  sectors: 0.2,
  trl: 0.08,
  transfer: 0.06,
  budget: 0.03,
  province: 0.03,
};

/**
 * The score (0–1) of a pair and why: `words` is the share of the best text match this pair
 * reaches (0–1), `matched` the terms found.
 */
export function scorePair(
  facts: PairFacts,
  words: number,
  matched: readonly string[],
): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  let score = WEIGHTS.words * words;
  if (matched.length) reasons.push({ kind: 'words', words: matched.slice(0, 6) });
  const sectors = facts.needSectors.filter((s) => facts.offerSectors.includes(s));
  if (sectors.length) {
    score += WEIGHTS.sectors * Math.min(1, sectors.length / facts.needSectors.length);
    reasons.push({ kind: 'sectors', sectors });
  }
  if (facts.trl >= ADOPTABLE_TRL) {
    score += WEIGHTS.trl;
    reasons.push({ kind: 'trl', trl: ADOPTABLE_TRL });
  } else score += (WEIGHTS.trl * facts.trl) / ADOPTABLE_TRL / 2;
  const forms = facts.wantedForms.filter((f) => facts.offeredForms.includes(f));
  if (forms.length) {
    score += WEIGHTS.transfer;
    reasons.push({ kind: 'transfer', forms });
  }
  if (
    facts.priceVnd !== null &&
    facts.budgetMaxVnd !== null &&
    facts.priceVnd <= facts.budgetMaxVnd
  ) {
    score += WEIGHTS.budget;
    reasons.push({ kind: 'budget' });
  }
  if (facts.needProvince && facts.needProvince === facts.offerProvince) {
    score += WEIGHTS.province;
    reasons.push({ kind: 'province' });
  }
  return { score, reasons };
}
