// Inputs of the plans commands, checked by the commands themselves.
import { z } from 'zod';
import { ZRequiredText, ZText } from '../../platform/input/text-fields';
import { TASK_STATUSES } from './domain/task-tree';

const ZDay = z.iso.date({ message: 'ui.date.invalid' });
const ZYear = z
  .number({ message: 'plans.error.year' })
  .int({ message: 'plans.error.year' })
  .min(2000, { message: 'plans.error.year' })
  .max(2100, { message: 'plans.error.year' });

export const ZPlanFields = z
  .object({
    title: ZRequiredText(400),
    decisionNumber: ZRequiredText(60),
    decisionDate: ZDay,
    periodStart: ZYear,
    periodEnd: ZYear,
    goals: ZText(10_000).default(''),
  })
  .refine((p) => p.periodStart <= p.periodEnd, {
    path: ['periodEnd'],
    message: 'plans.error.period',
  });
export type TPlanFieldsInput = z.input<typeof ZPlanFields>;
export type TPlanFields = z.output<typeof ZPlanFields>;

export const ZAmendment = z.object({
  decisionNumber: ZRequiredText(60),
  decisionDate: ZDay,
  note: ZText(2000).default(''),
});
export type TAmendmentInput = z.input<typeof ZAmendment>;

export const ZPercent = z
  .number({ message: 'plans.error.percent' })
  .int({ message: 'plans.error.percent' })
  .min(0, { message: 'plans.error.percent' })
  .max(100, { message: 'plans.error.percent' });

export const ZTaskFields = z
  .object({
    title: ZRequiredText(1000),
    leadAgencyId: z.uuid().optional(),
    coordinatingAgencyIds: z.array(z.uuid()).max(30).default([]),
    startsOn: ZDay.optional(),
    dueOn: ZDay.optional(),
    deliverables: ZText(2000).default(''),
  })
  .refine((t) => !t.startsOn || !t.dueOn || t.startsOn <= t.dueOn, {
    path: ['dueOn'],
    message: 'plans.error.dueBeforeStart',
  });
export type TTaskFieldsInput = z.input<typeof ZTaskFields>;
export type TTaskFields = z.output<typeof ZTaskFields>;

export const ZProgress = z.object({
  status: z.enum(TASK_STATUSES),
  percentDone: ZPercent,
  progressNote: ZText(4000).default(''),
});
export type TProgressInput = z.input<typeof ZProgress>;
