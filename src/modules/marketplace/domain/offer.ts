// Technology offers: what a listing is made of and the steps of its publication — no I/O.
// Readiness follows the 9-level scale (domain notes §3.4); IP kinds the Law on IP's objects
// (§3.5) plus know-how, which is not an IP title but is what many offers transfer.

export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export const IP_KINDS = [
  'sang_che',
  'giai_phap_huu_ich',
  'kieu_dang_cong_nghiep',
  'thiet_ke_bo_tri',
  'quyen_tac_gia',
  'giong_cay_trong',
  'bi_quyet_cong_nghe',
  'chua_bao_ho',
] as const;
export type IpKind = (typeof IP_KINDS)[number];

export const TRANSFER_FORMS = [
  'licence',
  'assignment',
  'joint_development',
  'consultancy',
  'equipment_sale',
] as const;
export type TransferForm = (typeof TRANSFER_FORMS)[number];

export const OFFER_STATUSES = ['draft', 'pending', 'published', 'returned', 'withdrawn'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const OFFER_STEPS = ['submit', 'approve', 'return', 'withdraw', 'renew'] as const;
export type OfferStep = (typeof OFFER_STEPS)[number];

/** Where each step leads from each status; absent: the step does not apply. */
const NEXT: Record<OfferStep, Partial<Record<OfferStatus, OfferStatus>>> = {
  submit: { draft: 'pending', returned: 'pending', withdrawn: 'pending' },
  approve: { pending: 'published' },
  return: { pending: 'returned' },
  withdraw: { pending: 'withdrawn', published: 'withdrawn' },
  renew: { published: 'published' },
};

export const offerStatusAfter = (status: OfferStatus, step: OfferStep): OfferStatus | undefined =>
  NEXT[step][status];

/** The owners whose own technology-transfer office publishes their offers. */
export const ACADEMIC_KINDS: readonly string[] = [
  'university',
  'research_institute',
  'tech_transfer_office',
];

/**
 * Who approves an offer: the owner's technology-transfer office (the managers of the account
 * that manages a university's or institute's profile) or, for every other owner and for an
 * academic profile nobody manages yet, the centre's staff.
 */
export const approverOf = (owner: { kind: string; managedBy: string | null }) =>
  ACADEMIC_KINDS.includes(owner.kind) && owner.managedBy ? 'owner_office' : 'centre';

/** A listing stays up this long after its approval or renewal. */
export const LISTING_MONTHS = 12;
/** The owner is reminded this many days before the listing comes down. */
export const REMINDER_DAYS = 30;

export function expiryAfter(from: Date): Date {
  const at = new Date(from);
  at.setUTCMonth(at.getUTCMonth() + LISTING_MONTHS);
  return at;
}

export interface CoOwner {
  name: string;
  /** Percent of the rights, 1–100. */
  share: number;
}

export interface Inventor {
  personId: string;
  slug: string;
  name: string;
}

/** Shown to the public: published and not yet expired. */
export const isListed = (offer: { status: string; expiresAt: Date | null }, now: Date): boolean =>
  offer.status === 'published' && !!offer.expiresAt && offer.expiresAt > now;
