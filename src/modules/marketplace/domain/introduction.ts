// Brokered introductions: a party asks to meet an offer's or a need's owner, the centre's broker
// (or the owner, when the listing allows it) introduces them, the parties report how far they
// got, and the record ends in a deal or in no deal with its reason — no I/O.

export const INTRODUCTION_STAGES = [
  'requested',
  'introduced',
  'talking',
  'negotiating',
  'deal',
  'no_deal',
] as const;
export type IntroductionStage = (typeof INTRODUCTION_STAGES)[number];

export const OPEN_STAGES: readonly IntroductionStage[] = [
  'requested',
  'introduced',
  'talking',
  'negotiating',
];
/** Stages in which both sides know each other: the thread and the listing's documents are theirs. */
export const INTRODUCED_STAGES: readonly IntroductionStage[] = [
  'introduced',
  'talking',
  'negotiating',
  'deal',
];

export const INTRODUCTION_STEPS = ['introduce', 'talk', 'negotiate', 'close'] as const;
export type IntroductionStep = (typeof INTRODUCTION_STEPS)[number];

const NEXT: Record<IntroductionStep, Partial<Record<IntroductionStage, IntroductionStage>>> = {
  introduce: { requested: 'introduced' },
  talk: { introduced: 'talking' },
  negotiate: { introduced: 'negotiating', talking: 'negotiating' },
  close: {
    requested: 'no_deal',
    introduced: 'no_deal',
    talking: 'no_deal',
    negotiating: 'no_deal',
  },
};

export const stageAfter = (
  stage: IntroductionStage,
  step: IntroductionStep,
): IntroductionStage | undefined => NEXT[step][stage];

/** Who is acting on an introduction: a broker, the listing's owner, the requester, or nobody. */
export type IntroductionRole = 'broker' | 'owner' | 'requester';

/**
 * Who may take a step: brokers any; the owner introduces only when the listing allows direct
 * introductions and declines a request at the start; after the introduction both sides report
 * the stage they reached.
 */
export function mayTakeStep(
  roles: readonly IntroductionRole[],
  step: IntroductionStep,
  stage: IntroductionStage,
  allowsDirect: boolean,
): boolean {
  if (roles.includes('broker')) return true;
  const isOwner = roles.includes('owner');
  if (step === 'introduce') return isOwner && allowsDirect;
  if (stage === 'requested') return step === 'close' && isOwner && allowsDirect;
  return roles.length > 0;
}

/** A deal is recorded on an introduction the parties are talking in. */
export const canRecordDealAt = (stage: IntroductionStage) =>
  stage === 'introduced' || stage === 'talking' || stage === 'negotiating';

export const NO_DEAL_REASONS = [
  'too_early',
  'benefit_unclear',
  'route_unclear',
  'price',
  'other',
] as const;
export type NoDealReason = (typeof NO_DEAL_REASONS)[number];

/** Days after the introduction on which both sides are asked how far they got. */
export const NUDGE_DAYS = [30, 90, 180] as const;
