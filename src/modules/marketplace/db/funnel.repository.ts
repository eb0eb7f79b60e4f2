// The funnel's raw events in a period: per listing, its views, NDA acceptances, introductions
// asked for and made, and confirmed deals; and the listings they are about.
import { and, count, gte, isNotNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { vnDay } from '../../../platform/i18n/vn-time';
import type { FunnelEvent, FunnelListing } from '../domain/funnel';
import {
  marketplaceDeals as deals,
  marketplaceIntroductions as intros,
  marketplaceListingViews as views,
  marketplaceNdaAcceptances as ndas,
  marketplaceNeeds as needs,
  marketplaceOffers as offers,
} from './tables';

export interface FunnelPeriod {
  from: Date;
  to: Date;
  province?: string;
}

const within = (column: Parameters<typeof gte>[0], q: FunnelPeriod) =>
  and(gte(column, q.from), lt(column, q.to));

/** Offers that were ever listed and needs ever opened, in the province when one is asked. */
export async function funnelListings(db: Db, q: FunnelPeriod): Promise<FunnelListing[]> {
  const [o, n] = await Promise.all([
    db
      .select({
        id: offers.id,
        ownerOrgId: offers.ownerOrgId,
        sectors: offers.sectors,
        listedAt: offers.publishedAt,
      })
      .from(offers)
      .where(
        and(
          isNotNull(offers.publishedAt),
          q.province ? sql`${offers.ownerProvince} = ${q.province}` : undefined,
        ),
      ),
    db
      .select({
        id: needs.id,
        ownerOrgId: needs.ownerOrgId,
        sectors: needs.sectors,
        listedAt: needs.createdAt,
      })
      .from(needs)
      .where(
        and(
          ne(needs.status, 'draft'),
          q.province ? sql`${needs.ownerProvince} = ${q.province}` : undefined,
        ),
      ),
  ]);
  return [
    ...o.map((r) => ({ ...r, kind: 'offer' as const })),
    ...n.map((r) => ({ ...r, kind: 'need' as const })),
  ];
}

const listingOfIntro = sql<string>`case when ${intros.offerId} is not null
  then 'offer:' || ${intros.offerId} else 'need:' || ${intros.needId} end`;

async function countedBy(
  db: Db,
  table: typeof views | typeof ndas,
  at: Parameters<typeof gte>[0],
  q: FunnelPeriod,
  extra?: SQL,
) {
  return db
    .select({
      listing: sql<string>`${table.listingKind} || ':' || ${table.listingId}`,
      n: count(),
    })
    .from(table)
    .where(and(within(at, q), extra))
    .groupBy(table.listingKind, table.listingId);
}

export async function funnelEvents(db: Db, q: FunnelPeriod): Promise<FunnelEvent[]> {
  const [viewed, accepted, requested, introduced, signed] = await Promise.all([
    countedBy(db, views, views.viewedAt, q, ne(views.what, 'document')),
    countedBy(db, ndas, ndas.acceptedAt, q),
    db
      .select({ listing: listingOfIntro, n: count() })
      .from(intros)
      .where(within(intros.requestedAt, q))
      .groupBy(intros.offerId, intros.needId),
    db
      .select({ listing: listingOfIntro, at: intros.introducedAt })
      .from(intros)
      .where(within(intros.introducedAt, q)),
    db
      .select({ listing: listingOfIntro, signedOn: deals.signedOn, valueVnd: deals.valueVnd })
      .from(deals)
      .innerJoin(intros, sql`${intros.id} = ${deals.introductionId}`)
      .where(
        and(
          gte(deals.signedOn, vnDay(q.from)),
          lt(deals.signedOn, vnDay(q.to)),
          isNotNull(deals.supplierConfirmedAt),
          isNotNull(deals.recipientConfirmedAt),
        ),
      ),
  ]);
  return [
    ...viewed.map((r) => ({ listing: r.listing, what: 'views' as const, count: r.n })),
    ...accepted.map((r) => ({ listing: r.listing, what: 'ndas' as const, count: r.n })),
    ...requested.map((r) => ({ listing: r.listing, what: 'requested' as const, count: r.n })),
    ...introduced.map((r) => ({ listing: r.listing, what: 'introduced' as const, at: r.at! })),
    ...signed.map((r) => ({ ...r, what: 'deal' as const })),
  ];
}
