// Inputs of the marketplace's commands, checked by the commands themselves. Forms send text;
// money and whole numbers are read by the form readers first (services/*-form.ts), so a
// nonsense amount gets its own message.
import { z } from 'zod';
import { ZRequiredText, ZText } from '../../platform/input/text-fields';
import { wholeNumber } from '../../platform/input/validation';
import { SECTORS } from '../directory';
import { NEED_TIMELINES } from './domain/need';
import { DEAL_DIRECTIONS } from './domain/deal';
import { NO_DEAL_REASONS } from './domain/introduction';
import { IP_KINDS, TRANSFER_FORMS } from './domain/offer';
import { NEED_RESTRICTABLE, OFFER_RESTRICTABLE, TIERS } from './domain/confidentiality';
import { IP_STAGES, misorderedDays, missingForStage } from './domain/ip-asset';

const ZDay = z.iso.date({ message: 'ui.date.invalid' });
/**
 * No price, budget, deal, fee or revenue on a province's exchange comes near 100,000 billion đồng
 * (about a fiftieth of the country's yearly output): above it, a slip of the zeros.
 */
export const MAX_VND = 100_000_000_000_000n;
/** Whole đồng, already read from what was typed; "invalid" when it could not be. */
const ZVnd = z
  .union([
    z.bigint().nonnegative().max(MAX_VND, { message: 'marketplace.error.moneyTooLarge' }),
    z.literal('invalid'),
  ])
  .optional();
const ZSectors = z
  .array(z.enum(SECTORS))
  .min(1, { message: 'marketplace.error.sectors' })
  .max(6, { message: 'marketplace.error.sectors' });

/** Who may read each restrictable field: absent means public (an offer) or parties (a need). */
const ZFieldTiers = (fields: readonly [string, ...string[]]) =>
  z.partialRecord(z.enum(fields), z.enum(TIERS, { message: 'marketplace.error.tier' })).default({});

const ZCoOwner = z.object({
  name: ZRequiredText(200),
  share: z.number().int().min(1).max(99),
});

export const ZOfferFields = z
  .object({
    title: ZRequiredText(200),
    summary: ZRequiredText(2000),
    problem: ZText(4000).default(''),
    advantages: ZText(4000).default(''),
    applications: ZText(4000).default(''),
    sectors: ZSectors,
    trl: wholeNumber(1, 9).pipe(z.number({ message: 'marketplace.error.trl' })),
    ipKind: z.enum(IP_KINDS),
    ipNumber: ZText(60).default(''),
    ipJurisdiction: ZText(60).default(''),
    ipExpiresOn: ZDay.optional(),
    coOwners: z
      .array(ZCoOwner, { message: 'marketplace.error.coOwners' })
      .max(10)
      .refine((list) => list.reduce((sum, o) => sum + o.share, 0) < 100, {
        message: 'marketplace.error.coOwnerShares',
      })
      .default([]),
    isStateFunded: z.boolean().default(false),
    transferForms: z
      .array(z.enum(TRANSFER_FORMS))
      .min(1, { message: 'marketplace.error.transferForms' }),
    priceVnd: ZVnd,
    isNegotiable: z.boolean().default(false),
    allowsDirectIntroduction: z.boolean().default(false),
    /** Profile addresses or slugs of the inventors and contacts (the directory's people). */
    inventors: z.array(ZRequiredText(200)).max(10).default([]),
    contactEmail: z.union([z.literal(''), z.email({ message: 'validation.email' }).max(200)]),
    visibility: ZFieldTiers(OFFER_RESTRICTABLE),
  })
  .superRefine((o, ctx) => {
    if (o.priceVnd === 'invalid')
      ctx.addIssue({ code: 'custom', path: ['priceVnd'], message: 'ui.money.invalid' });
    else if (o.priceVnd === undefined && !o.isNegotiable)
      ctx.addIssue({ code: 'custom', path: ['priceVnd'], message: 'marketplace.error.price' });
  });
export type TOfferFieldsInput = z.input<typeof ZOfferFields>;
export type TOfferFields = z.output<typeof ZOfferFields>;

export const ZNeedFields = z
  .object({
    title: ZRequiredText(200),
    teaser: ZRequiredText(600),
    problem: ZRequiredText(4000),
    currentSolution: ZText(2000).default(''),
    constraints: ZText(2000).default(''),
    budgetMinVnd: ZVnd,
    budgetMaxVnd: ZVnd,
    timeline: z.enum(NEED_TIMELINES),
    sectors: ZSectors,
    transferForms: z.array(z.enum(TRANSFER_FORMS)).max(TRANSFER_FORMS.length).default([]),
    isConfidential: z.boolean().default(true),
    allowsDirectIntroduction: z.boolean().default(false),
    visibility: ZFieldTiers(NEED_RESTRICTABLE),
    contactName: ZText(120).default(''),
    contactPhone: ZText(30).default(''),
  })
  .superRefine((n, ctx) => {
    for (const field of ['budgetMinVnd', 'budgetMaxVnd'] as const)
      if (n[field] === 'invalid')
        ctx.addIssue({ code: 'custom', path: [field], message: 'ui.money.invalid' });
    const [min, max] = [n.budgetMinVnd, n.budgetMaxVnd];
    if (typeof min === 'bigint' && typeof max === 'bigint' && max < min)
      ctx.addIssue({ code: 'custom', path: ['budgetMaxVnd'], message: 'marketplace.error.budget' });
  });
