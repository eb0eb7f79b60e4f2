// Brokered introductions: a party asks to meet an offer's or a need's owner, the centre's broker
// introduces them, and the record follows them to a deal or to no deal — no I/O.

export const INTRODUCTION_STAGES = [
  'requested',
  'introduced',
  'negotiating',
  'deal',
  'no_deal',
] as const;
export type IntroductionStage = (typeof INTRODUCTION_STAGES)[number];

export const OPEN_STAGES: readonly IntroductionStage[] = ['requested', 'introduced', 'negotiating'];

export const INTRODUCTION_STEPS = ['introduce', 'negotiate', 'close'] as const;
export type IntroductionStep = (typeof INTRODUCTION_STEPS)[number];

const NEXT: Record<IntroductionStep, Partial<Record<IntroductionStage, IntroductionStage>>> = {
  introduce: { requested: 'introduced' },
  negotiate: { introduced: 'negotiating' },
  close: { requested: 'no_deal', introduced: 'no_deal', negotiating: 'no_deal' },
};

export const stageAfter = (
  stage: IntroductionStage,
  step: IntroductionStep,
): IntroductionStage | undefined => NEXT[step][stage];

/** A deal is recorded on an introduction the parties are talking in. */
export const canRecordDealAt = (stage: IntroductionStage) =>
  stage === 'introduced' || stage === 'negotiating';

export const NO_DEAL_REASONS = [
  'too_early',
  'benefit_unclear',
  'route_unclear',
  'price',
  'other',
] as const;
export type NoDealReason = (typeof NO_DEAL_REASONS)[number];
