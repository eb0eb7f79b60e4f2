// The exchange's funnel — listings, views, NDA acceptances, introductions asked for and made,
// confirmed deals and their value, the days from listing to introduction and to deal, and the
// conversion at each step — from per-listing events, grouped by sector or by supplier — no I/O.

export const FUNNEL_DIMENSIONS = ['sector', 'supplier'] as const;
export type FunnelDimension = (typeof FUNNEL_DIMENSIONS)[number];

export interface FunnelListing {
  kind: 'offer' | 'need';
  id: string;
  ownerOrgId: string;
  sectors: readonly string[];
  /** When it went public: an offer's publication, a need's creation. */
  listedAt: Date | null;
}

/** One thing that happened to a listing within the period. */
export type FunnelEvent =
  | { listing: string; what: 'views' | 'ndas' | 'requested'; count: number }
  | { listing: string; what: 'introduced'; at: Date }
  | { listing: string; what: 'deal'; signedOn: string; valueVnd: bigint };

export interface FunnelRow {
  listed: number;
  views: number;
  ndas: number;
  requested: number;
  introduced: number;
  deals: number;
  valueVnd: bigint;
  /** Average whole days from listing to introduction, and to the deal's signature. */
  daysToIntroduction: number | null;
  daysToDeal: number | null;
}

const DAY_MS = 86_400_000;
const emptyRow = (): FunnelRow & { introDays: number[]; dealDays: number[] } => ({
  listed: 0,
  views: 0,
  ndas: 0,
  requested: 0,
  introduced: 0,
  deals: 0,
  valueVnd: 0n,
  daysToIntroduction: null,
  daysToDeal: null,
  introDays: [],
  dealDays: [],
});
type Tally = ReturnType<typeof emptyRow>;

const average = (days: number[]) =>
  days.length === 0 ? null : Math.round(days.reduce((a, b) => a + b, 0) / days.length);

const listingKey = (l: Pick<FunnelListing, 'kind' | 'id'>) => `${l.kind}:${l.id}`;
export { listingKey as funnelListingKey };

/** The groups a listing counts in: each of its sectors, or its supplier (needs: "needs"). */
export function groupsOf(listing: FunnelListing, by: FunnelDimension | 'all'): string[] {
  if (by === 'all') return ['all'];
  if (by === 'sector') return listing.sectors.length > 0 ? [...listing.sectors] : ['none'];
  return [listing.kind === 'offer' ? listing.ownerOrgId : 'needs'];
}

function add(tally: Tally, event: FunnelEvent, listedAt: Date | null) {
  if (event.what === 'introduced') {
    tally.introduced += 1;
    if (listedAt) tally.introDays.push((event.at.getTime() - listedAt.getTime()) / DAY_MS);
  } else if (event.what === 'deal') {
    tally.deals += 1;
    tally.valueVnd += event.valueVnd;
    const signed = Date.parse(`${event.signedOn}T00:00:00+07:00`);
    if (listedAt) tally.dealDays.push((signed - listedAt.getTime()) / DAY_MS);
  } else tally[event.what] += event.count;
}

/** The funnel of the period, one row per group, with the totals. */
export function tallyFunnel(
  listings: readonly FunnelListing[],
  events: readonly FunnelEvent[],
  period: { from: Date; to: Date },
  by: FunnelDimension | 'all',
): Map<string, FunnelRow> {
  const byKey = new Map(listings.map((l) => [listingKey(l), l]));
  const tallies = new Map<string, Tally>();
  const tallyOf = (group: string) => {
    if (!tallies.has(group)) tallies.set(group, emptyRow());
    return tallies.get(group)!;
  };
  for (const l of listings)
    if (l.listedAt && l.listedAt >= period.from && l.listedAt < period.to)
      for (const g of groupsOf(l, by)) tallyOf(g).listed += 1;
  for (const event of events) {
    const listing = byKey.get(event.listing);
    if (!listing) continue;
    for (const g of groupsOf(listing, by)) add(tallyOf(g), event, listing.listedAt);
  }
  const rows = new Map<string, FunnelRow>();
  for (const [group, { introDays, dealDays, ...row }] of tallies)
    rows.set(group, {
      ...row,
      daysToIntroduction: average(introDays),
      daysToDeal: average(dealDays),
    });
  return rows;
}

/** Conversion at each step, in percent (null when the step before had nothing). */
export function conversions(row: FunnelRow) {
  const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);
  return {
    viewToNda: rate(row.ndas, row.views),
    viewToRequest: rate(row.requested, row.views),
    requestToIntroduction: rate(row.introduced, row.requested),
    introductionToDeal: rate(row.deals, row.introduced),
  };
}
