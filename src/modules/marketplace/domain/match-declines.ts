// Declined suggestions, without I/O. Whoever declines a suggestion says why, and the reason tells
// which other suggestions it speaks against: "too early" against offers no readier than the
// declined one, "price" against offers priced as high or higher (needs budgeted as low or lower),
// "benefit unclear" against those sharing its main words or its sectors, "route unclear" against
// those offering no other form of transfer. Such a suggestion is lowered by the reason's factor —
// the strongest one only, so several declines never bury a good match — and says why.
import { termsOf, type PairFacts } from './matching';

export const DECLINE_REASONS = ['too_early', 'benefit_unclear', 'route_unclear', 'price'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** The listing whose suggestions were declined: a need (of offers) or an offer (of needs). */
export const DECLINE_SIDES = ['need', 'offer'] as const;
export type DeclineSide = (typeof DECLINE_SIDES)[number];

export const DECLINE_COMMENT_MAX = 500;

/** A suggested counterpart as a decline compares it: only what the decliner may see of it. */
export interface CounterpartFacts {
  /** An offer's readiness; null for a need. */
  trl: number | null;
  /** An offer's public price, or a need's public budget ceiling. */
  money: bigint | null;
  sectors: readonly string[];
  forms: readonly string[];
  /** Search keys of the two-syllable words of its title. */
  mainWords: readonly string[];
}

export interface Declined {
  reason: DeclineReason;
  facts: CounterpartFacts;
}

/** How much a similar suggestion keeps of its score. */
const KEPT: Record<DeclineReason, number> = {
  too_early: 0.6,
  price: 0.7,
  route_unclear: 0.85,
  benefit_unclear: 0.85,
};

export const mainWordsOf = (title: string) =>
  termsOf(title)
    .filter((t) => t.weight === 2)
    .map((t) => t.key);

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length > 0 && a.length === b.length && a.every((x) => b.includes(x));

function isSimilar(side: DeclineSide, declined: Declined, c: CounterpartFacts): boolean {
  const d = declined.facts;
  switch (declined.reason) {
    case 'too_early':
      return d.trl !== null && c.trl !== null && c.trl <= d.trl;
    case 'price':
      if (d.money === null || c.money === null) return false;
      return side === 'need' ? c.money >= d.money : c.money <= d.money;
    case 'benefit_unclear':
      return c.mainWords.some((w) => d.mainWords.includes(w)) || sameSet(c.sectors, d.sectors);
    case 'route_unclear':
      return c.forms.length > 0 && c.forms.every((f) => d.forms.includes(f));
  }
}

/** The share of its score a suggestion keeps, and the reason of the decline that lowered it. */
export function demotionOf(
  side: DeclineSide,
  declines: readonly Declined[],
  candidate: CounterpartFacts,
): { kept: number; because?: DeclineReason } {
  let strongest: { kept: number; because?: DeclineReason } = { kept: 1 };
  for (const d of declines)
    if (KEPT[d.reason] < strongest.kept && isSimilar(side, d, candidate))
      strongest = { kept: KEPT[d.reason], because: d.reason };
  return strongest;
}

/** An offer suggested for a need, as that need's people see it. */
export const offerAsCounterpart = (f: PairFacts, title: string): CounterpartFacts => ({
  trl: f.trl,
  money: f.priceVnd,
  sectors: f.offerSectors,
  forms: f.offeredForms,
  mainWords: mainWordsOf(title),
});

/** A need suggested for an offer, as that offer's people see it. */
export const needAsCounterpart = (f: PairFacts, title: string): CounterpartFacts => ({
  trl: null,
  money: f.budgetMaxVnd,
  sectors: f.needSectors,
  forms: f.wantedForms,
  mainWords: mainWordsOf(title),
});
