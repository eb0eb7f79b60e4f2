// The deal form as posted, read into the command's input.
import { formString, parseDay, parseVnd, type FormBody } from '../../../platform/input/form-values';
import type { TDealFieldsInput } from '../contracts';

export const DEAL_FIELDS = [
  'counterpart',
  'object',
  'transferForm',
  'direction',
  'usesStateCapital',
  'valueVnd',
  'signedOn',
  'contractNumber',
  'evidence',
] as const;

/** A day typed as dd/mm/yyyy or yyyy-mm-dd, as yyyy-mm-dd (left as typed when unreadable). */
function dayOf(typed: string): string {
  const day = parseDay(typed);
  return day instanceof Date
    ? new Date(day.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
    : typed;
}

export function readDealForm(body: FormBody): {
  fields: TDealFieldsInput;
  values: Record<string, string>;
} {
  const values = Object.fromEntries(DEAL_FIELDS.map((f) => [f, formString(body, f)]));
  return {
    values,
    fields: {
      counterpart: values.counterpart ?? '',
      object: values.object ?? '',
      transferForm: values.transferForm as TDealFieldsInput['transferForm'],
      direction: (values.direction || 'domestic') as TDealFieldsInput['direction'],
      usesStateCapital: values.usesStateCapital === 'yes',
      valueVnd: parseVnd(values.valueVnd ?? ''),
      signedOn: dayOf(values.signedOn ?? ''),
      contractNumber: values.contractNumber ?? '',
      evidence: values.evidence ?? '',
    },
  };
}
