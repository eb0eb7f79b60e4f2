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
import { fieldHeaderKey, IMPORT_FIELDS, type ImportField } from '../import/columns';
import { withVisibleFields } from '../services/visibility';
import { certificationLabel, kindLabel, sectorLabel, stageLabel } from '../ui/labels';

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

const isoDate = (d: string | null) => d ?? null;
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

const STATUS_KEY = (s: string) => `directory.export.orgStatus.${s}` as MessageKey;

const staffValue: Record<ImportField, (row: ExportRow, env: ExportEnv) => CellValue> = {
  legalName: (r) => r.legalName,
  shortName: (r) => r.shortName,
  taxCode: (r) => r.taxCode,
  kind: (r, { t }) => kindLabel(t, r.kind),
  provinceCode: (r) => (r.provinceCode ? (provinceByCode(r.provinceCode)?.name ?? null) : null),
  address: (r) => r.address,
  firstRegisteredOn: (r) => asDate(r.firstRegisteredOn),
  sectors: (r, { t }) => joined(r.sectors.map((s) => sectorLabel(t, s))),
  vsicSections: (r) => joined(r.vsicSections),
  stage: (r, { t }) => (r.stage ? stageLabel(t, r.stage) : null),
  teamSize: (r) => r.teamSize,
  website: (r) => r.website,
  email: (r) => r.email,
  phone: (r) => r.phone,
  descriptionVi: (r) => r.descriptionVi,
  descriptionEn: (r) => r.descriptionEn,
  products: (r) => r.products,
  certifications: (r, { t }) => joined(r.certifications.map((c) => certificationLabel(t, c))),
  capitalRaisedVnd: (r) => (r.capitalRaisedVnd === null ? null : Number(r.capitalRaisedVnd)),
  status: (r, { t }) => t(STATUS_KEY(r.status)),
  externalId: (r) => r.externalId,
};

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
    numFmt:
      field === 'firstRegisteredOn'
        ? 'dd/mm/yyyy'
        : field === 'capitalRaisedVnd' || field === 'teamSize'
          ? '#,##0'
          : undefined,
    value: staffValue[field],
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
  /** Where the codes of a code column are listed. */
  codes?: 'kind' | 'province' | 'sector' | 'vsic' | 'stage' | 'certification' | 'status';
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

export const OPEN_COLUMNS: OpenColumn[] = [
  openColumn('id', 'uuid', (r) => r.id),
  openColumn('url', 'url', (r, env) => profileUrl(r, env)),
  openColumn('legal_name', 'text', (r) => r.legalName),
  openColumn('short_name', 'text', (r) => r.shortName),
  openColumn('kind', 'code', (r) => r.kind, { codes: 'kind' }),
  openColumn('province_code', 'code', (r) => r.provinceCode, { codes: 'province' }),
  openColumn('province_name', 'text', (r) =>
    r.provinceCode ? (provinceByCode(r.provinceCode)?.name ?? null) : null,
  ),
  openColumn('address', 'text', (r) => r.address, { restricted: true }),
  openColumn('tax_code', 'text', (r) => r.taxCode, { restricted: true }),
  openColumn('first_registered_on', 'date', (r) => isoDate(r.firstRegisteredOn), {
    restricted: true,
  }),
  openColumn('innovative_startup', 'boolean', (r, env) =>
    // Unknown when the registration date is not public: the flag would reveal it.
    (r.visibility.firstRegisteredOn ?? 'public') !== 'public'
      ? null
      : isInnovativeStartup(
          { kind: r.kind as OrganizationKind, firstRegisteredOn: r.firstRegisteredOn },
          env.today,
        ),
  ),
  openColumn('sectors', 'codes', (r) => r.sectors, { codes: 'sector' }),
  openColumn('vsic_sections', 'codes', (r) => r.vsicSections, { codes: 'vsic' }),
  openColumn('stage', 'code', (r) => r.stage, { codes: 'stage' }),
  openColumn('team_size', 'integer', (r) => r.teamSize, { restricted: true }),
  openColumn('website', 'url', (r) => r.website),
  openColumn('email', 'text', (r) => r.email, { restricted: true }),
  openColumn('phone', 'text', (r) => r.phone, { restricted: true }),
  openColumn('description_vi', 'text', (r) => r.descriptionVi),
  openColumn('description_en', 'text', (r) => r.descriptionEn),
  openColumn('products', 'text', (r) => r.products),
  openColumn('certifications', 'codes', (r) => r.certifications, { codes: 'certification' }),
  openColumn(
    'capital_raised_vnd',
    'integer',
    (r) => (r.capitalRaisedVnd === null ? null : Number(r.capitalRaisedVnd)),
    { restricted: true },
  ),
  openColumn('status', 'code', (r) => r.status, { codes: 'status' }),
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
