// What a profile form (organisation or person) sends, read the same way for both.
import { VISIBILITIES, type Visibility } from '../domain/taxonomy';

/** A body from `parseBody({ all: true })`. */
export type FormBody = Record<string, string | File | (string | File)[]>;

/** The text values of one name, in NFC (files ignored). */
export const formStrings = (v: FormBody[string] | undefined): string[] =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v])
    .filter((x): x is string => typeof x === 'string')
    .map((s) => s.normalize('NFC'));

export const isVisibility = (v: string): v is Visibility =>
  (VISIBILITIES as readonly string[]).includes(v);

/** The name of the control choosing who may see a field. */
export const visibilityName = (field: string) => `visibility.${field}`;

/** The first text value of a field, in NFC; '' when absent. */
export const firstValue = (v: unknown): string =>
  typeof v === 'string' ? v.normalize('NFC') : Array.isArray(v) ? firstValue(v[0]) : '';

/** The version the form was loaded at (hidden field), -1 when missing or malformed. */
export const formVersion = (body: FormBody): number => {
  const v = firstValue(body.version);
  return /^\d{1,9}$/.test(v) ? Number(v) : -1;
};
