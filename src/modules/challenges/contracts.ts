// Inputs of the challenges' commands, checked by the commands themselves.
import { z } from 'zod';
import { ZRequiredText, ZText } from '../../platform/input/text-fields';
import { SECTORS } from '../directory';
import { DOCUMENT_KINDS, REWARD_KINDS } from './domain/challenge';
import { MAX_CHECK_IN_WEEKS, MAX_PILOT_DAYS, PILOT_OUTCOMES } from './domain/pilot';
import { INDICATOR_UNITS, UNIT_RANGE } from './domain/problem';

/** Above any state budget line. */
export const MAX_VND = 1_000_000_000_000_000n;
const ZVnd = z.bigint().min(0n).max(MAX_VND).nullable().default(null);

export const ZSuccessIndicator = z
  .object({
    name: ZRequiredText(200),
    unit: z.enum(INDICATOR_UNITS),
    baseline: z.number().finite(),
    target: z.number().finite(),
  })
  .superRefine((i, ctx) => {
    const { min, max } = UNIT_RANGE[i.unit];
    for (const key of ['baseline', 'target'] as const) {
      if (i[key] < min || i[key] > max) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message:
            i.unit === 'percent' ? 'challenges.error.percentRange' : 'challenges.error.unitRange',
        });
      }
    }
    if (i.baseline === i.target)
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'challenges.error.targetIsBaseline',
      });
  });

/** What an owner writes; a draft may leave the guided parts empty, submission may not. */
export const ZProblemFields = z.object({
  title: ZRequiredText(200),
  sector: z.enum(SECTORS).nullable().default(null),
  whoSuffers: ZText(3000).default(''),
  currentProcess: ZText(3000).default(''),
  evidence: ZText(3000).default(''),
  constraints: ZText(3000).default(''),
  indicators: z.array(ZSuccessIndicator).max(10).default([]),
  budgetVnd: ZVnd,
  coFundingVnd: ZVnd,
  timeline: ZText(1000).default(''),
  pilotHost: ZText(500).default(''),
  isConfidential: z.boolean().default(false),
});
export type TProblemFields = z.output<typeof ZProblemFields>;
export type TProblemFieldsInput = z.input<typeof ZProblemFields>;

/** The guided questions a problem must answer before the centre scopes it. */
export const SUBMISSION_REQUIRED = [
  'whoSuffers',
  'currentProcess',
  'evidence',
  'timeline',
] as const;

export const ZReward = z.object({
  kind: z.enum(REWARD_KINDS),
  description: ZRequiredText(500),
  amountVnd: z
    .string()
    .regex(/^\d{1,16}$/)
    .nullable()
    .default(null),
});

export const ZChallengeDocument = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  title: ZRequiredText(200),
  url: z.url({ protocol: /^https?$/, message: 'challenges.error.url' }).max(1000),
});

export const ZChallengeFields = z
  .object({
    track: ZText(120).default(''),
    title: ZRequiredText(200),
    summary: ZRequiredText(2000),
    eligibility: ZText(3000).default(''),
    rewards: z.array(ZReward).min(1, { message: 'challenges.error.rewardRequired' }).max(10),
    documents: z.array(ZChallengeDocument).max(20).default([]),
    agreementText: ZRequiredText(10000),
    opensAt: z.date(),
    closesAt: z.date(),
  })
  .refine((c) => c.opensAt.getTime() < c.closesAt.getTime(), {
    path: ['closesAt'],
    message: 'challenges.error.closesBeforeOpens',
  });
export type TChallengeFields = z.output<typeof ZChallengeFields>;
export type TChallengeFieldsInput = z.input<typeof ZChallengeFields>;

export const ZQuestion = z.object({
  question: ZRequiredText(2000),
  isAskedPublicly: z.boolean().default(false),
  requestToken: z.string().regex(/^[\w-]{8,64}$/),
});

export const ZAnswer = ZRequiredText(5000);
export const ZComment = ZRequiredText(5000);

export const ZLivingLabFields = z.object({
  name: ZRequiredText(200),
  hostOrganizationId: z.uuid().nullable().default(null),
  address: ZText(500).default(''),
  sector: z.enum(SECTORS).nullable().default(null),
  capacity: z.number().int().min(1).max(100_000).nullable().default(null),
  facilities: ZText(3000).default(''),
  availability: ZText(1000).default(''),
});
export type TLivingLabFieldsInput = z.input<typeof ZLivingLabFields>;

const ZMilestone = z.object({
  title: ZRequiredText(300),
  dueOn: z.iso.date({ message: 'validation.date' }),
});

/** What the centre records when owner and solver sign a pilot agreement. */
export const ZPilotAgreement = z
  .object({
    challengeId: z.uuid(),
    solverOrganizationId: z.uuid({ message: 'validation.choice' }),
    livingLabId: z.uuid().nullable().default(null),
    scope: ZRequiredText(5000),
    site: ZText(500).default(''),
    responsibilities: ZText(5000).default(''),
    dataAccess: ZText(3000).default(''),
    budgetVnd: ZVnd,
    ownerSharePercent: z.number().int().min(0).max(100),
    milestones: z.array(ZMilestone).max(20).default([]),
    startsAt: z.date(),
    endsAt: z.date(),
    checkInEveryWeeks: z.number().int().min(1).max(MAX_CHECK_IN_WEEKS),
  })
  .refine((p) => p.startsAt.getTime() < p.endsAt.getTime(), {
    path: ['endsAt'],
    message: 'challenges.error.endsBeforeStarts',
  })
  .refine((p) => p.endsAt.getTime() - p.startsAt.getTime() <= MAX_PILOT_DAYS * 86_400_000, {
    path: ['endsAt'],
    message: 'challenges.error.pilotTooLong',
  });
export type TPilotAgreementInput = z.input<typeof ZPilotAgreement>;

/** How a pilot ended: a contract has its value and number, an ended pilot its reason. */
export const ZPilotOutcome = z
  .object({
    outcome: z.enum(PILOT_OUTCOMES, { message: 'validation.choice' }),
    contractValueVnd: ZVnd,
    contractNumber: ZText(100).default(''),
    outcomeReason: ZText(3000).default(''),
    ownerStatement: ZText(3000).default(''),
  })
  .superRefine((o, ctx) => {
    if (o.outcome === 'contracted' && o.contractValueVnd === null)
      ctx.addIssue({ code: 'custom', path: ['contractValueVnd'], message: 'validation.required' });
    if (o.outcome === 'contracted' && !o.contractNumber)
      ctx.addIssue({ code: 'custom', path: ['contractNumber'], message: 'validation.required' });
    if (o.outcome === 'ended' && !o.outcomeReason)
      ctx.addIssue({ code: 'custom', path: ['outcomeReason'], message: 'validation.required' });
  });
export type TPilotOutcomeInput = z.input<typeof ZPilotOutcome>;

export const ZEvaluation = z.object({
  rating: z.number().int().min(1, { message: 'challenges.error.rating' }).max(5, {
    message: 'challenges.error.rating',
  }),
  words: ZText(3000).default(''),
});
