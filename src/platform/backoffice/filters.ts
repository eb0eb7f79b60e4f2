import { z } from 'zod';
import type { FieldErrors } from '../http/errors';
import { fieldErrors } from '../http/forms';
import { ZPage } from './paging';

// Vietnam has kept UTC+7 without daylight saving since 1975, so a day there is a fixed UTC span.
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant a dd/mm/yyyy day begins in Asia/Ho_Chi_Minh, or undefined for a non-date. */
export function startOfVnDay(input: string): Date | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input.trim());
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (
    year < 2000 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    return undefined;
  }
  return new Date(utc - VN_OFFSET_MS);
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => s || undefined);

const vnDay = z
  .string()
  .trim()
  .optional()
  .transform((s, ctx) => {
    if (!s) return undefined;
    const start = startOfVnDay(s);
    if (!start) ctx.addIssue({ code: 'custom', message: 'backoffice.date.invalid' });
    return start;
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

export type QueryResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates a list's query string; the caller answers 422 with the field messages. */
export function parseQuery<S extends z.ZodType>(
  schema: S,
  query: Record<string, string>,
): QueryResult<z.output<S>> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return { ok: true, data: parsed.data };
  // The page number has no form field to point at; it is reported in the summary alone.
  const { page, ...errors } = fieldErrors(parsed.error);
  return { ok: false, errors: page ? { ...errors, _: page } : errors };
}
