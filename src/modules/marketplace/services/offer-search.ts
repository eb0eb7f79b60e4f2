// The public list of offers: title, summary, problem, advantages, applications and IP number,
// diacritics and typos forgiven (the platform's index), filtered by sector, readiness range,
// form of transfer and owner kind; expired listings are left out by their expiry.
import type { Db } from '../../../platform/db/client';
import type { Condition } from '../../../platform/search';
import { TableIndex } from '../../../platform/search/table-index';
import { searchKey, sortKey } from '../../../platform/text/vietnamese';
import {
  findOffersByIds,
  offersStamp,
  publishedOffers,
  type OfferRow,
} from '../db/offers.repository';

const index = new TableIndex({
  stamp: offersStamp,
  documents: async (db) =>
    (await publishedOffers(db)).map((o) => ({
      id: o.id,
      names: searchKey(`${o.title} ${o.ipNumber}`),
      title: searchKey(o.title),
      body: searchKey(`${o.summary} ${o.problem} ${o.advantages} ${o.applications}`),
      sortKey: sortKey(o.title),
      createdAt: (o.publishedAt ?? o.createdAt).getTime(),
      updatedAt: o.updatedAt.getTime(),
      facets: { sector: o.sectors, transfer: o.transferForms, ownerKind: [o.ownerKind] },
      numbers: { trl: o.trl, expires: o.expiresAt?.getTime() ?? null },
    })),
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
  const where: Condition[] = [{ key: 'listed', number: 'expires', min: now.getTime() + 1 }];
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
  const rows = new Map((await findOffersByIds(db, found.ids)).map((r) => [r.id, r]));
  return {
    rows: found.ids.map((id) => rows.get(id)).filter((r): r is OfferRow => r !== undefined),
    total: found.total,
    page: query.page,
    suggestion: found.suggestion,
  };
}
