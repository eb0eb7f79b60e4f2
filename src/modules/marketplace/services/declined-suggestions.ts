// A listing's declined suggestions with their counterparts: left out of its suggestions, compared
// with the others to lower the similar ones, and listed on the page to be undone.
import type { Db } from '../../../platform/db/client';
import { declinesOfListing, type DeclineRow } from '../db/match-declines.repository';
import { findNeedsByIds, type NeedRow } from '../db/needs.repository';
import { findOffersByIds, type OfferRow } from '../db/offers.repository';
import {
  demotionOf,
  type CounterpartFacts,
  type DeclineReason,
  type Declined,
  type DeclineSide,
} from '../domain/match-declines';

export interface DeclinedSuggestion<T> {
  decline: DeclineRow;
  counterpart: T;
}

export interface Declines<T> {
  side: DeclineSide;
  list: DeclinedSuggestion<T>[];
  ids: Set<string>;
  /** What a suggestion keeps of its score, and the decline's reason when it was lowered. */
  demote: (facts: CounterpartFacts) => { kept: number; because?: DeclineReason };
}

function declinesWith<T extends { id: string }>(
  side: DeclineSide,
  rows: DeclineRow[],
  counterparts: T[],
  factsOf: (row: T) => CounterpartFacts,
): Declines<T> {
  const byId = new Map(counterparts.map((c) => [c.id, c]));
  const list = rows.flatMap((decline) => {
    const counterpart = byId.get(side === 'need' ? decline.offerId : decline.needId);
    return counterpart ? [{ decline, counterpart }] : [];
  });
  const declined: Declined[] = list.map((d) => ({
    reason: d.decline.reason as DeclineReason,
    facts: factsOf(d.counterpart),
  }));
  return {
    side,
    list,
    ids: new Set(list.map((d) => d.counterpart.id)),
    demote: (facts) => demotionOf(side, declined, facts),
  };
}

/** The offers declined for a need; `factsOf` as the need's people see an offer. */
export async function declinedOffers(
  db: Db,
  need: NeedRow,
  factsOf: (offer: OfferRow) => CounterpartFacts,
): Promise<Declines<OfferRow>> {
  const rows = await declinesOfListing(db, 'need', need.id);
  const offers = rows.length
    ? await findOffersByIds(
        db,
        rows.map((r) => r.offerId),
      )
    : [];
  return declinesWith('need', rows, offers, factsOf);
}

/** The needs declined for an offer; `factsOf` as the offer's people see a need. */
export async function declinedNeeds(
  db: Db,
  offer: OfferRow,
  factsOf: (need: NeedRow) => CounterpartFacts,
): Promise<Declines<NeedRow>> {
  const rows = await declinesOfListing(db, 'offer', offer.id);
  const needs = rows.length
    ? await findNeedsByIds(
        db,
        rows.map((r) => r.needId),
      )
    : [];
  return declinesWith('offer', rows, needs, factsOf);
}
