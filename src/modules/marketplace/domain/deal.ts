// Deals as facts: which deals the Law on Technology Transfer 2017 (art. 31) requires to be
// registered, by when, and with whom — no I/O.

/** domestic; inbound: from abroad into Vietnam; outbound: from Vietnam abroad. */
export const DEAL_DIRECTIONS = ['domestic', 'inbound', 'outbound'] as const;
export type DealDirection = (typeof DEAL_DIRECTIONS)[number];

/** Days after signing within which a contract that must be registered is filed (art. 31). */
export const REGISTRATION_DAYS = 90;
/** Days before the deadline on which both sides are reminded. */
export const REGISTRATION_REMINDER_DAYS = 30;

/** Cross-border transfers always; a domestic one when it uses state capital or budget. */
export const requiresRegistration = (d: { direction: string; usesStateCapital: boolean }) =>
  d.direction !== 'domestic' || d.usesStateCapital;

/** yyyy-mm-dd plus whole days, on the calendar (no time zone involved). */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export const registrationDueOn = (d: {
  direction: string;
  usesStateCapital: boolean;
  signedOn: string;
}): string | null => (requiresRegistration(d) ? addDays(d.signedOn, REGISTRATION_DAYS) : null);

/**
 * Who files: the recipient of a transfer into Vietnam, the supplier of one abroad, either side of
 * a domestic one (the recipient by default); and where — the Ministry of Science and Technology
 * for cross-border transfers, the province's Department of Science and Technology otherwise
 * (Decree 76/2018/NĐ-CP, art. 5).
 */
export const applicantSide = (direction: string): 'supplier' | 'recipient' =>
  direction === 'outbound' ? 'supplier' : 'recipient';

export const isFiledWithMinistry = (direction: string) => direction !== 'domestic';

/** The sides of a deal as the listing's: an offer's owner supplies, a need's owner receives. */
export const ownerSideOf = (listingKind: 'offer' | 'need'): 'supplier' | 'recipient' =>
  listingKind === 'offer' ? 'supplier' : 'recipient';
