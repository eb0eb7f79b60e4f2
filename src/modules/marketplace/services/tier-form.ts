// The form's choice of who may read each restrictable field, one select a field named as the
// directory names its visibility controls (`visibility.<field>`).
import { formString, type FormBody, type FormValues } from '../../../platform/input/form-values';
import type { FieldTiers } from '../domain/confidentiality';

export const tierControlName = (field: string) => `visibility.${field}`;

/** What was chosen, as typed (the contract refuses a value that is not a tier), and the refill. */
export function readTiers(
  body: FormBody,
  fields: readonly string[],
): { tiers: Record<string, string>; values: FormValues } {
  const tiers: Record<string, string> = {};
  const values: FormValues = {};
  for (const f of fields) {
    const typed = formString(body, tierControlName(f));
    values[tierControlName(f)] = typed;
    if (typed) tiers[f] = typed;
  }
  return { tiers, values };
}

/** A saved listing's choices as the form shows them. */
export const tierValues = (tiers: FieldTiers, fields: readonly string[], fallback: string) =>
  Object.fromEntries(fields.map((f) => [tierControlName(f), tiers[f] ?? fallback]));
