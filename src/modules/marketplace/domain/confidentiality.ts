// Confidential tiers of a listing — no I/O. Each field the owner may restrict is read by
// everyone (public), by a signed-in viewer who accepted the click-through non-disclosure
// agreement for this listing (nda), or only by the parties of an introduction (parties); the
// listing's documents are always for the parties only. As in the directory's per-field
// visibility, a field absent from the map is public.

export const TIERS = ['public', 'nda', 'parties'] as const;
export type Tier = (typeof TIERS)[number];
export type FieldTiers = Partial<Record<string, Tier>>;

export const LISTING_KINDS = ['offer', 'need'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

/**
 * The agreement's version: changing its text (the catalog's `marketplace.nda.text`) means a new
 * version here, and every viewer is asked again.
 */
export const NDA_VERSION = '2026-12';

/** The offer's fields an owner may restrict; title, summary, sectors, TRL and forms stay public. */
export const OFFER_RESTRICTABLE = [
  'problem',
  'advantages',
  'applications',
  'ipNumber',
  'coOwners',
  'priceVnd',
  'inventors',
  'contactEmail',
] as const;

/** The need's details; its title, teaser, sectors and timeline are its public teaser. */
export const NEED_RESTRICTABLE = ['problem', 'currentSolution', 'constraints', 'budget'] as const;

export const isTier = (v: string): v is Tier => (TIERS as readonly string[]).includes(v);

const RANK: Record<Tier, number> = { public: 0, nda: 1, parties: 2 };

/** Whether a viewer at `reached` may read a field of tier `field`. */
export const reaches = (reached: Tier, field: Tier) => RANK[reached] >= RANK[field];

/** The fields of `fields` a viewer at `reached` may not read. */
export function hiddenFields(
  fields: readonly string[],
  tiers: FieldTiers,
  reached: Tier,
): Set<string> {
  return new Set(fields.filter((f) => !reaches(reached, tiers[f] ?? 'public')));
}
