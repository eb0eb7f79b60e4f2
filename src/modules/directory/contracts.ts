import { z } from 'zod';
import { parseVnd } from '../../platform/input/form-values';
import { parseCalendarDay } from '../../platform/i18n';
import {
  CERTIFICATIONS,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  SECTORS,
  STAGES,
  VISIBILITIES,
  VSIC_SECTIONS,
} from './domain/taxonomy';
import { resolveProvince } from './domain/provinces';
import { checkTaxCode } from './domain/tax-code';

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

const taxCode = z.string().transform((s, ctx) => {
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

const money = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const amount = parseVnd(String(v));
  if (typeof amount === 'bigint') return amount;
  ctx.addIssue({ code: 'custom', message: 'directory.error.money' });
  return z.NEVER;
});

export const ZOrganizationFields = z.object({
  kind: z.enum(ORGANIZATION_KINDS),
  legalName: text(300).pipe(z.string().min(2)),
  shortName: optionalText(120),
  taxCode: taxCode.optional(),
  externalId: optionalText(100),
  firstRegisteredOn: ZCalendarDate.optional(),
  provinceCode: province.optional(),
  address: optionalText(300),
  sectors: z.array(z.enum(SECTORS)).max(SECTORS.length).default([]),
  vsicSections: z.array(z.enum(VSIC_SECTIONS)).max(VSIC_SECTIONS.length).default([]),
  stage: z.enum(STAGES).optional(),
  teamSize: z.coerce.number().int().min(0).max(1_000_000).optional(),
  website: url.optional(),
  email: z.email().max(254).optional(),
  phone: phone.optional(),
  descriptionVi: optionalText(5000),
  descriptionEn: optionalText(5000),
  products: optionalText(3000),
  certifications: z.array(z.enum(CERTIFICATIONS)).max(CERTIFICATIONS.length).default([]),
  capitalRaisedVnd: money.optional(),
  status: z.enum(ORGANIZATION_STATUSES).default('active'),
  visibility: z.record(z.string(), z.enum(VISIBILITIES)).default({}),
});

export type TOrganizationFields = z.infer<typeof ZOrganizationFields>;
export type TOrganizationFieldsInput = z.input<typeof ZOrganizationFields>;

/** Fields whose visibility can be restricted; names and kind are always public. */
export const RESTRICTABLE_FIELDS = [
  'taxCode',
  'firstRegisteredOn',
  'address',
  'email',
  'phone',
  'teamSize',
  'capitalRaisedVnd',
  'logoFile',
] as const;
