// A command's or a query's input checked against its schema: zod's issues as catalog messages
// keyed by field, so forms and the API speak the request's language.
import { z } from 'zod';
import type { FieldErrors, FieldMessage } from '../errors';
import { isMessageKey } from '../i18n';
import { parseDecimal, parseWhole } from './form-values';

/** A zod issue as a catalog message, so forms and the API speak the request's language. */
export function issueMessage(issue: z.core.$ZodIssue): FieldMessage {
  if (isMessageKey(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? { key: 'validation.required' }
          : { key: 'validation.tooShort', params: { min: Number(issue.minimum) } }
        : { key: 'validation.invalid' };
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'validation.tooLong', params: { max: Number(issue.maximum) } }
        : { key: 'validation.invalid' };
    case 'invalid_format':
      return issue.format === 'email' ? { key: 'validation.email' } : { key: 'validation.invalid' };
    case 'invalid_type':
      return typeMessage(issue);
    case 'invalid_value':
      return { key: 'validation.choice' };
    default:
      return { key: 'validation.invalid' };
  }
}

/**
 * A value of the wrong type. zod reports what it received in its message only (the issue's
 * input is left out), and a missing value is one that received undefined: 3.7 where a whole
 * number belongs is not an empty field.
 */
function typeMessage(issue: z.core.$ZodIssueInvalidType): FieldMessage {
  if (issue.message.endsWith('received undefined')) return { key: 'validation.required' };
  if (issue.expected === 'int') return { key: 'validation.wholeNumber' };
  if (issue.expected === 'number') return { key: 'validation.number' };
  return { key: 'validation.invalid' };
}

/**
 * A whole number sent as a number or as digits ("1.500" grouped as people type it); empty text
 * and null are no value. Unlike z.coerce, true is not 1 and "" is not 0.
 */
export const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? readWhole(v) : (v ?? undefined)),
    z.number().int().min(min).max(max).optional(),
  );

/** "3,7" or "3.7" stay numbers, so that the message says a whole one is wanted. */
function readWhole(typed: string): number | string | undefined {
  const value = parseWhole(typed);
  return value === 'invalid' ? (parseDecimal(typed) ?? typed) : value;
}

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_';
    out[field] ??= issueMessage(issue);
  }
  return out;
}

export type QueryResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates a list's query string; the caller answers 422 with the field messages. */
export function parseQuery<S extends z.ZodType>(
  schema: S,
  query: Record<string, string>,
): QueryResult<z.output<S>> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return { ok: true, data: parsed.data };
  // The page number has no form field to point at; it is reported in the summary alone.
  const { page, ...errors } = fieldErrors(parsed.error);
  return { ok: false, errors: page ? { ...errors, _: page } : errors };
}

/** Renames the fields of a command's messages to the form controls that hold them. */
export function renameFields(fields: FieldErrors, control: (path: string) => string): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) out[control(path)] ??= message;
  return out;
}
