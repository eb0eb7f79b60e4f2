// The person form as the browser sends it, and back: values kept as typed so that a refused or
// stale save shows them again, and the input the person commands validate.
import type { FieldErrors } from '../../../platform/errors';
import type { Locale } from '../../../platform/i18n';
import type { PersonRow } from '../db/people.repository';
import type { Visibility } from '../domain/taxonomy';
import { formString, formStrings, type FormBody } from '../../../platform/input/form-values';
import { isVisibility, visibilityName } from './visibility';
import {
  MAX_PERSON_LINKS,
  PERSON_VISIBILITY_DEFAULTS,
  type PersonVisibilityField,
  type TPersonFields,
  type TPersonFieldsInput,
} from './create-person';
import { languageLabel, resolveLanguage } from './person-search-fields';

/** Single-value fields, in form order; lists typed as text (expertise, languages, links) too. */
export const PERSON_TEXT_FIELDS = [
  'fullName',
  'headline',
  'bioVi',
  'bioEn',
  'expertise',
  'languages',
  'provinceCode',
  'email',
  'phone',
  'website',
  'links',
  'contactPreference',
  'externalId',
] as const;
export type PersonTextField = (typeof PERSON_TEXT_FIELDS)[number];

export const PERSON_VISIBILITY_FIELDS = Object.keys(
  PERSON_VISIBILITY_DEFAULTS,
) as PersonVisibilityField[];

export interface PersonFormValues {
  text: Record<PersonTextField, string>;
  roles: string[];
  visibility: Record<PersonVisibilityField, Visibility>;
}

/** What the form sent, unknown names ignored. */
export function readPersonForm(body: FormBody): PersonFormValues {
  const text = {} as Record<PersonTextField, string>;
  for (const f of PERSON_TEXT_FIELDS) text[f] = formString(body, f);
  const visibility = { ...PERSON_VISIBILITY_DEFAULTS } as Record<PersonVisibilityField, Visibility>;
  for (const f of PERSON_VISIBILITY_FIELDS) {
    const v = formStrings(body, visibilityName(f))[0];
    // An unknown level is kept as the most restrictive one rather than published.
    if (v !== undefined) visibility[f] = isVisibility(v) ? v : 'staff';
  }
  return { text, roles: [...new Set(formStrings(body, 'roles'))], visibility };
}

/** A new profile: contact through the platform, e-mail and phone for staff only. */
export function emptyPersonFormValues(): PersonFormValues {
  const text = {} as Record<PersonTextField, string>;
  for (const f of PERSON_TEXT_FIELDS) text[f] = '';
  text.contactPreference = 'platform';
  return { text, roles: [], visibility: { ...PERSON_VISIBILITY_DEFAULTS } };
}

/** "https://www.linkedin.com/in/x" → "linkedin.com": the label of a link typed without one. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** A language as the form shows it: its name, unless the name would not read back as it. */
function languageText(code: string, locale: Locale) {
  const name = languageLabel(code, locale);
  return resolveLanguage(name) === code ? name : code;
}

/** A stored person as the form shows it. */
export function personFormValuesOf(row: PersonRow, locale: Locale): PersonFormValues {
  const links = Object.entries(row.links).map(([label, url]) =>
    hostOf(url) === label ? url : `${label}: ${url}`,
  );
  const v = row.visibility;
  return {
    text: {
      fullName: row.fullName,
      headline: row.headline ?? '',
      bioVi: row.bioVi ?? '',
      bioEn: row.bioEn ?? '',
      expertise: row.expertise.join('\n'),
      languages: row.languages.map((l) => languageText(l, locale)).join(', '),
      provinceCode: row.provinceCode ?? '',
      email: row.email ?? '',
      phone: row.phone ?? '',
      website: row.website ?? '',
      links: links.join('\n'),
      contactPreference: row.contactPreference,
      externalId: row.externalId ?? '',
    },
    roles: [...row.roles],
    visibility: {
      email: v.email ?? 'public',
      phone: v.phone ?? 'public',
      website: v.website ?? 'public',
      provinceCode: v.provinceCode ?? 'public',
      bio: v.bioVi ?? v.bioEn ?? 'public',
    },
  };
}

/** Items of a list typed as text: one a line, or separated by commas or semicolons. */
const items = (s: string) =>
  s
    .split(/[\n,;]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** "LinkedIn: https://…" or a bare address a line; the label is the site when none is given. */
function readLinks(s: string, errors: FieldErrors): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    const words = line.split(/\s+/);
    const url = words.pop() ?? '';
    const host = /^https?:\/\//i.test(url) ? hostOf(url) : undefined;
    if (!host) {
      errors.links ??= { key: 'directory.personForm.error.link', params: { line } };
      continue;
    }
    const label = words.join(' ').replace(/[\s:：|–-]+$/, '') || host;
    let key = label.slice(0, 60);
    for (let n = 2; key in out; n++) key = `${label.slice(0, 55)} (${n})`;
    out[key] = url;
  }
  if (lines.length > MAX_PERSON_LINKS) {
    errors.links ??= { key: 'directory.person.error.linksCount' };
  }
  return out;
}

/**
 * The commands' input, and the mistakes the form itself can name better than the command (which
 * language or which line was not understood). Empty boxes are absent fields.
 */
export function personInputFromForm(values: PersonFormValues): {
  input: TPersonFieldsInput;
  errors: FieldErrors;
} {
  const errors: FieldErrors = {};
  const input: Record<string, unknown> = {};
  for (const f of PERSON_TEXT_FIELDS) {
    const v = values.text[f].trim();
    if (v !== '') input[f] = v;
  }
  input.expertise = items(values.text.expertise);
  input.languages = items(values.text.languages);
  const unknown = (input.languages as string[]).find((l) => !resolveLanguage(l));
  if (unknown)
    errors.languages = { key: 'directory.personForm.error.language', params: { value: unknown } };
  input.links = readLinks(values.text.links, errors);
  input.roles = values.roles;
  input.visibility = values.visibility;
  return { input: input as TPersonFieldsInput, errors };
}

type Comparable = Pick<TPersonFields, keyof TPersonFields>;

const normalized = (v: unknown): string =>
  v === undefined || v === null
    ? ''
    : Array.isArray(v)
      ? [...v].map(String).sort().join(',')
      : typeof v === 'object'
        ? JSON.stringify(Object.entries(v).sort())
        : String(v);

const COMPARED = ['roles', ...PERSON_TEXT_FIELDS] as const;
export type ComparedPersonField = (typeof COMPARED)[number] | `visibility.${PersonVisibilityField}`;

/**
 * The form controls where what the user submitted differs from the stored row: after a stale
 * save, these are the ones to compare with the version someone else saved.
 */
export function differingPersonFields(
  submitted: Comparable,
  current: PersonRow,
): ComparedPersonField[] {
  const out: ComparedPersonField[] = COMPARED.filter(
    (f) => normalized(submitted[f]) !== normalized(current[f]),
  );
  const mine: Record<string, string> = submitted.visibility;
  for (const f of PERSON_VISIBILITY_FIELDS) {
    const column = f === 'bio' ? 'bioVi' : f;
    if ((mine[column] ?? 'public') !== (current.visibility[column] ?? 'public'))
      out.push(`visibility.${f}`);
  }
  return out;
}