export type TNeedFieldsInput = z.input<typeof ZNeedFields>;
export type TNeedFields = z.output<typeof ZNeedFields>;

export const ZIntroductionRequest = z.object({
  message: ZRequiredText(2000),
});

export const ZThreadMessage = z.object({ body: ZRequiredText(4000) });

export const ZDealFields = z
  .object({
    /** The other side's directory profile (slug or address) when the requester named none. */
    counterpart: ZText(200).default(''),
    /** What was transferred; the listing's title when left empty. */
    object: ZText(300).default(''),
    transferForm: z.enum(TRANSFER_FORMS),
    direction: z.enum(DEAL_DIRECTIONS),
    usesStateCapital: z.boolean().default(false),
    valueVnd: ZVnd,
    signedOn: ZDay,
    contractNumber: ZText(60).default(''),
    evidence: ZText(1000).default(''),
  })
  .superRefine((d, ctx) => {
    if (d.valueVnd === 'invalid')
      ctx.addIssue({ code: 'custom', path: ['valueVnd'], message: 'ui.money.invalid' });
    else if (d.valueVnd === undefined)
      ctx.addIssue({ code: 'custom', path: ['valueVnd'], message: 'validation.required' });
  });
export type TDealFieldsInput = z.input<typeof ZDealFields>;

export const ZNoDealReason = z.enum(NO_DEAL_REASONS);

/** An asset of a university's IP portfolio, as its office types it or a spreadsheet row holds it. */
export const ZIpAssetFields = z
  .object({
    reference: ZText(40).default(''),
    title: ZRequiredText(300),
    ipKind: z.enum(IP_KINDS),
    stage: z.enum(IP_STAGES),
    inventors: ZText(1000).default(''),
    notes: ZText(4000).default(''),
    disclosedOn: ZDay.nullable().default(null),
    filingNumber: ZText(60).default(''),
    filedOn: ZDay.nullable().default(null),
    jurisdiction: ZText(60).default(''),
    grantNumber: ZText(60).default(''),
    grantedOn: ZDay.nullable().default(null),
    expiresOn: ZDay.nullable().default(null),
    coOwners: z
      .array(ZCoOwner, { message: 'marketplace.error.coOwners' })
      .max(10)
      .refine((list) => list.reduce((sum, o) => sum + o.share, 0) < 100, {
        message: 'marketplace.error.coOwnerShares',
      })
      .default([]),
    isStateFunded: z.boolean().default(false),
  })
  .superRefine((a, ctx) => {
    for (const [field] of missingForStage(a))
      ctx.addIssue({ code: 'custom', path: [field], message: 'marketplace.ip.error.stageNeeds' });
    for (const field of misorderedDays(a))
      ctx.addIssue({ code: 'custom', path: [field], message: 'marketplace.ip.error.dayOrder' });
  });
export type TIpAssetFieldsInput = z.input<typeof ZIpAssetFields>;
export type TIpAssetFields = z.output<typeof ZIpAssetFields>;

/** Money that must be there: "invalid" when typed wrong, undefined when left empty. */
const requiredVnd = (d: { amountVnd?: bigint | 'invalid' }, ctx: z.RefinementCtx) => {
  if (d.amountVnd === 'invalid')
    ctx.addIssue({ code: 'custom', path: ['amountVnd'], message: 'ui.money.invalid' });
  else if (d.amountVnd === undefined)
    ctx.addIssue({ code: 'custom', path: ['amountVnd'], message: 'validation.required' });
};

const ZIpFeeBase = z.object({ label: ZRequiredText(200), dueOn: ZDay, amountVnd: ZVnd });
export const ZIpFeeFields = ZIpFeeBase.superRefine(requiredVnd);
/** A fee corrected on its own page, with the day it was paid (none: still to pay). */
export const ZIpFeeEditFields = ZIpFeeBase.extend({
  paidOn: ZDay.nullable().default(null),
}).superRefine(requiredVnd);

export const ZIpLicenceFields = z.object({
  licensee: ZRequiredText(200),
  licensedOn: ZDay,
  isExclusive: z.boolean().default(false),
  terms: ZText(2000).default(''),
});

export const ZIpRevenueFields = z
  .object({
    amountVnd: ZVnd,
    receivedOn: ZDay,
    licenceId: z.uuid().optional(),
    note: ZText(500).default(''),
  })
  .superRefine(requiredVnd)
  .refine((r) => r.amountVnd !== 0n, { path: ['amountVnd'], message: 'marketplace.ip.error.zero' });
