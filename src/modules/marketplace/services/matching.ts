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
import { canBroker, canManageListings } from '../permissions';
import { needTiers } from './confidential-access';
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
}

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

function ranked<T>(
  rows: T[],
  hits: TextHits,
  idOf: (row: T) => string,
  factsOf: (row: T) => PairFacts,
  limit = SUGGESTIONS,
): { row: T; score: number; reasons: Reason[] }[] {
  const best = Math.max(0, ...hits.score.values());
  return rows
    .map((row) => {
      const id = idOf(row);
      const words = best > 0 ? (hits.score.get(id) ?? 0) / best : 0;
      return { row, words, ...scorePair(factsOf(row), words, hits.matched.get(id) ?? []) };
    })
    .filter((s) => s.words >= WORDS_WITHOUT_SECTOR || s.reasons.some((r) => r.kind === 'sectors'))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

async function withOwnerNames<T extends { ownerOrgId: string }>(
  db: Db,
  list: { row: T; score: number; reasons: Reason[] }[],
): Promise<Suggestion<T>[]> {
  const owners = await organizationFactsByIds(db, [...new Set(list.map((s) => s.row.ownerOrgId))]);
  return list.map(({ row, score, reasons }) => ({
    listing: row,
    ownerName: owners.get(row.ownerOrgId)?.name ?? '',
    score,
    reasons,
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

/** `limit`: how many suggestions (the page shows SUGGESTIONS; the quality benchmark reads 20). */
export async function suggestOffersForNeed(
  deps: Deps,
  actor: Actor,
  needId: string,
  limit = SUGGESTIONS,
) {
  const db = deps.database.db;
  const need = isUuid(needId) ? await findNeedById(db, needId) : undefined;
  const owner = need && (await ownerById(db, need.ownerOrgId));
  if (!need || !owner || need.status !== 'open' || !(await mayMatch(db, actor, owner)))
    throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const index = await offerIndex(db);
  const where = [listedAt(now)];
  const hits = textHits(index, needText(need), where);
  const ids = candidates(index, hits, where, need.sectors);
  const offers = (await findOffersByIds(db, ids)).filter(
    (o) => isListed(o, now) && o.ownerOrgId !== need.ownerOrgId,
  );
  const list = ranked(
    offers,
    hits,
    (o) => o.id,
    (o) => pairFacts(need, o, 'need'),
    limit,
  );
  return { need, owner, suggestions: await withOwnerNames(db, list) };
}

export async function suggestNeedsForOffer(deps: Deps, actor: Actor, offerId: string) {
  const db = deps.database.db;
  const offer = isUuid(offerId) ? await findOfferById(db, offerId) : undefined;
  const owner = offer && (await ownerById(db, offer.ownerOrgId));
  if (!offer || !owner || !(await mayMatch(db, actor, owner))) throw new AppError('NOT_FOUND');
  const index = await needIndex(db);
  const hits = textHits(index, offerText(offer), []);
  const ids = candidates(index, hits, [], offer.sectors);
  const needs = (await findNeedsByIds(db, ids)).filter(
    (n) => n.status === 'open' && n.ownerOrgId !== offer.ownerOrgId,
  );
  const list = ranked(
    needs,
    hits,
    (n) => n.id,
    (n) => pairFacts(n, offer, 'offer'),
  );
  return { offer, owner, suggestions: await withOwnerNames(db, list) };
}
