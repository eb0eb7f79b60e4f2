// The plan and amendment forms as posted, read into the commands' inputs.
import { parseCalendarDay } from '../../../platform/i18n/vn-time';
import {
  formString,
  parseWhole,
  type FormBody,
  type FormValues,
} from '../../../platform/input/form-values';
import type { TAmendmentInput, TPlanFieldsInput } from '../contracts';

const PLAN_FIELDS = [
  'title',
  'decisionNumber',
  'decisionDate',
  'periodStart',
  'periodEnd',
  'goals',
];

const day = (typed: string) => parseCalendarDay(typed) ?? typed;
/** A year typed; anything else stays text so that the check names the field. */
const year = (typed: string) => {
  const n = parseWhole(typed);
  return typeof n === 'number' ? n : undefined;
};

export function readPlanForm(body: FormBody): { fields: TPlanFieldsInput; values: FormValues } {
  const values: FormValues = {};
  for (const f of PLAN_FIELDS) values[f] = formString(body, f);
  return {
    values,
    fields: {
      title: values.title ?? '',
      decisionNumber: values.decisionNumber ?? '',
      decisionDate: day(values.decisionDate ?? ''),
      periodStart: year(values.periodStart ?? '') as number,
      periodEnd: year(values.periodEnd ?? '') as number,
      goals: values.goals ?? '',
    },
  };
}

export function readAmendForm(body: FormBody): {
  amendment: TAmendmentInput;
  values: FormValues;
} {
  const values: FormValues = {
    decisionNumber: formString(body, 'amend_decisionNumber'),
    decisionDate: formString(body, 'amend_decisionDate'),
    note: formString(body, 'amend_note'),
  };
  return {
    values,
    amendment: {
      decisionNumber: values.decisionNumber ?? '',
      decisionDate: day(values.decisionDate ?? ''),
      note: values.note ?? '',
    },
  };
}

/** Field errors of the amendment form carry its controls' names. */
export const amendFieldName = (field: string) => `amend_${field}`;
