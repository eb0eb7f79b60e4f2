// The need form as posted (short enough for a phone), read into a command's input.
import {
  formString,
  formStrings,
  parseVnd,
  type FormBody,
  type FormValues,
} from '../../../platform/input/form-values';
import type { TNeedFieldsInput } from '../contracts';

export const NEED_TEXT_FIELDS = [
  'owner',
  'title',
  'teaser',
  'problem',
  'currentSolution',
  'constraints',
  'budgetMinVnd',
  'budgetMaxVnd',
  'timeline',
  'isPublic',
  'contactName',
  'contactPhone',
] as const;

export interface NeedFormState {
  values: FormValues;
  sectors: string[];
}

export interface NeedInput {
  owner: string;
  submissionKey?: string;
  fields: TNeedFieldsInput;
}

export function readNeedForm(body: FormBody): { input: NeedInput; state: NeedFormState } {
  const values: FormValues = {};
  for (const f of NEED_TEXT_FIELDS) values[f] = formString(body, f);
  const sectors = formStrings(body, 'sectors');
  const v = (name: string) => values[name] ?? '';
  return {
    input: {
      owner: v('owner'),
      submissionKey: formString(body, 'submissionKey'),
      fields: {
        title: v('title'),
        teaser: v('teaser'),
        problem: v('problem'),
        currentSolution: v('currentSolution'),
        constraints: v('constraints'),
        budgetMinVnd: parseVnd(v('budgetMinVnd')),
        budgetMaxVnd: parseVnd(v('budgetMaxVnd')),
        timeline: v('timeline') as TNeedFieldsInput['timeline'],
        sectors: sectors as TNeedFieldsInput['sectors'],
        // Confidential unless the owner says the details may be public.
        isConfidential: v('isPublic') !== 'yes',
        contactName: v('contactName'),
        contactPhone: v('contactPhone'),
      },
    },
    state: { values, sectors },
  };
}
