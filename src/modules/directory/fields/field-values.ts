// A stored value of a declared field as the form's text box holds it and as people read it.
import {
  formatDate,
  formatNumber,
  formatVnd,
  type Locale,
  type Translate,
} from '../../../platform/i18n';
import type { OrganizationRow } from '../db/organizations.repository';
import { fieldSpec, type OrganizationField } from '../organization-fields';

type Value = OrganizationRow[OrganizationField];

/** yyyy-mm-dd → dd/mm/yyyy, as people in Vietnam write dates. */
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** A stored value as the contract takes it again: empty as absent, money as its digits. */
export const storedAsInput = (value: Value): unknown =>
  value === null ? undefined : typeof value === 'bigint' ? value.toString() : value;

/** The value in the form's text box (a choice's code; lists have no box). */
export function formText(field: OrganizationField, value: Value, locale: Locale): string {
  if (value === null || value === undefined || Array.isArray(value)) return '';
  switch (fieldSpec(field).type) {
    case 'date':
      return dmy(String(value));
    case 'money':
      return formatNumber(value as bigint, locale);
    default:
      return String(value);
  }
}

/** The value as people read it on a page ('' when empty): a province by its short name. */
export function displayText(
  field: OrganizationField,
  value: Value,
  env: { t: Translate; locale: Locale },
): string {
  const spec = fieldSpec(field);
  const { t, locale } = env;
  if (value === null || value === undefined) return '';
  switch (spec.type) {
    case 'choice': {
      const code = String(value);
      return spec.choice!.short?.(code) ?? spec.choice!.label(t, code);
    }
    case 'choices':
      return (value as string[]).map((c) => spec.choice!.label(t, c)).join(', ');
    case 'date':
      return formatDate(new Date(`${String(value)}T00:00:00+07:00`), locale);
    case 'whole':
      return formatNumber(value as number, locale);
    case 'money':
      return formatVnd(value as bigint, locale);
    default:
      return String(value);
  }
}
