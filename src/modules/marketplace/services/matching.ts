// Suggestions: for a need, the listed offers that fit it; for an offer, the open needs it could
// answer — ranked, each with its reasons. Shown to the listing owner's people and the centre's
// staff only (NOT_FOUND for anyone else). Words are found by the platform's index (diacritics
// and typos forgiven) among what the counterparts show the public; the listing's own text is
// read whole, since those who see the suggestions may read all of it.
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { organizationFactsByIds } from '../../directory';
import type { Condition, TextIndex } from '../../../platform/search';
import { findNeedById, findNeedsByIds, type NeedRow } from '../db/needs.repository';
import { findOfferById, findOffersByIds, type OfferRow } from '../db/offers.repository';
import { isListed } from '../domain/offer';
import { rarity, scorePair, termsOf, type PairFacts, type Reason } from '../domain/matching';
import {
  needAsCounterpart,
  offerAsCounterpart,
  type CounterpartFacts,
  type DeclineReason,
} from '../domain/match-declines';
import { canBroker, canManageListings } from '../permissions';
import { needTiers } from './confidential-access';
import { declinedNeeds, declinedOffers, type Declines } from './declined-suggestions';
import { needIndex } from './need-index';
import { listedAt, offerIndex } from './offer-search';
import { actsFor, ownerById, type Owner } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

/** Listings each term may bring in; a term held by more says little anyway. */
const PER_TERM = 200;
/** Candidates scored in full: the best by their words, and those sharing a sector. */
const SCORED = 60;
export const SUGGESTIONS = 10;
/**
 * A pair sharing no sector must share a fair part of the best words: a syllable or two met by a
 * forgiven typo is no reason to suggest anything.
 */
const WORDS_WITHOUT_SECTOR = 0.25;

export interface Suggestion<T> {
  listing: T;
  ownerName: string;
  score: number;
  reasons: Reason[];
  /** Lowered because a similar suggestion was declined for this reason. */
  lowered?: DeclineReason;
}

type Ranked<T> = Omit<Suggestion<T>, 'listing' | 'ownerName'> & { row: T };

interface TextHits {
  score: Map<string, number>;
  matched: Map<string, string[]>;
}

function textHits(index: TextIndex, text: string, where: Condition[]): TextHits {
  const listings = index.search({ where, sort: 'newest', limit: 0 }).total;
  const hits: TextHits = { score: new Map(), matched: new Map() };
  for (const term of termsOf(text)) {
    const found = index.search({ text: term.key, where, sort: 'newest', limit: PER_TERM });
    if (found.total === 0) continue;
    const weight = term.weight * rarity(listings, found.total);
    for (const id of found.ids) {
      hits.score.set(id, (hits.score.get(id) ?? 0) + weight);
      const words = hits.matched.get(id) ?? [];
      if (!words.some((w) => w.includes(term.shown))) words.push(term.shown);
      hits.matched.set(id, words);
    }
  }
  return hits;
}

/** The ids worth scoring: the best by words, then those sharing a sector. */
function candidates(index: TextIndex, hits: TextHits, where: Condition[], sectors: string[]) {
  const byWords = [...hits.score.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, SCORED)
    .map(([id]) => id);
  const bySector = index.search({
    where: [...where, { key: 'sector', field: 'sector', anyOf: sectors }],
    sort: 'newest',
    limit: SCORED,
  }).ids;
  return [...new Set([...byWords, ...bySector])];
}

async function mayMatch(db: Db, actor: Actor, owner: Owner) {
  return canManageListings(actor) || canBroker(actor) || (await actsFor(db, actor, owner));
}

interface Ranking<T> {
  hits: TextHits;
  factsOf: (row: T) => PairFacts;
  /** The row as a decline compares it. */
  counterpartOf: (row: T) => CounterpartFacts;
  declines: Declines<T>;
  limit: number;
}

/** Declined rows left out; those like a declined one lowered, saying so. */
function ranked<T extends { id: string }>(rows: T[], r: Ranking<T>): Ranked<T>[] {
  const best = Math.max(0, ...r.hits.score.values());
  return rows
    .filter((row) => !r.declines.ids.has(row.id))
    .map((row) => {
      const words = best > 0 ? (r.hits.score.get(row.id) ?? 0) / best : 0;
      const scored = scorePair(r.factsOf(row), words, r.hits.matched.get(row.id) ?? []);
      const demotion = r.declines.demote(r.counterpartOf(row));
      return {
        row,
        words,
        score: scored.score * demotion.kept,
        reasons: scored.reasons,
        lowered: demotion.because,
      };
    })
    .filter((s) => s.words >= WORDS_WITHOUT_SECTOR || s.reasons.some((r) => r.kind === 'sectors'))
    .sort((a, b) => b.score - a.score)
    .slice(0, r.limit);
}

