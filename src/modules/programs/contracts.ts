// Inputs of the programme and call commands, checked by the commands themselves.
import { z } from 'zod';
import { ZCallForm } from './domain/call-form';
import { ZEligibilityRules } from './domain/eligibility-rules';

export const PROGRAMME_KINDS = [
  'incubation',
  'acceleration',
  'funding',
  'competition',
  'challenge',
] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export const STATUSES = ['draft', 'published', 'archived'] as const;
export type Status = (typeof STATUSES)[number];

/** NFC, trimmed, at most `max` characters ('' allowed). */
export const ZText = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max));
const required = (max: number) => ZText(max).pipe(z.string().min(1));
const localized = (max: number) => z.object({ vi: required(max), en: ZText(max).default('') });

export const ZSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'programs.error.slug' })
  .max(80);

/** Above any state budget line; a typo of three zeros is caught by the form's preview. */
export const MAX_VND = 1_000_000_000_000_000n;

export const ZProgrammeFields = z
  .object({
    /** Derived from the Vietnamese title when absent. */
    slug: ZSlug.optional(),
    kind: z.enum(PROGRAMME_KINDS),
    titleVi: required(200),
    titleEn: ZText(200).default(''),
    summaryVi: ZText(1000).default(''),
    summaryEn: ZText(1000).default(''),
    goalsVi: ZText(5000).default(''),
    goalsEn: ZText(5000).default(''),
    benefitsVi: ZText(5000).default(''),
    benefitsEn: ZText(5000).default(''),
    eligibilityVi: ZText(5000).default(''),
    eligibilityEn: ZText(5000).default(''),
    faq: z
      .array(z.object({ question: localized(300), answer: localized(3000) }))
      .max(50)
      .default([]),
    fundingCapVnd: z.bigint().min(0n).max(MAX_VND).optional(),
    maxDurationMonths: z.number().int().min(1).max(120).optional(),
    categories: z.array(localized(200)).max(30).default([]),
    prizes: z
      .array(
        z.object({
          title: localized(200),
          amountVnd: z
            .string()
            .regex(/^\d{1,16}$/)
            .optional(),
        }),
      )
      .max(30)
      .default([]),
    postingOrganizationId: z.uuid().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.kind !== 'competition') {
      for (const path of ['categories', 'prizes'] as const) {
        if (p[path].length > 0)
          ctx.addIssue({ code: 'custom', path: [path], message: 'programs.error.competitionOnly' });
      }
    }
    if (p.kind === 'challenge' && !p.postingOrganizationId) {
      ctx.addIssue({
        code: 'custom',
        path: ['postingOrganizationId'],
        message: 'programs.error.postingOrganizationRequired',
      });
    }
    if (p.kind !== 'challenge' && p.postingOrganizationId) {
      ctx.addIssue({
        code: 'custom',
        path: ['postingOrganizationId'],
        message: 'programs.error.challengeOnly',
      });
    }
  });
export type TProgrammeFields = z.output<typeof ZProgrammeFields>;
export type TProgrammeFieldsInput = z.input<typeof ZProgrammeFields>;

export const ZCallFields = z
  .object({
    slug: ZSlug.optional(),
    titleVi: required(200),
    titleEn: ZText(200).default(''),
    opensAt: z.date(),
    closesAt: z.date(),
    status: z.enum(STATUSES).default('draft'),
    form: ZCallForm,
    eligibility: ZEligibilityRules,
  })
  .refine((c) => c.opensAt.getTime() < c.closesAt.getTime(), {
    path: ['closesAt'],
    message: 'programs.error.closesBeforeOpens',
  });
export type TCallFields = z.output<typeof ZCallFields>;
export type TCallFieldsInput = z.input<typeof ZCallFields>;

export const ZExtension = z.object({
  callId: z.uuid(),
  organizationId: z.uuid(),
  closesAt: z.date(),
  reason: required(1000),
});
export type TExtensionInput = z.input<typeof ZExtension>;
