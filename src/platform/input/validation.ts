// A command's or a query's input checked against its schema: zod's issues as catalog messages
// keyed by field, so forms and the API speak the request's language.
import type { z } from 'zod';
import type { FieldErrors, FieldMessage } from '../errors';
import { isMessageKey } from '../i18n';

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
      return issue.input === undefined
        ? { key: 'validation.required' }
        : { key: 'validation.invalid' };
    case 'invalid_value':
      return { key: 'validation.choice' };
    default:
      return { key: 'validation.invalid' };
  }
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
