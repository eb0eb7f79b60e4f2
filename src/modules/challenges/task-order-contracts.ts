// Inputs of the S&T task orders (đặt hàng), checked by their commands.
import { z } from 'zod';
import { ZRequiredText, ZText } from '../../platform/input/text-fields';
import { ZDay } from '../programs';
import { MAX_VND } from './contracts';
import {
  MIN_COUNCIL_MEMBERS,
  parseCouncilMembers,
  SELECTION_MODES,
  TASK_ORDER_STEPS,
} from './domain/task-order';

/** The task the ordering body proposes, and who signs its documents. */
export const ZTaskOrderFields = z.object({
  taskName: ZRequiredText(500),
  objectives: ZRequiredText(3000),
  expectedResults: ZRequiredText(3000),
  budgetVnd: z.bigint().min(1n).max(MAX_VND).nullable().default(null),
  durationMonths: z.coerce
    .number({ message: 'validation.number' })
    .int({ message: 'validation.number' })
    .min(1, { message: 'challenges.taskOrder.error.duration' })
    .max(120, { message: 'challenges.taskOrder.error.duration' }),
  issuerParent: ZText(200).default(''),
  issuerName: ZRequiredText(200),
  place: ZRequiredText(100),
  signerPosition: ZRequiredText(200),
  signerName: ZRequiredText(200),
});
export type TTaskOrderFieldsInput = z.input<typeof ZTaskOrderFields>;

const ZCouncilMembers = ZText(5000)
  .transform(parseCouncilMembers)
  .refine((members) => members.length >= MIN_COUNCIL_MEMBERS, {
    message: 'challenges.taskOrder.error.councilSize',
  })
  .refine((members) => members.every((m) => m.name.length > 0 && m.role.length > 0), {
    message: 'challenges.taskOrder.error.councilMember',
  });

/** One step of the chain; the council and the selection carry what their documents record. */
export const ZTaskOrderStep = z
  .object({
    kind: z.enum(TASK_ORDER_STEPS, { message: 'validation.choice' }),
    happenedOn: ZDay,
    documentNumber: ZRequiredText(100),
    note: ZText(2000).default(''),
    councilMembers: z.string().default(''),
    councilConclusion: ZText(5000).default(''),
    selectionMode: z.string().default(''),
    performerOrganizationId: z.string().default(''),
  })
  .superRefine((s, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (s.kind === 'council') {
      const members = ZCouncilMembers.safeParse(s.councilMembers);
      if (!members.success) issue('councilMembers', members.error.issues[0]!.message);
      if (!s.councilConclusion) issue('councilConclusion', 'validation.required');
    }
    if (s.kind === 'selection') {
      if (!(SELECTION_MODES as readonly string[]).includes(s.selectionMode))
        issue('selectionMode', 'validation.choice');
      if (!s.performerOrganizationId) issue('performerOrganizationId', 'validation.choice');
    }
  });
export type TTaskOrderStepInput = z.input<typeof ZTaskOrderStep>;
