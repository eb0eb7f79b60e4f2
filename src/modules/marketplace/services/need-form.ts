// The need form as posted (short enough for a phone), read into a command's input.
import {
  formString,
  formStrings,
  parseVnd,
  type FormBody,
  type FormValues,
} from '../../../platform/input/form-values';
import type { TNeedFieldsInput } from '../contracts';
import type { NeedRow } from '../db/needs.repository';
import { NEED_RESTRICTABLE } from '../domain/confidentiality';
import { readTiers, tierValues } from './tier-form';

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
  'allowsDirectIntroduction',
  'contactName',
  'contactPhone',
] as const;

export interface NeedFormState {
  values: FormValues;
  sectors: string[];
  transferForms?: string[];
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
  const transferForms = formStrings(body, 'transferForms');
  const v = (name: string) => values[name] ?? '';
  const chosen = readTiers(body, NEED_RESTRICTABLE);
  Object.assign(values, chosen.values);
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
        transferForms: transferForms as TNeedFieldsInput['transferForms'],
        visibility: chosen.tiers as TNeedFieldsInput['visibility'],
        // Confidential unless the owner says the details may be public.
        isConfidential: v('isPublic') !== 'yes',
        allowsDirectIntroduction: v('allowsDirectIntroduction') === 'yes',
        contactName: v('contactName'),
        contactPhone: v('contactPhone'),
      },
    },
    state: { values, sectors, transferForms },
  };
}

/** A posted need as its form shows it for correction. */
export function needFormState(need: NeedRow): NeedFormState {
  const money = (v: bigint | null) => (v === null ? '' : v.toString());
  return {
    values: {
      title: need.title,
      teaser: need.teaser,
      problem: need.problem,
      currentSolution: need.currentSolution,
      constraints: need.constraints,
      budgetMinVnd: money(need.budgetMinVnd),
      budgetMaxVnd: money(need.budgetMaxVnd),
      timeline: need.timeline,
      isPublic: need.isConfidential ? '' : 'yes',
      allowsDirectIntroduction: need.allowsDirectIntroduction ? 'yes' : '',
      contactName: need.contactName,
      contactPhone: need.contactPhone,
      ...tierValues(need.visibility, NEED_RESTRICTABLE, 'parties'),
    },
    sectors: need.sectors,
    transferForms: need.transferForms,
  };
}
