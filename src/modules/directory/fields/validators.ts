// The validations the directory's records share: profile text, web and phone numbers, dates,
// tax codes, provinces and amounts of đồng, each refusing with a catalog message.
import { z } from 'zod';
import { parseVnd } from '../../../platform/input/form-values';
import { parseCalendarDay } from '../../../platform/i18n';
import { resolveProvince } from '../domain/provinces';
import { checkTaxCode } from '../domain/tax-code';

// Control characters other than tab and line breaks never belong in profile text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text as users type it: NFC, trimmed, no control characters; HTML stays text (escaped on output). */
export const text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(CONTROL_CHARACTERS, '').trim())
    .pipe(z.string().max(max));

export const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((s) => (s ? s : undefined));

export const url = z
  .string()
  .trim()
  .max(500)
  .refine((s) => /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(s), { message: 'directory.error.url' });

export const phone = z
  .string()
  .trim()
  .max(30)
  .refine((s) => /^\+?[0-9 .()-]{8,20}$/.test(s), { message: 'directory.error.phone' });

/** ISO yyyy-mm-dd or dd/mm/yyyy, a real calendar date. */
export const ZCalendarDate = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const day = parseCalendarDay(s);
    if (day) return day;
    ctx.addIssue({ code: 'custom', message: 'directory.error.date' });
    return z.NEVER;
  });

export const taxCode = z.string().transform((s, ctx) => {
  const checked = checkTaxCode(s);
  if (!checked.ok) {
    ctx.addIssue({ code: 'custom', message: 'directory.error.taxCode' });
    return z.NEVER;
  }
  return checked.value;
});

export const province = z.string().transform((s, ctx) => {
  const p = resolveProvince(s);
  if (!p) {
    ctx.addIssue({ code: 'custom', message: 'directory.error.province' });
    return z.NEVER;
  }
  return p.code;
});

export const money = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const amount = parseVnd(String(v));
  if (typeof amount === 'bigint') return amount;
  ctx.addIssue({ code: 'custom', message: 'directory.error.money' });
  return z.NEVER;
});
