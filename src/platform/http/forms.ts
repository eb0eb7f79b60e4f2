import type { z } from 'zod';
import { fieldErrors } from '../input/validation';
import type { FieldErrors } from '../errors';
import { textValues, type FormValues } from '../input/form-values';
import type { AppContext } from './context';
import { readBody } from './form-reader';

export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

/** Reads an urlencoded or multipart form and validates it; values are kept to refill the form. */
export async function parseForm<S extends z.ZodType>(
  c: AppContext,
  schema: S,
): Promise<FormResult<z.infer<S>>> {
  const values = textValues(await readBody(c));
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, values };
  return { ok: false, errors: fieldErrors(parsed.error), values };
}
