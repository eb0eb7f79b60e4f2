// Inputs of the funded-project commands, as the forms post them (money typed "2.000.000.000").
import { z } from 'zod';
import { ZText } from '../../contracts';
import { vndAmount } from '../../../../platform/input/form-values';
import { isCalendarDate } from '../../domain/answers';
import { RECORDABLE_STEPS } from './funded-project-rules';

const required = (max: number) => ZText(max).pipe(z.string().min(1));

/** Whole đồng typed Vietnamese style ("2.000.000.000", "2 000 000 000 ₫") or as a bigint. */
export const ZMoneyVnd = z.union([z.bigint(), z.string()]).transform((v, ctx) => {
  if (typeof v === 'bigint') return v;
  const n = vndAmount(v);
  if (n === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: v.trim() ? 'programs.answer.invalid_money' : 'validation.required',
    });
    return z.NEVER;
  }
  return BigInt(n);
});

/** yyyy-mm-dd, what a date control sends. */
export const ZDay = z
  .string()
  .transform((s) => s.trim())
  .refine(isCalendarDate, { message: 'programs.answer.invalid_date' });

export const ZProjectFields = z.object({
  organizationSlug: required(200),
  titleVi: required(300),
  titleEn: ZText(300).default(''),
  awardVnd: ZMoneyVnd.pipe(z.bigint().min(1n, { message: 'validation.invalid' })),
  durationMonths: z.coerce.number().int().min(1).max(120),
  applicationId: z.uuid().optional(),
});
export type TProjectFieldsInput = z.input<typeof ZProjectFields>;

export const ZBudgetLine = z.object({
  label: required(300),
  amountVnd: ZMoneyVnd,
});
export type TBudgetLineInput = z.input<typeof ZBudgetLine>;

export const ZMilestoneFields = z.object({
  title: required(300),
  deliverables: ZText(3000).default(''),
  dueOn: ZDay,
});
export type TMilestoneFieldsInput = z.input<typeof ZMilestoneFields>;

export const ZStepFields = z.object({
  kind: z.enum(RECORDABLE_STEPS),
  happenedOn: ZDay,
  documentRef: required(200),
  note: ZText(2000).default(''),
});
export type TStepFieldsInput = z.input<typeof ZStepFields>;

export const ZDisbursementFields = z.object({
  kind: z.enum(['advance', 'payment']),
  amountVnd: ZMoneyVnd.pipe(z.bigint().min(1n, { message: 'validation.invalid' })),
  paidOn: ZDay,
  documentRef: required(200),
});
export type TDisbursementFieldsInput = z.input<typeof ZDisbursementFields>;

export const ZReportFields = z.object({
  milestoneId: z.uuid(),
  body: required(10_000),
  documentRef: ZText(300).optional(),
});
export type TReportFieldsInput = z.input<typeof ZReportFields>;

export const ZReviewFields = z
  .object({
    decision: z.enum(['accept', 'changes']),
    comment: ZText(3000).default(''),
  })
  .refine((r) => r.decision === 'accept' || r.comment.length > 0, {
    path: ['comment'],
    message: 'validation.required',
  });
export type TReviewFieldsInput = z.input<typeof ZReviewFields>;
