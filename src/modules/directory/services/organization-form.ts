// The organisation form as the browser sends it, and back: values kept as typed so a refused or
// stale save shows them again, and the input the command validates.
import type { FieldErrors } from '../../../platform/errors';
import type { Locale } from '../../../platform/i18n';
import { formText, storedAsInput } from '../fields/field-values';
import {
  FIELD_NAMES,
  fieldSpec,
  LIST_FIELDS,
  RESTRICTABLE_FIELDS,
  SCALAR_FIELDS,
  type ListField,
  type OrganizationField,
  type RestrictableField,
  type ScalarField,
  type TOrganizationFields,
  type TOrganizationFieldsInput,
} from '../organization-fields';
import type { OrganizationRow } from '../db/organizations.repository';
import type { Visibility } from '../domain/taxonomy';
import {
  formFiles,
  formString,
  formStrings,
  type FormBody,
} from '../../../platform/input/form-values';
import { isVisibility, visibilityName } from './visibility';
import { readImageUpload, type ImageUpload } from '../../../platform/files/image-upload';

export { LIST_FIELDS, SCALAR_FIELDS, type ListField, type RestrictableField, type ScalarField };

export interface OrganizationFormValues {
  scalars: Record<ScalarField, string>;
  lists: Record<ListField, string[]>;
  visibility: Record<RestrictableField, Visibility>;
  logo: ImageUpload;
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
  const logo = readImageUpload(
    formFiles(body, LOGO_FIELDS.file)[0],
    formString(body, LOGO_FIELDS.pending),
    formString(body, LOGO_FIELDS.remove),
  );
  return { scalars, lists, visibility, logo };
}

/** A stored profile as the form shows it. */
export function formValuesOf(row: OrganizationRow, locale: Locale): OrganizationFormValues {
  const scalars = {} as Record<ScalarField, string>;
  for (const f of SCALAR_FIELDS) scalars[f] = formText(f, row[f], locale);
  const visibility = {} as Record<RestrictableField, Visibility>;
  for (const f of RESTRICTABLE_FIELDS) visibility[f] = row.visibility[f] ?? 'public';
  return {
    scalars,
    lists: Object.fromEntries(LIST_FIELDS.map((f) => [f, [...row[f]]])) as Record<
      ListField,
      string[]
    >,
    visibility,
    logo: { remove: false },
  };
}

/** An empty form for a new profile: a startup, the contract's defaults, everything public. */
export function emptyFormValues(): OrganizationFormValues {
  const scalars = {} as Record<ScalarField, string>;
  for (const f of SCALAR_FIELDS) {
    const empty = fieldSpec(f).input.safeParse(undefined);
    scalars[f] = empty.success && typeof empty.data === 'string' ? empty.data : '';
  }
  scalars.kind = 'startup';
  const visibility = {} as Record<RestrictableField, Visibility>;
  for (const f of RESTRICTABLE_FIELDS) visibility[f] = 'public';
  return {
    scalars,
    lists: Object.fromEntries(LIST_FIELDS.map((f) => [f, [] as string[]])) as Record<
      ListField,
      string[]
    >,
    visibility,
    logo: { remove: false },
  };
}

/**
 * An owner's input, the fields only staff set replaced: by nothing on a new profile, by what is
 * stored on an edit.
 */
export function withoutStaffFields(
  input: TOrganizationFieldsInput,
  stored: OrganizationRow | undefined,
): TOrganizationFieldsInput {
  const out: Record<string, unknown> = { ...input };
  for (const f of FIELD_NAMES) {
    if (!fieldSpec(f).isStaffOnly) continue;
    delete out[f];
    const kept = stored && storedAsInput(stored[f]);
    if (kept !== undefined) out[f] = kept;
  }
  return out as TOrganizationFieldsInput;
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
): (OrganizationField | RestrictableField)[] {
  const out: (OrganizationField | RestrictableField)[] = [];
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
