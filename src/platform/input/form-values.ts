// What a form sent, read one way for every page and command: texts in NFC, checkbox groups,
// files, the version field, and typed money, numbers and dates. Plain values: the routes read the
// request (platform/http/form-reader) and services take what is read here.
import { parseVnDateTime, startOfVnDay } from '../i18n/vn-time';

/** A posted body, every value of a repeated name kept (`parseBody({ all: true })`). */
export type FormBody = Record<string, string | File | (string | File)[]>;
/** The first text of each field: what refills a form. */
export type FormValues = Record<string, string>;
export type PostedFile = { name: string; bytes: Uint8Array };

const parts = (body: FormBody, name: string) => {
  const v = body[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/** Every text value of a name, in NFC (files ignored): a checkbox group's choices. */
export const formStrings = (body: FormBody, name: string): string[] =>
  parts(body, name)
    .filter((x): x is string => typeof x === 'string')
    .map((s) => s.normalize('NFC'));

/** The first text value of a name, in NFC; '' when absent. */
export const formString = (body: FormBody, name: string): string =>
  formStrings(body, name)[0] ?? '';

/** The first text value of every field, in NFC. */
export const textValues = (body: FormBody): FormValues =>
  Object.fromEntries(Object.keys(body).map((k) => [k, formString(body, k)] as const));

/** The version the form was loaded at (hidden `version`), -1 when missing or malformed. */
export const formVersion = (body: FormBody): number => {
  const v = formString(body, 'version');
  return /^\d{1,9}$/.test(v) ? Number(v) : -1;
};

/**
 * The files chosen under a name. A browser sends an empty part for an empty file input; one with
 * a name but no bytes is kept, as a file that was chosen and is empty.
 */
export const formFiles = (body: FormBody, name: string): File[] =>
  parts(body, name).filter((f): f is File => f instanceof File && (f.size > 0 || f.name !== ''));

/** The non-empty files posted under a name, their names in NFC and their bytes read. */
export function postedFiles(body: FormBody, name: string): Promise<PostedFile[]> {
  return Promise.all(
    formFiles(body, name)
      .filter((file) => file.size > 0)
      .map(async (file) => ({
        name: file.name.normalize('NFC'),
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
  );
}

/** What a typed value is: empty, not readable, or its value. */
export type Typed<T> = T | undefined | 'invalid';

/** Spaces of any width (typed, pasted from a spreadsheet or a PDF) all separate groups alike. */
const collapseSpaces = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');
/** 1 to 3 digits, then groups of 3 after one separator used throughout. */
const GROUPED = /^\d{1,3}(?:([. ,])\d{3})(?:\1\d{3})*$/;

/**
 * An amount of đồng as typed: "2000000000", "2.000.000.000", "2 000 000 000" or "2,000,000,000",
 * optionally followed by đ, ₫, đồng, VND or VNĐ. Undefined when it is not a whole, non-negative
 * amount a number holds exactly (VND has no minor unit: "2.000.000,50" and "1.5" are refused
 * rather than guessed).
 */
export function vndAmount(typed: string): number | undefined {
  const s = collapseSpaces(typed)
    .replace(/\s*(₫|đồng|đ|vnđ|vnd)$/iu, '')
    .trim();
  let digits: string;
  if (/^\d+$/.test(s)) digits = s;
  else if (GROUPED.test(s)) digits = s.replace(/[. ,]/g, '');
  else return undefined;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A money field: whole đồng, undefined when empty. */
export function parseVnd(typed: string): Typed<bigint> {
  if (typed.trim() === '') return undefined;
  const amount = vndAmount(typed);
  return amount === undefined ? 'invalid' : BigInt(amount);
}

/**
 * A whole number typed in a form ("1500", or grouped "1.500" / "1 500"); undefined when empty.
 * A dot that does not group thousands is a decimal mark: "3.7" is not 37.
 */
export function parseWhole(typed: string): Typed<number> {
  const s = collapseSpaces(typed);
  if (s === '') return undefined;
  const digits = /^\d{1,3}(?:([. ])\d{3})(?:\1\d{3})*$/.test(s) ? s.replace(/[. ]/g, '') : s;
  return /^\d{1,9}$/.test(digits) ? Number(digits) : 'invalid';
}

/**
 * A number typed in a form, Vietnamese style first: a comma is the decimal mark and dots or
 * spaces group thousands ("1.500" is 1500, "12,5" is 12.5); a lone dot that cannot be a group
 * ("12.5") is a decimal mark. Undefined when it is not a number.
 */
export function parseDecimal(typed: string): number | undefined {
  const s = collapseSpaces(typed);
  const match = /^([+-]?)([\d. ]+?)(?:,(\d+))?$/.exec(s);
  if (!match) return undefined;
  const [, sign, whole = '', fraction] = match;
  let integer: string;
  if (/^\d+$/.test(whole)) integer = whole;
  else if (/^\d{1,3}(?:([. ])\d{3})(?:\1\d{3})*$/.test(whole)) integer = whole.replace(/[. ]/g, '');
  else if (fraction === undefined && /^\d+\.\d+$/.test(whole)) return Number(`${sign}${whole}`);
  else return undefined;
  return Number(`${sign}${integer}${fraction === undefined ? '' : `.${fraction}`}`);
}

/** A day typed as dd/mm/yyyy or yyyy-mm-dd: the instant it begins in Vietnam. */
export function parseDay(typed: string): Typed<Date> {
  if (typed.trim() === '') return undefined;
  return startOfVnDay(typed) ?? 'invalid';
}

/** A Vietnam wall-clock time (datetime-local or "dd/mm/yyyy hh:mm"): its instant. */
export function parseDateTime(typed: string): Typed<Date> {
  if (typed.trim() === '') return undefined;
  return parseVnDateTime(typed) ?? 'invalid';
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
