// How the programme and call pages read what a browser sent, and turn typed text into values.
import type { FieldErrors } from '../../../platform/http/errors';

/** A body from `parseBody({ all: true })`. */
export type FormBody = Record<string, string | File | (string | File)[]>;
export type FormValues = Record<string, string>;

/** Every text value of a name, in NFC (files ignored). */
export const allValues = (body: FormBody, name: string): string[] => {
  const v = body[name];
  return (v === undefined ? [] : Array.isArray(v) ? v : [v])
    .filter((x): x is string => typeof x === 'string')
    .map((s) => s.normalize('NFC'));
};

/** The first text value of every field, in NFC. */
export const textValues = (body: FormBody): FormValues =>
  Object.fromEntries(Object.keys(body).map((k) => [k, allValues(body, k)[0] ?? ''] as const));

/** The version the page was loaded at (hidden field), -1 when missing or malformed. */
export const versionOf = (values: FormValues): number =>
  /^\d{1,9}$/.test(values.version ?? '') ? Number(values.version) : -1;

/** "2.000.000.000", "2 000 000 000 ₫" or "2000000000" as whole đồng; undefined when empty. */
export function parseVnd(typed: string): bigint | undefined | 'invalid' {
  const s = typed.replace(/[\s.,_]|₫|đ|vnd/gi, '');
  if (s === '') return undefined;
  return /^\d{1,18}$/.test(s) ? BigInt(s) : 'invalid';
}

/** A whole number typed in a form; undefined when empty. */
export function parseWhole(typed: string): number | undefined | 'invalid' {
  const s = typed.trim().replace(/[.\s]/g, '');
  if (s === '') return undefined;
  return /^\d{1,9}$/.test(s) ? Number(s) : 'invalid';
}

/** Lines of "Vietnamese | English [| more]", blank lines skipped. */
export const pipeLines = (typed: string): string[][] =>
  typed
    .split(/\r?\n/)
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter((parts) => parts.some(Boolean));

/** A slug, or the address of a page pasted whole. */
export const lastSegment = (typed: string): string =>
  (typed.trim().split(/[?#]/)[0] ?? '').split('/').filter(Boolean).pop() ?? '';

/** Renames the fields of a command's messages to the form controls that hold them. */
export function renameFields(fields: FieldErrors, control: (path: string) => string): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) out[control(path)] ??= message;
  return out;
}
