// A saved search of the offers and its daily alert, without I/O: the filters kept, one spelling of
// them (the same search saved twice is one), its default name, and when the digest leaves.

/** What the search page filters by; absent means "any". */
export interface OfferSearchFilters {
  q?: string;
  sector?: string;
  transfer?: string;
  ownerKind?: string;
  trlMin?: number;
  trlMax?: number;
}

const KEYS = ['q', 'sector', 'transfer', 'ownerKind', 'trlMin', 'trlMax'] as const;

/** The filters that narrow the search, without empty values, in one order. */
export function keptFilters(filters: OfferSearchFilters): OfferSearchFilters {
  const kept: Record<string, string | number> = {};
  for (const key of KEYS) {
    const value = key === 'q' ? filters.q?.normalize('NFC').trim() : filters[key];
    if (value !== undefined && value !== '') kept[key] = value;
  }
  return kept as OfferSearchFilters;
}

/** Lower-cased and spaces collapsed: "Máy sấy" and "máy  sấy" are one saved search. */
export const filtersKey = (filters: OfferSearchFilters) => {
  const kept = keptFilters(filters);
  if (kept.q) kept.q = kept.q.toLowerCase().replace(/\s+/g, ' ');
  return JSON.stringify(kept);
};

export const SEARCH_NAME_MAX = 120;

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
