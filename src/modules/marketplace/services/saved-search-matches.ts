// What a saved search's daily mail lists: the listings matching it that appeared since it was
// saved and were never mailed for it, newest first, each as the public sees it (title, owner,
// readiness for an offer, sectors, its address) in the member's language. An offers' search asks
// the offers' index as the search page does; a needs' search, the open needs of its sector.
import type { Db } from '../../../platform/db/client';
import type { Translate } from '../../../platform/i18n';
import type { Condition, TextIndex } from '../../../platform/search';
import { searchKey } from '../../../platform/text/vietnamese';
import { organizationFactsByIds } from '../../directory';
import { findOffersByIds, type OfferRow } from '../db/offers.repository';
import { newNeedsFor, sentListingIds, type SavedSearchRow } from '../db/saved-searches.repository';
import { MAIL_LISTINGS, type OfferSearchFilters } from '../domain/saved-search';
import { sectorLabel } from '../ui/labels';
import { needPath, offerPath } from '../ui/paths';
import { listedAt } from './offer-search';

/** A listing the mail carries: its id (recorded as sent) and its lines. */
export interface DigestItem {
  id: string;
  text: string;
}

const PAGE = 100;

/** The search page's conditions for these filters. */
function conditionsOf(f: OfferSearchFilters, now: Date): Condition[] {
  const where: Condition[] = [listedAt(now)];
  if (f.sector) where.push({ key: 'sector', field: 'sector', anyOf: [f.sector] });
  if (f.transfer) where.push({ key: 'transfer', field: 'transfer', anyOf: [f.transfer] });
  if (f.ownerKind) where.push({ key: 'ownerKind', field: 'ownerKind', anyOf: [f.ownerKind] });
  if (f.trlMin || f.trlMax) where.push({ key: 'trl', number: 'trl', min: f.trlMin, max: f.trlMax });
  return where;
}

async function newOffers(db: Db, index: TextIndex, search: SavedSearchRow, now: Date) {
  const request = {
    text: search.filters.q ? searchKey(search.filters.q) : '',
    where: conditionsOf(search.filters, now),
    sort: 'newest' as const,
    limit: PAGE,
  };
  const sent = await sentListingIds(db, search.id);
  const found: OfferRow[] = [];
  for (let offset = 0; found.length < MAIL_LISTINGS; offset += PAGE) {
    const ids = index.search({ ...request, offset }).ids;
    const rows = new Map((await findOffersByIds(db, ids)).map((r) => [r.id, r]));
    for (const id of ids) {
      const row = rows.get(id);
      if (!row?.publishedAt || row.publishedAt < search.createdAt) return found;
      if (!sent.has(id) && found.length < MAIL_LISTINGS) found.push(row);
    }
    if (ids.length < PAGE) break;
  }
  return found;
}

const ownerNames = async (db: Db, rows: readonly { ownerOrgId: string }[]) =>
  organizationFactsByIds(
    db,
    rows.map((r) => r.ownerOrgId),
  );

const sectorsOf = (t: Translate, sectors: readonly string[]) =>
  sectors.map((s) => sectorLabel(t, s)).join(', ');

export async function newOfferItems(
  db: Db,
  input: { index: TextIndex; search: SavedSearchRow; now: Date; t: Translate; origin: string },
): Promise<DigestItem[]> {
  const offers = await newOffers(db, input.index, input.search, input.now);
  const owners = await ownerNames(db, offers);
  return offers.map((o) => ({
    id: o.id,
    text: `- ${o.title}\n  ${owners.get(o.ownerOrgId)?.name ?? ''} · TRL ${o.trl} · ${sectorsOf(input.t, o.sectors)}\n  ${input.origin}${offerPath(o.id)}`,
  }));
}

export async function newNeedItems(
  db: Db,
  input: { search: SavedSearchRow; t: Translate; origin: string },
): Promise<DigestItem[]> {
  const { search } = input;
  const needs = await newNeedsFor(
    db,
    { id: search.id, createdAt: search.createdAt, sector: search.filters.sector },
    MAIL_LISTINGS,
  );
  const owners = await ownerNames(db, needs);
  return needs.map((n) => ({
    id: n.id,
    text: `- ${n.title}\n  ${owners.get(n.ownerOrgId)?.name ?? ''} · ${sectorsOf(input.t, n.sectors)}\n  ${input.origin}${needPath(n.id)}`,
  }));
}
