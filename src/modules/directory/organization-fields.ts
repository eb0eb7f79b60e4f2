// The one declaration of an organisation's fields. The contract (ZOrganizationFields), the form
// and its sections, the merge page, the public page's facts, the API's schemas, the import
// template and the two exports are all derived from it: a field is added here, with its column
// (db/tables.ts) and its words (i18n/organization-fields.ts). ARCHITECTURE.md, "Adding a field
// to organisations", lists the steps; decision 015 says why it is shaped so.
//
// Order: the declaration's order is the columns' order in files (template, exports, open data);
// FORM_SECTIONS lays the form out. Catalog keys the files need are named after the field:
// `directory.import.{field,hint,example}.<name>` and `directory.openData.col.<snake_name>`; the
// type-check fails when one is missing in either language.
import { z } from 'zod';
import type { MessageKey } from '../../platform/i18n';
import { wholeNumber } from '../../platform/input/validation';
import type { OrganizationRow } from './db/organizations.repository';
import {
  CERTIFICATION,
  KIND,
  PROVINCE,
  SECTOR,
  STAGE,
  STATUS,
  VSIC,
  type Choice,
} from './fields/choices';
import {
  money,
  optionalText,
  phone,
  province,
  taxCode,
  text,
  url,
  ZCalendarDate,
} from './fields/validators';
import {
  CERTIFICATIONS,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  SECTORS,
  STAGES,
  VISIBILITIES,
  VSIC_SECTIONS,
} from './domain/taxonomy';

/**
 * How a value is typed, shown, exported and imported. Each consumer (form, pages, API, files,
 * importer) handles every type once; a field of an existing type needs nothing more.
 */
export type FieldType =
  | 'text'
  | 'longText'
  | 'taxCode'
  | 'url'
  | 'email'
  | 'phone'
  | 'date'
  | 'whole'
  | 'money'
  | 'choice'
  | 'choices';

export interface FieldSpec {
  type: FieldType;
  /** The contract's check of the value; required when undefined fails it. */
  input: z.ZodType;
  /** The field's name on the form, the merge page and the public page. */
  label: MessageKey;
  /** Help under the form's control. */
  hint?: MessageKey;
  /** The list a choice (one) or choices (several) field picks from. */
  choice?: Choice;
  /**
   * Only staff set it: the form hides it from owners, whose saves keep what is stored, and the
   * API's answers leave it out.
   */
  isStaffOnly?: true;
  /** Its owner may show it to members or staff only (absent: always public). */
  isRestrictable?: true;
  /** One of the public page's facts (others have a place of their own, or none). */
  isFact?: true;
  /** False: not a column of the import template and the staff export. */
  isImported?: false;
  /** False: not in the open data. */
  isOpen?: false;
  form?: { maxlength?: number; autocomplete?: string };
  /** What the API document says of the value it answers, and of the value it takes. */
  api?: { description?: string; example?: string };
  apiInput?: { description: string; example: string };
}