async function withOwnerNames<T extends { ownerOrgId: string }>(
  db: Db,
  list: Ranked<T>[],
): Promise<Suggestion<T>[]> {
  const owners = await organizationFactsByIds(db, [...new Set(list.map((s) => s.row.ownerOrgId))]);
  return list.map(({ row, score, reasons, lowered }) => ({
    listing: row,
    ownerName: owners.get(row.ownerOrgId)?.name ?? '',
    score,
    reasons,
    ...(lowered ? { lowered } : {}),
  }));
}

const needText = (n: NeedRow) =>
  `${n.title}. ${n.teaser}. ${n.problem}. ${n.currentSolution}. ${n.constraints}`;
const offerText = (o: OfferRow) =>
  `${o.title}. ${o.summary}. ${o.problem}. ${o.advantages}. ${o.applications}`;

/**
 * The counterpart's held-back budget or price is never compared: "within budget" would hint at
 * it. The viewer's own side is read whole.
 */
const pairFacts = (need: NeedRow, offer: OfferRow, viewer: 'need' | 'offer'): PairFacts => ({
  needSectors: need.sectors,
  offerSectors: offer.sectors,
  trl: offer.trl,
  wantedForms: need.transferForms,
  offeredForms: offer.transferForms,
  budgetMaxVnd: viewer === 'need' || needTiers(need).budget === 'public' ? need.budgetMaxVnd : null,
  priceVnd:
    viewer === 'offer' || (offer.visibility.priceVnd ?? 'public') === 'public'
      ? offer.priceVnd
      : null,
  needProvince: need.ownerProvince,
  offerProvince: offer.ownerProvince,
});

/** A need and its owner, when the actor may see its suggestions (NOT_FOUND otherwise). */
export async function needForMatching(db: Db, actor: Actor, needId: string) {
  const need = isUuid(needId) ? await findNeedById(db, needId) : undefined;
  const owner = need && (await ownerById(db, need.ownerOrgId));
  if (!need || !owner || need.status !== 'open' || !(await mayMatch(db, actor, owner)))
    throw new AppError('NOT_FOUND');
  return { need, owner };
}

/** An offer and its owner, when the actor may see its suggestions (NOT_FOUND otherwise). */
export async function offerForMatching(db: Db, actor: Actor, offerId: string) {
  const offer = isUuid(offerId) ? await findOfferById(db, offerId) : undefined;
  const owner = offer && (await ownerById(db, offer.ownerOrgId));
  if (!offer || !owner || !(await mayMatch(db, actor, owner))) throw new AppError('NOT_FOUND');
  return { offer, owner };
}

/** `limit`: how many suggestions (the page shows SUGGESTIONS; the quality benchmark reads 20). */
export async function suggestOffersForNeed(
  deps: Deps,
  actor: Actor,
  needId: string,
  limit = SUGGESTIONS,
) {
  const db = deps.database.db;
  const { need, owner } = await needForMatching(db, actor, needId);
  const now = deps.clock();
  const factsOf = (o: OfferRow) => pairFacts(need, o, 'need');
  const counterpartOf = (o: OfferRow) => offerAsCounterpart(factsOf(o), o.title);
  const [index, declines] = await Promise.all([
    offerIndex(db),
    declinedOffers(db, need, counterpartOf),
  ]);
  const where = [listedAt(now)];
  const hits = textHits(index, needText(need), where);
  const ids = candidates(index, hits, where, need.sectors);
  const offers = (await findOffersByIds(db, ids)).filter(
    (o) => isListed(o, now) && o.ownerOrgId !== need.ownerOrgId,
  );
  const list = ranked(offers, { hits, factsOf, counterpartOf, declines, limit });
  return {
    need,
    owner,
    suggestions: await withOwnerNames(db, list),
    declined: declines.list,
  };
}

export async function suggestNeedsForOffer(deps: Deps, actor: Actor, offerId: string) {
  const db = deps.database.db;
  const { offer, owner } = await offerForMatching(db, actor, offerId);
  const factsOf = (n: NeedRow) => pairFacts(n, offer, 'offer');
  const counterpartOf = (n: NeedRow) => needAsCounterpart(factsOf(n), n.title);
  const [index, declines] = await Promise.all([
    needIndex(db),
    declinedNeeds(db, offer, counterpartOf),
  ]);
  const hits = textHits(index, offerText(offer), []);
  const ids = candidates(index, hits, [], offer.sectors);
  const needs = (await findNeedsByIds(db, ids)).filter(
    (n) => n.status === 'open' && n.ownerOrgId !== offer.ownerOrgId,
  );
  const list = ranked(needs, { hits, factsOf, counterpartOf, declines, limit: SUGGESTIONS });
  return {
    offer,
    owner,
    suggestions: await withOwnerNames(db, list),
    declined: declines.list,
  };
}
