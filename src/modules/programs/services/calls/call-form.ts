// The call page's form: the call's details, who may apply, and its application form.
import type { FieldErrors } from '../../../../platform/errors';
import type { Status, TCallFieldsInput } from '../../contracts';
import type { CallRow } from '../../db/calls.repository';
import { NO_ELIGIBILITY_RULES } from '../../domain/eligibility-rules';
import { parseVnDateTime, vnDateTimeInputValue } from '../../../../platform/i18n';
import {
  parseWhole,
  textValues,
  type FormBody,
  type FormValues,
} from '../../../../platform/input/form-values';
import { draftOf, formInputOfDraft, newDraft, readDraft, type FormDraft } from './form-builder';

export const ELIGIBILITY_LISTS = ['provinces', 'sectors', 'stages', 'organizationKinds'] as const;
const DETAILS = ['slug', 'titleVi', 'titleEn', 'opensAt', 'closesAt', 'status', 'version'];

export interface CallFormState {
  values: FormValues;
  draft: FormDraft;
}

/** A stored call as the input of an edit. */
export const callInputOf = (call: CallRow): TCallFieldsInput => ({
  titleVi: call.titleVi,
  titleEn: call.titleEn,
  opensAt: call.opensAt,
  closesAt: call.closesAt,
  status: call.status as Status,
  form: call.form,
  eligibility: call.eligibility,
});

export function emptyCallForm(): CallFormState {
  return { values: { status: 'draft' }, draft: newDraft() };
}

export function callFormState(call: CallRow): CallFormState {
  const rules = call.eligibility;
  const values: FormValues = {
    slug: call.slug,
    titleVi: call.titleVi,
    titleEn: call.titleEn,
    opensAt: vnDateTimeInputValue(call.opensAt),
    closesAt: vnDateTimeInputValue(call.closesAt),
    status: call.status,
    'eligibility.maxOrganizationAgeYears': rules.maxOrganizationAgeYears?.toString() ?? '',
  };
  for (const list of ELIGIBILITY_LISTS) values[`eligibility.${list}`] = rules[list].join(', ');
  return { values, draft: draftOf(call.form) };
}

/** A readable time in the shape a datetime-local control shows; anything else as typed. */
export function asInputValue(typed: string): string {
  const at = parseVnDateTime(typed);
  return at ? vnDateTimeInputValue(at) : typed;
}

export function readCallForm(body: FormBody): CallFormState {
  const all = textValues(body);
  const values: FormValues = {};
  for (const k of [...DETAILS, 'eligibility.maxOrganizationAgeYears']) values[k] = all[k] ?? '';
  for (const k of ['opensAt', 'closesAt']) values[k] = asInputValue(values[k]!);
  for (const list of ELIGIBILITY_LISTS)
    values[`eligibility.${list}`] = all[`eligibility.${list}`] ?? '';
  return { values, draft: readDraft(body) };
}

/** The command's input, messages for what could not be read, and the control of a path. */
export function callInputFromForm({ values, draft }: CallFormState) {
  const errors: FieldErrors = {};
  const time = (field: 'opensAt' | 'closesAt') => {
    const typed = values[field] ?? '';
    const at = parseVnDateTime(typed);
    if (!at)
      errors[field] = { key: typed.trim() ? 'programs.error.dateTime' : 'validation.required' };
    return at;
  };
  const opensAt = time('opensAt');
  const closesAt = time('closesAt');
  const age = parseWhole(values['eligibility.maxOrganizationAgeYears'] ?? '');
  if (age === 'invalid')
    errors['eligibility.maxOrganizationAgeYears'] = { key: 'programs.error.wholeNumber' };
  const eligibility: Record<string, unknown> = { ...NO_ELIGIBILITY_RULES };
  if (typeof age === 'number') eligibility.maxOrganizationAgeYears = age;
  for (const list of ELIGIBILITY_LISTS)
    eligibility[list] = (values[`eligibility.${list}`] ?? '').split(/[,;\s]+/).filter(Boolean);
  const form = formInputOfDraft(draft);
  Object.assign(errors, form.errors);
  const input = {
    slug: values.slug?.trim() || undefined,
    titleVi: values.titleVi ?? '',
    titleEn: values.titleEn ?? '',
    status: values.status || 'draft',
    // A time that could not be read has its own message; the command must not add another.
    opensAt: opensAt ?? new Date(0),
    closesAt: closesAt ?? new Date(1),
    form: form.input,
    eligibility,
  } as TCallFieldsInput;
  const controlOf = (path: string): string => {
    if (path.startsWith('form.')) return form.controlOf(path.slice('form.'.length));
    if (path === 'form') return '_';
    const [head, list] = path.split('.');
    if (head === 'eligibility') return list ? `eligibility.${list}` : '_';
    return head ?? '_';
  };
  return { input, errors, controlOf };
}
