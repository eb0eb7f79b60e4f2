// The organisation form as the browser sends it, and back: values kept as typed so a refused or
// stale save shows them again, and the input the command validates.
import type { FieldErrors } from '../../../platform/errors';
import { formatNumber, type Locale } from '../../../platform/i18n';
import {
  RESTRICTABLE_FIELDS,
  type TOrganizationFields,
  type TOrganizationFieldsInput,
} from '../contracts';
import type { OrganizationRow } from '../db/organizations.repository';
import type { Visibility } from '../domain/taxonomy';
import {
  formFiles,
  formString,
  formStrings,
  type FormBody,
} from '../../../platform/input/form-values';
import { isVisibility, visibilityName } from './visibility';
import { readLogoForm, type LogoFormValue } from './organization-logo';

/** Single-value fields, in form order. */
export const SCALAR_FIELDS = [
  'kind',
  'legalName',
  'shortName',
  'taxCode',
  'externalId',
  'firstRegisteredOn',
  'status',
  'provinceCode',
  'address',
  'website',
  'email',
  'phone',
  'stage',
  'teamSize',
  'capitalRaisedVnd',
  'descriptionVi',
  'descriptionEn',
  'products',
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

/** Fields chosen with checkboxes. */
export const LIST_FIELDS = ['sectors', 'vsicSections', 'certifications'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export type RestrictableField = (typeof RESTRICTABLE_FIELDS)[number];

export interface OrganizationFormValues {
  scalars: Record<ScalarField, string>;
  lists: Record<ListField, string[]>;
  visibility: Record<RestrictableField, Visibility>;
  logo: LogoFormValue;
}

/** Names of the logo's controls: the file input is named like the column, as errors are. */
export const LOGO_FIELDS = { file: 'logoFile', pending: 'logoPending', remove: 'logoRemove' };

/** What the form sent, unknown names ignored. */
export function readOrganizationForm(body: FormBody): OrganizationFormValues {
  const scalars = {} as Record<ScalarField, string>;
  for (const f of SCALAR_FIELDS) scalars[f] = formString(body, f);
  const lists = {} as Record<ListField, string[]>;
  for (const f of LIST_FIELDS) lists[f] = [...new Set(formStrings(body, f))];
  const visibility = {} as Record<RestrictableField, Visibility>;
  for (const f of RESTRICTABLE_FIELDS) {
    const v = formStrings(body, visibilityName(f))[0] ?? 'public';
    // An unknown level is kept as the most restrictive one rather than published.
    visibility[f] = isVisibility(v) ? v : 'staff';
  }
  const logo = readLogoForm(
    formFiles(body, LOGO_FIELDS.file)[0],
    formString(body, LOGO_FIELDS.pending),
    formString(body, LOGO_FIELDS.remove),
  );
  return { scalars, lists, visibility, logo };
}

/** yyyy-mm-dd → dd/mm/yyyy, as people in Vietnam write dates. */
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** A stored profile as the form shows it. */
export function formValuesOf(row: OrganizationRow, locale: Locale): OrganizationFormValues {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  const scalars: Record<ScalarField, string> = {
    kind: row.kind,
    legalName: row.legalName,
    shortName: text(row.shortName),
    taxCode: text(row.taxCode),
    externalId: text(row.externalId),
    firstRegisteredOn: row.firstRegisteredOn ? dmy(row.firstRegisteredOn) : '',
    status: row.status,
    provinceCode: text(row.provinceCode),
    address: text(row.address),
    website: text(row.website),
    email: text(row.email),
    phone: text(row.phone),
    stage: text(row.stage),
    teamSize: text(row.teamSize),
    capitalRaisedVnd:
      row.capitalRaisedVnd === null ? '' : formatNumber(row.capitalRaisedVnd, locale),
    descriptionVi: text(row.descriptionVi),
    descriptionEn: text(row.descriptionEn),
    products: text(row.products),
  };
  const visibility = {} as Record<RestrictableField, Visibility>;
  for (const f of RESTRICTABLE_FIELDS) visibility[f] = row.visibility[f] ?? 'public';
  return {
    scalars,
    lists: {
      sectors: [...row.sectors],
      vsicSections: [...row.vsicSections],
      certifications: [...row.certifications],
    },
    visibility,
    logo: { remove: false },
  };
}

/** An empty form for a new profile: a startup, everything public. */
export function emptyFormValues(): OrganizationFormValues {
  const scalars = {} as Record<ScalarField, string>;
  for (const f of SCALAR_FIELDS) scalars[f] = '';
  scalars.kind = 'startup';
  scalars.status = 'active';
  const visibility = {} as Record<RestrictableField, Visibility>;
  for (const f of RESTRICTABLE_FIELDS) visibility[f] = 'public';
  return {
    scalars,
    lists: { sectors: [], vsicSections: [], certifications: [] },
    visibility,
    logo: { remove: false },
  };
}

/** The command's input: empty boxes are absent fields; only restricted levels are stored. */
export function inputFromForm(values: OrganizationFormValues): TOrganizationFieldsInput {
  const input: Record<string, unknown> = {};
  for (const f of SCALAR_FIELDS) {
    const v = values.scalars[f].trim();
    if (v !== '') input[f] = v;
  }
  for (const f of LIST_FIELDS) input[f] = values.lists[f];
  const visibility: Record<string, Visibility> = {};
  for (const f of RESTRICTABLE_FIELDS) {
    if (values.visibility[f] !== 'public') visibility[f] = values.visibility[f];
  }
  input.visibility = visibility;
  return input as TOrganizationFieldsInput;
}

/** The form control an error belongs to: "sectors.2" → "sectors". */
export function formFieldErrors(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const [head = '_', second] = path.split('.');
    const key = head === 'visibility' && second ? `visibility.${second}` : head;
    out[key] ??= message;
  }
  return out;
}

type Comparable = Pick<TOrganizationFields, keyof TOrganizationFields>;

const normalized = (v: unknown): string =>
  v === undefined || v === null
    ? ''
    : Array.isArray(v)
      ? [...v].map(String).sort().join(',')
      : String(v);

/**
 * The fields on which what the user submitted differs from the stored row: after a stale save,
 * these are the ones to compare with the version someone else saved.
 */
export function differingFields(
  submitted: Comparable,
  current: OrganizationRow,
): (ScalarField | ListField | RestrictableField)[] {
  const out: (ScalarField | ListField | RestrictableField)[] = [];
  for (const f of [...SCALAR_FIELDS, ...LIST_FIELDS]) {
    if (normalized(submitted[f]) !== normalized(current[f])) out.push(f);
  }
  for (const f of RESTRICTABLE_FIELDS) {
    const mine = submitted.visibility[f] ?? 'public';
    const theirs = current.visibility[f] ?? 'public';
    if (mine !== theirs && !out.includes(f)) out.push(f);
  }
  return out;
}
