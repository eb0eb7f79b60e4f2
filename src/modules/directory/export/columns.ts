// The columns of the two exports. Staff get every field, headed in their language with the
// importer's own headers (so an export can be edited and imported back) and values as people
// read them; the open data has stable English keys, codes and ISO dates, only public fields, and
// a data dictionary built from the same list.
import { ANONYMOUS } from '../../../platform/authz';
import type { Locale, MessageKey, Translate } from '../../../platform/i18n';
import type { ExportRow } from '../db/export.repository';
import { isInnovativeStartup } from '../domain/innovative-startup';
import { provinceByCode } from '../domain/provinces';
import type { OrganizationKind } from '../domain/taxonomy';
import type { Choice } from '../fields/choices';
import { fieldHeaderKey, IMPORT_FIELDS, type ImportField } from '../import/columns';
import {
  FIELD_NAMES,
  fieldSpec,
  snakeName,
  type FieldType,
  type OrganizationField,
} from '../organization-fields';
import { withVisibleFields } from '../services/visibility';

export type CellValue = string | number | boolean | Date | null;

export interface ExportEnv {
  t: Translate;
  locale: Locale;
  /** Absolute origin for profile links, e.g. https://innohub.example.gov.vn */
  origin: string;
  today: Date;
}

const profileUrl = (row: { slug: string }, env: ExportEnv) =>
  `${env.origin}/directory/organizations/${row.slug}`;

/** 2025-07-01 → a Date at UTC midnight, which spreadsheets show as that day. */
const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
const joined = (list: string[]) => list.join('; ');

// ——— Staff export ———

export interface StaffColumn {
  header: (t: Translate) => string;
  /** Column width in the XLSX sheet (characters). */
  width: number;
  /** Excel number format for numbers and dates. */
  numFmt?: string;
  value(row: ExportRow, env: ExportEnv): CellValue;
}

/** A declared field's cell, as people read it (a choice by its name, money as a number). */
function staffValue(field: ImportField, row: ExportRow, { t }: ExportEnv): CellValue {
  const spec = fieldSpec(field);
  const value = row[field];
  if (value === null || value === undefined) return null;
  const name = (code: string) => spec.choice!.inFile?.(t, code) ?? spec.choice!.label(t, code);
  switch (spec.type) {
    case 'choice':
      return name(String(value));
    case 'choices':
      return joined((value as string[]).map(name));
    case 'date':
      return asDate(String(value));
    case 'money':
      return Number(value);
    default:
      return value as CellValue;
  }
}

const NUMBER_FORMATS: Partial<Record<FieldType, string>> = {
  date: 'dd/mm/yyyy',
  whole: '#,##0',
  money: '#,##0',
};

/** Wider columns for longer values; others take the default. */
const WIDTHS: Partial<Record<ImportField, number>> = {
  legalName: 40,
  shortName: 20,
  taxCode: 16,
  kind: 24,
  provinceCode: 22,
  address: 40,
  firstRegisteredOn: 14,
  sectors: 30,
  descriptionVi: 60,
  descriptionEn: 60,
  products: 40,
  website: 30,
  email: 28,
};

export const STAFF_COLUMNS: StaffColumn[] = [
  ...IMPORT_FIELDS.map((field): StaffColumn => ({
    header: (t) => t(fieldHeaderKey(field)),
    width: WIDTHS[field] ?? 16,
    numFmt: NUMBER_FORMATS[fieldSpec(field).type],
    value: (row, env) => staffValue(field, row, env),
  })),
  {
    header: (t) => t('directory.export.col.innovative'),
    width: 12,
    value: (r, env) =>
      isInnovativeStartup(
        { kind: r.kind as OrganizationKind, firstRegisteredOn: r.firstRegisteredOn },
        env.today,
      )
        ? env.t('common.yes')
        : env.t('common.no'),
  },
  {
    header: (t) => t('directory.export.col.verified'),
    width: 12,
    value: (r, env) => (r.verifiedAt ? env.t('common.yes') : env.t('common.no')),
  },
  {
    header: (t) => t('directory.export.col.profile'),
    width: 40,
    value: (r, env) => profileUrl(r, env),
  },
  {
    header: (t) => t('directory.export.col.updatedAt'),
    width: 18,
    numFmt: 'dd/mm/yyyy hh:mm',
    // Shown in Viet Nam time: spreadsheets have no time zones.
    value: (r) => new Date(r.updatedAt.getTime() + 7 * 3600 * 1000),
  },
];

