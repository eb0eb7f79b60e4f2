// The public list of offers: title, summary, and those of problem, advantages, applications and
// IP number that are public, diacritics and typos forgiven (the platform's index), filtered by
// sector, readiness range, form of transfer and owner kind; expired listings are left out by
// their expiry. The index follows the offers' recorded changes (decision 024): a search costs one
// probe of the change table, not a read of the offers.
import type { Db } from '../../../platform/db/client';
import type { Condition } from '../../../platform/search';
import { FollowedIndex } from '../../../platform/search/followed-index';
import { searchKey, sortKey } from '../../../platform/text/vietnamese';
import {
  findOffersByIds,
  OFFER_CHANGES,
  publishedOffers,
  type OfferRow,
} from '../db/offers.repository';

/** An offer's texts anyone may read: a confidential field is never found by its words. */
export function publicTexts(o: OfferRow) {
  const open = (field: 'problem' | 'advantages' | 'applications' | 'ipNumber') =>
    (o.visibility[field] ?? 'public') === 'public' ? o[field] : '';
  return {
    names: `${o.title} ${open('ipNumber')}`,
    body: `${o.summary} ${open('problem')} ${open('advantages')} ${open('applications')}`,
  };
}

const index = new FollowedIndex({
  changes: OFFER_CHANGES,
  documents: async (db, ids) =>
    (await publishedOffers(db, ids)).map((o) => ({
      id: o.id,
      names: searchKey(publicTexts(o).names),
      title: searchKey(o.title),
      body: searchKey(publicTexts(o).body),
      sortKey: sortKey(o.title),
      createdAt: (o.publishedAt ?? o.createdAt).getTime(),
      updatedAt: o.updatedAt.getTime(),
      revision: o.version,
      facets: { sector: o.sectors, transfer: o.transferForms, ownerKind: [o.ownerKind] },
      numbers: { trl: o.trl, expires: o.expiresAt?.getTime() ?? null },
    })),
});

/** The index of published offers, and the condition keeping those still listed. */
export const offerIndex = (db: Db) => index.of(db);
export const listedAt = (now: Date): Condition => ({
  key: 'listed',
  number: 'expires',
  min: now.getTime() + 1,
});

export interface OfferQuery {
  q?: string;
  sector?: string;
  transfer?: string;
  ownerKind?: string;
  trlMin?: number;
  trlMax?: number;
  page: number;
}

export const OFFER_PAGE_SIZE = 20;

export async function searchOffers(db: Db, now: Date, query: OfferQuery) {
  const where: Condition[] = [listedAt(now)];
  if (query.sector) where.push({ key: 'sector', field: 'sector', anyOf: [query.sector] });
  if (query.transfer) where.push({ key: 'transfer', field: 'transfer', anyOf: [query.transfer] });
  if (query.ownerKind)
    where.push({ key: 'ownerKind', field: 'ownerKind', anyOf: [query.ownerKind] });
  if (query.trlMin || query.trlMax)
    where.push({ key: 'trl', number: 'trl', min: query.trlMin, max: query.trlMax });
  const text = query.q ? searchKey(query.q) : '';
  const found = (await index.of(db)).search({
    text,
    where,
    sort: text ? 'relevance' : 'newest',
    offset: (query.page - 1) * OFFER_PAGE_SIZE,
    limit: OFFER_PAGE_SIZE,
  });
  return {
    rows: await index.rowsInOrder(db, found.ids, findOffersByIds),
    total: found.total,
    page: query.page,
    suggestion: found.suggestion,
  };
}