type Snake<S extends string> = S extends `${infer H}${infer R}`
  ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<R>}`
  : S;

/** `capitalRaisedVnd` → `capital_raised_vnd`: the field's key in the open data. */
export const snakeName = <S extends string>(name: S) =>
  name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as Snake<S>;

const declareFields = <
  D extends { [K in keyof D]: K extends keyof OrganizationRow ? FieldSpec : never },
>(
  fields: D,
) => fields;

export const ORGANIZATION_FIELDS = declareFields({
  legalName: {
    type: 'text',
    input: text(300).pipe(z.string().min(2)),
    label: 'directory.form.legalName',
    api: { example: 'Công ty Cổ phần Nông nghiệp Xanh' },
    form: { maxlength: 300, autocomplete: 'organization' },
  },
  shortName: {
    type: 'text',
    input: optionalText(120),
    label: 'directory.form.shortName',
    api: { example: 'Nông nghiệp Xanh' },
    form: { maxlength: 120 },
  },
  taxCode: {
    type: 'taxCode',
    input: taxCode.optional(),
    label: 'directory.org.taxCode',
    hint: 'directory.form.taxCode.hint',
    isRestrictable: true,
    isFact: true,
    api: { example: '0301442379' },
    apiInput: {
      description: 'Mã số thuế: 10 digits, or 13 for a branch (checksum verified); unique.',
      example: '0301442379',
    },
  },
  kind: {
    type: 'choice',
    input: z.enum(ORGANIZATION_KINDS),
    label: 'directory.filter.kind',
    choice: KIND,
    isFact: true,
  },
  provinceCode: {
    type: 'choice',
    input: province.optional(),
    label: 'directory.filter.province',
    choice: PROVINCE,
    isFact: true,
    api: {
      description: 'Code of one of the 34 provinces and cities (since 01/7/2025).',
      example: '92',
    },
    apiInput: {
      description:
        'A province code or name, current or pre-2025 ("Bình Dương" → TP Hồ Chí Minh); stored as the current unit’s code.',
      example: 'Cần Thơ',
    },
  },
  address: {
    type: 'text',
    input: optionalText(300),
    label: 'directory.org.address',
    isRestrictable: true,
    isFact: true,
    form: { maxlength: 300, autocomplete: 'street-address' },
  },
  firstRegisteredOn: {
    type: 'date',
    input: ZCalendarDate.optional(),
    label: 'directory.org.firstRegistered',
    hint: 'directory.form.date.hint',
    isRestrictable: true,
    isFact: true,
    api: { example: '2022-03-15' },
    apiInput: {
      description: 'Date of first business registration: yyyy-mm-dd or dd/mm/yyyy.',
      example: '2022-03-15',
    },
  },
  sectors: {
    type: 'choices',
    input: z.array(z.enum(SECTORS)).max(SECTORS.length).default([]),
    label: 'directory.filter.sector',
    choice: SECTOR,
  },
  vsicSections: {
    type: 'choices',
    input: z.array(z.enum(VSIC_SECTIONS)).max(VSIC_SECTIONS.length).default([]),
    label: 'directory.form.vsicSections',
    choice: VSIC,
  },
  stage: {
    type: 'choice',
    input: z.enum(STAGES).optional(),
    label: 'directory.filter.stage',
    choice: STAGE,
    isFact: true,
  },
  teamSize: {
    type: 'whole',
    input: wholeNumber(0, 1_000_000),
    label: 'directory.org.teamSize',
    hint: 'directory.form.teamSize.hint',
    isRestrictable: true,
    isFact: true,
  },
  website: {
    type: 'url',
    input: url.optional(),
    label: 'directory.org.website',
    hint: 'directory.form.website.hint',
    isFact: true,
    api: { example: 'https://nongnghiepxanh.vn' },
  },
  socialLink: {
    type: 'url',
    input: url.optional(),
    label: 'directory.org.socialLink',
    hint: 'directory.form.socialLink.hint',
    isFact: true,
    api: { example: 'https://www.facebook.com/nongnghiepxanh' },
  },
  email: {
    type: 'email',
    input: z.email().max(254).optional(),
    label: 'directory.org.email',
    isRestrictable: true,
    isFact: true,
  },
  phone: {
    type: 'phone',
    input: phone.optional(),
    label: 'directory.org.phone',
    isRestrictable: true,
    isFact: true,
  },
  descriptionVi: {
    type: 'longText',
    input: optionalText(5000),
    label: 'directory.form.descriptionVi',
    form: { maxlength: 5000 },
  },
  descriptionEn: {
    type: 'longText',
    input: optionalText(5000),
    label: 'directory.form.descriptionEn',
    form: { maxlength: 5000 },
  },
  products: {
    type: 'longText',
    input: optionalText(3000),
    label: 'directory.org.products',
    form: { maxlength: 3000 },
  },
  certifications: {
    type: 'choices',
    input: z.array(z.enum(CERTIFICATIONS)).max(CERTIFICATIONS.length).default([]),
    label: 'directory.filter.certification',
    hint: 'directory.form.certifications.hint',
    choice: CERTIFICATION,
  },
  capitalRaisedVnd: {
    type: 'money',
    input: money.optional(),
    label: 'directory.org.capitalRaised',
    isRestrictable: true,
    isFact: true,
    api: { description: 'Integer đồng, as a decimal string.', example: '1500000000' },
    apiInput: {
      description: 'Integer đồng, as a number or a string ("1.500.000.000" is accepted).',
      example: '1500000000',
    },
  },
  status: {
    type: 'choice',
    input: z.enum(ORGANIZATION_STATUSES).default('active'),
    label: 'directory.form.status',
    choice: STATUS,
  },
  externalId: {
    type: 'text',
    input: optionalText(100),
    label: 'directory.form.externalId',
    hint: 'directory.form.externalId.hint',
    isStaffOnly: true,
    isOpen: false,
  },
});

type Fields = typeof ORGANIZATION_FIELDS;
export type OrganizationField = keyof Fields & string;

/** The form's sections, in order, and the fields each shows; `logo` is the logo's own section. */
export const FORM_SECTIONS = [
  {
    id: 's-general',
    title: 'directory.form.section.general',
    fields: [
      'kind',
      'legalName',
      'shortName',
      'taxCode',
      'firstRegisteredOn',
      'status',
      'externalId',
    ],
  },
  { id: 's-logo', title: 'directory.form.section.logo', fields: [], isLogo: true },
  {
    id: 's-contact',
    title: 'directory.form.section.contact',
    fields: ['provinceCode', 'address', 'website', 'socialLink', 'email', 'phone'],
  },
  {
    id: 's-activity',
    title: 'directory.form.section.activity',
    fields: ['stage', 'teamSize', 'capitalRaisedVnd', 'sectors', 'certifications', 'vsicSections'],
  },
  {
    id: 's-about',
    title: 'directory.form.section.about',
    fields: ['descriptionVi', 'descriptionEn', 'products'],
  },
] as const satisfies readonly {
  id: string;
  title: MessageKey;
  fields: readonly OrganizationField[];
  isLogo?: true;
}[];

// ——— What the type-check holds the declaration to ———

type Placed = (typeof FORM_SECTIONS)[number]['fields'][number];
type Unplaced = Exclude<OrganizationField, Placed>;
/** Every field has a place on the form. */
export const everyFieldPlaced: [Unplaced] extends [never] ? true : Unplaced = true;

type FileKeys<K extends OrganizationField> =
  | (Fields[K] extends { isImported: false }
      ? never
      : `directory.import.${'field' | 'hint' | 'example'}.${K}`)
  | (Fields[K] extends { isOpen: false } ? never : `directory.openData.col.${Snake<K>}`);
type MissingKey = Exclude<{ [K in OrganizationField]: FileKeys<K> }[OrganizationField], MessageKey>;
/** The import template, the staff export and the open data name every field in both languages. */
export const everyFileKeyInCatalog: [MissingKey] extends [never] ? true : MissingKey = true;

// ——— Derived lists ———

const specOf = (name: OrganizationField): FieldSpec => ORGANIZATION_FIELDS[name];
const names = Object.keys(ORGANIZATION_FIELDS) as OrganizationField[];
export const fieldSpec = specOf;

/** Fields in the files' order. */
export const FIELD_NAMES: readonly OrganizationField[] = names;

/** Fields in the form's order (merge page, facts). */
export const FORM_ORDER: readonly OrganizationField[] = FORM_SECTIONS.flatMap((s) => s.fields);

type ListName = {
  [K in OrganizationField]: Fields[K] extends { type: 'choices' } ? K : never;
}[OrganizationField];
type RestrictableName = {
  [K in OrganizationField]: Fields[K] extends { isRestrictable: true } ? K : never;
}[OrganizationField];

/** Single-value fields, in form order. */
export const SCALAR_FIELDS = FORM_ORDER.filter((f) => specOf(f).type !== 'choices') as Exclude<
  OrganizationField,
  ListName
>[];
export type ScalarField = (typeof SCALAR_FIELDS)[number];
/** Fields chosen with checkboxes, in form order. */
export const LIST_FIELDS = FORM_ORDER.filter((f) => specOf(f).type === 'choices') as ListName[];
export type ListField = ListName;

/** Fields whose visibility can be restricted (the logo too); names and kind are always public. */
export const RESTRICTABLE_FIELDS = [
  ...FORM_ORDER.filter((f) => specOf(f).isRestrictable),
  'logoFile',
] as (RestrictableName | 'logoFile')[];
export type RestrictableField = RestrictableName | 'logoFile';

/** The columns of the import template and the staff export, in order. */
export const IMPORT_FIELDS = names.filter((f) => specOf(f).isImported !== false);
export type ImportField = OrganizationField;

/** Absent from a full save: the field may be empty, so saving without it clears it. */
export const isOptional = (f: OrganizationField) => {
  const empty = specOf(f).input.safeParse(undefined);
  return empty.success && empty.data === undefined;
};

/** What a full save (update, merge) stores for the fields it does not give: nothing. */
export const CLEARED_FIELDS = Object.fromEntries(
  names.filter(isOptional).map((f) => [f, null]),
) as Partial<Record<OrganizationField, null>>;

// ——— The contract ———

const shape = Object.fromEntries(names.map((f) => [f, ORGANIZATION_FIELDS[f].input])) as {
  [K in OrganizationField]: Fields[K]['input'];
};

export const ZOrganizationFields = z.object({
  ...shape,
  visibility: z.record(z.string(), z.enum(VISIBILITIES)).default({}),
});

export type TOrganizationFields = z.infer<typeof ZOrganizationFields>;
export type TOrganizationFieldsInput = z.input<typeof ZOrganizationFields>;