// ——— Open data ———

export type OpenType =
  'uuid' | 'text' | 'url' | 'code' | 'codes' | 'date' | 'datetime' | 'integer' | 'boolean';

export interface OpenColumn {
  key: string;
  type: OpenType;
  /** Meaning of the column (vi/en), in the data dictionary. */
  meaning: MessageKey;
  /** Blank unless its owner made it public. */
  restricted?: boolean;
  /** The list a code column's codes come from. */
  codes?: Choice;
  value(row: ExportRow, env: ExportEnv): string | number | boolean | string[] | null;
}

const meaning = (key: string) => `directory.openData.col.${key}` as MessageKey;

function openColumn(
  key: string,
  type: OpenType,
  value: OpenColumn['value'],
  extra: Partial<OpenColumn> = {},
): OpenColumn {
  return { key, type, meaning: meaning(key), value, ...extra };
}

const OPEN_TYPES: Record<FieldType, OpenType> = {
  text: 'text',
  longText: 'text',
  taxCode: 'text',
  email: 'text',
  phone: 'text',
  url: 'url',
  choice: 'code',
  choices: 'codes',
  date: 'date',
  whole: 'integer',
  money: 'integer',
};

/** A declared field's column of the open data. */
function openFieldColumn(field: OrganizationField): OpenColumn {
  const spec = fieldSpec(field);
  return openColumn(
    snakeName(field),
    OPEN_TYPES[spec.type],
    (r) => {
      const value = r[field as keyof ExportRow];
      return typeof value === 'bigint'
        ? Number(value)
        : (value as string | number | string[] | null);
    },
    { restricted: spec.isRestrictable, codes: spec.choice },
  );
}

/** Columns computed from a field, right after its own. */
const OPEN_EXTRAS: Partial<Record<OrganizationField, OpenColumn[]>> = {
  provinceCode: [
    openColumn('province_name', 'text', (r) =>
      r.provinceCode ? (provinceByCode(r.provinceCode)?.name ?? null) : null,
    ),
  ],
  firstRegisteredOn: [
    openColumn('innovative_startup', 'boolean', (r, env) =>
      // Unknown when the registration date is not public: the flag would reveal it.
      (r.visibility.firstRegisteredOn ?? 'public') !== 'public'
        ? null
        : isInnovativeStartup(
            { kind: r.kind as OrganizationKind, firstRegisteredOn: r.firstRegisteredOn },
            env.today,
          ),
    ),
  ],
};

export const OPEN_COLUMNS: OpenColumn[] = [
  openColumn('id', 'uuid', (r) => r.id),
  openColumn('url', 'url', (r, env) => profileUrl(r, env)),
  ...FIELD_NAMES.filter((f) => fieldSpec(f).isOpen !== false).flatMap((f) => [
    openFieldColumn(f),
    ...(OPEN_EXTRAS[f] ?? []),
  ]),
  openColumn('verified', 'boolean', (r) => r.verifiedAt !== null),
  openColumn('updated_at', 'datetime', (r) => r.updatedAt.toISOString()),
];

/** The row as a visitor sees it: every field its owner did not make public is blank. */
export const publicView = (row: ExportRow): ExportRow => withVisibleFields(row, ANONYMOUS);

export function openRecord(row: ExportRow, env: ExportEnv) {
  const visible = publicView(row);
  const record: Record<string, string | number | boolean | string[] | null> = {};
  for (const c of OPEN_COLUMNS) record[c.key] = c.value(visible, env);
  return record;
}
