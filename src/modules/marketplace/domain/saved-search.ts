// A saved search of the offers or the needs and its daily alert, without I/O: the filters kept, one
// spelling of them (the same search saved twice is one), and when the digest leaves.

/** The lists a member may save a search of. */
export const SAVED_SEARCH_KINDS = ['offer', 'need'] as const;
export type SavedSearchKind = (typeof SAVED_SEARCH_KINDS)[number];

/** What the offers' search page filters by; absent means "any". */
export interface OfferSearchFilters {
  q?: string;
  sector?: string;
  transfer?: string;
  ownerKind?: string;
  trlMin?: number;
  trlMax?: number;
}

/** What the needs' list filters by. */
export type NeedSearchFilters = Pick<OfferSearchFilters, 'sector'>;

/** A saved search's filters: an offers' search's, or a needs' search's (a subset). */
export type SavedSearchFilters = OfferSearchFilters;

/** Each list's filters, in the order they are kept. */
export const FILTER_KEYS = {
  offer: ['q', 'sector', 'transfer', 'ownerKind', 'trlMin', 'trlMax'],
  need: ['sector'],
} as const satisfies Record<SavedSearchKind, readonly (keyof OfferSearchFilters)[]>;

/** The filters that narrow the search, without empty values, in one order. */
export function keptFilters(
  filters: SavedSearchFilters,
  kind: SavedSearchKind = 'offer',
): SavedSearchFilters {
  const kept: Record<string, string | number> = {};
  for (const key of FILTER_KEYS[kind]) {
    const value = key === 'q' ? filters.q?.normalize('NFC').trim() : filters[key];
    if (value !== undefined && value !== '') kept[key] = value;
  }
  return kept as OfferSearchFilters;
}

/** Lower-cased and spaces collapsed: "Máy sấy" and "máy  sấy" are one saved search. */
export const filtersKey = (filters: SavedSearchFilters, kind: SavedSearchKind = 'offer') => {
  const kept = keptFilters(filters, kind);
  if (kept.q) kept.q = kept.q.toLowerCase().replace(/\s+/g, ' ');
  return JSON.stringify(kept);
};

export const SEARCH_NAME_MAX = 120;

/** Listings one mail lists; the rest wait for the next day's. */
export const MAIL_LISTINGS = 20;

const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;
/** The digest leaves every day at 07:00, Vietnam time. */
const SEND_HOUR = 7;

/** The Vietnam day `at` falls in, yyyy-mm-dd. */
export const vnDayOf = (at: Date) =>
  new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);

/** When the digest of a Vietnam day leaves. */
export const digestTimeOf = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS + SEND_HOUR * 3600_000);

/** The first digest time after `at`. */
export function nextDigestTime(at: Date): Date {
  const today = digestTimeOf(vnDayOf(at));
  return today > at ? today : new Date(today.getTime() + DAY_MS);
}
