import { z } from 'zod';
import { parseDay } from '../input/form-values';
import { ZPage } from '../input/paging';

const DAY_MS = 24 * 60 * 60 * 1000;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => s || undefined);

/** A day typed dd/mm/yyyy (or yyyy-mm-dd): the instant it begins in Vietnam. */
const vnDay = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const day = parseDay(s ?? '');
    if (day !== 'invalid') return day;
    ctx.addIssue({ code: 'custom', message: 'ui.date.invalid' });
    return undefined;
  });

export const ZAuditQuery = z
  .object({
    actor: text(254),
    action: text(100),
    entityType: text(60),
    entityId: text(200),
    from: vnDay,
    to: vnDay,
    page: ZPage,
  })
  .transform((q, ctx) => {
    if (q.from && q.to && q.from > q.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'backoffice.date.beforeFrom' });
    }
    // The "to" day is included: the range ends where the next day begins.
    return { ...q, toExclusive: q.to && new Date(q.to.getTime() + DAY_MS) };
  });
export type TAuditQuery = z.output<typeof ZAuditQuery>;

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'kept'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const ZOutboxQuery = z.object({
  status: z
    .union([z.literal(''), z.enum(OUTBOX_STATUSES)])
    .optional()
    .transform((s) => s || undefined),
  page: ZPage,
});
export type TOutboxQuery = z.output<typeof ZOutboxQuery>;
