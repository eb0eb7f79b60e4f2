// A challenge published from an approved problem: several tracks may come from one problem.
// Statuses, rewards and the agreement a solver accepts. No I/O.

export const CHALLENGE_STATUSES = ['open', 'closed', 'solved', 'cancelled'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

export const REWARD_KINDS = ['prize', 'pilot', 'contract', 'support'] as const;
export type RewardKind = (typeof REWARD_KINDS)[number];

export interface Reward {
  kind: RewardKind;
  description: string;
  /** Whole đồng as text (bigint in JSON); absent when the reward has no amount. */
  amountVnd: string | null;
}

export const DOCUMENT_KINDS = ['document', 'dataset'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A document or dataset the owner publishes with the challenge (a link to where it is kept). */
export interface ChallengeDocument {
  kind: DocumentKind;
  title: string;
  url: string;
}

/** Addresses under /challenges that are pages of their own, never a challenge's slug. */
export const RESERVED_SLUGS = [
  'problems',
  'new',
  'pilots',
  'labs',
  'showcase',
  'owners',
  'sectors',
] as const;

/** The public archive: challenges whose solver is known. */
export const isArchived = (status: string) => status === 'solved';

/** Solvers may ask, accept the agreement and propose while the challenge is open and its window runs. */
export const isOpenAt = (c: { status: string; opensAt: Date; closesAt: Date }, now: Date) =>
  c.status === 'open' &&
  c.opensAt.getTime() <= now.getTime() &&
  now.getTime() < c.closesAt.getTime();
