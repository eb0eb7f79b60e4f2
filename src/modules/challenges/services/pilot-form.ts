// The centre's pilot agreement form, a check-in form and the living-lab form as posted, read into
// their commands' inputs. Milestones are lines "dd/mm/yyyy | what is due"; the last day of the
// pilot is typed, the pilot ends when that day does.
import type { FieldErrors } from '../../../platform/errors';
import { endOfVnDay, parseCalendarDay } from '../../../platform/i18n/vn-time';
import {
  formString,
  parseDay,
  parseDecimal,
  parseVnd,
  parseWhole,
  pipeLines,
  type FormBody,
  type FormValues,
} from '../../../platform/input/form-values';
import type { TLivingLabFieldsInput, TPilotAgreementInput } from '../contracts';
import { PILOT_SIDES, type PilotSide } from '../domain/pilot';
import type { CheckInInput } from './pilot-check-in';

const PILOT_TEXTS = [
  'solverOrganizationId',
  'livingLabId',
  'scope',
  'site',
  'responsibilities',
  'dataAccess',
  'budgetVnd',
  'ownerSharePercent',
  'startsOn',
  'lastDay',
  'checkInEveryWeeks',
  'milestones',
] as const;

const textsOf = (body: FormBody, names: readonly string[]) =>
  Object.fromEntries(names.map((n) => [n, formString(body, n)])) as FormValues;

function readMilestones(typed: string, errors: FieldErrors) {
  return pipeLines(typed).map(([day = '', title = '']) => {
    const dueOn = parseCalendarDay(day);
    if (!dueOn) errors.milestones = { key: 'challenges.error.milestoneLine' };
    return { dueOn: dueOn ?? '', title };
  });
}

export function readPilotForm(
  body: FormBody,
  challengeId: string,
): { input: TPilotAgreementInput; values: FormValues; typedErrors: FieldErrors } {
  const values = textsOf(body, PILOT_TEXTS);
  const typedErrors: FieldErrors = {};
  const budget = parseVnd(values.budgetVnd ?? '');
  if (budget === 'invalid') typedErrors.budgetVnd = { key: 'challenges.error.vnd' };
  const whole = (name: 'ownerSharePercent' | 'checkInEveryWeeks', fallback: number) => {
    const v = parseWhole(values[name] ?? '');
    if (v === 'invalid') typedErrors[name] = { key: 'validation.number' };
    return typeof v === 'number' ? v : fallback;
  };
  const startsAt = parseDay(values.startsOn ?? '');
  const endOfLastDay = endOfVnDay(values.lastDay ?? '');
  if (!(startsAt instanceof Date)) typedErrors.startsOn = { key: 'validation.required' };
  if (!endOfLastDay) typedErrors.lastDay = { key: 'validation.required' };
  const input: TPilotAgreementInput = {
    challengeId,
    solverOrganizationId: values.solverOrganizationId ?? '',
    livingLabId: values.livingLabId || null,
    scope: values.scope ?? '',
    site: values.site,
    responsibilities: values.responsibilities,
    dataAccess: values.dataAccess,
    budgetVnd: typeof budget === 'bigint' ? budget : null,
    ownerSharePercent: whole('ownerSharePercent', 0),
    checkInEveryWeeks: whole('checkInEveryWeeks', 4),
    milestones: readMilestones(values.milestones ?? '', typedErrors),
    startsAt: startsAt instanceof Date ? startsAt : new Date(0),
    endsAt: endOfLastDay ? new Date(endOfLastDay.getTime() + 1) : new Date(0),
  };
  return { input, values, typedErrors };
}

/** A check-in as posted: one value box per indicator (value-0, value-1…), empty is not measured. */
export function readCheckInForm(
  body: FormBody,
  pilotId: string,
  indicatorCount: number,
): { input: CheckInInput; values: FormValues; typedErrors: FieldErrors } {
  const values = textsOf(body, ['side', 'issues']);
  const typedErrors: FieldErrors = {};
  const numbers = Array.from({ length: indicatorCount }, (_, i) => {
    const typed = formString(body, `value-${i}`);
    values[`value-${i}`] = typed;
    if (typed.trim() === '') return null;
    const v = parseDecimal(typed);
    if (v === undefined) typedErrors[`value-${i}`] = { key: 'validation.number' };
    return v ?? null;
  });
  const side = (PILOT_SIDES as readonly string[]).includes(values.side ?? '')
    ? (values.side as PilotSide)
    : 'solver';
  return {
    input: { pilotId, side, values: numbers, issues: values.issues ?? '' },
    values,
    typedErrors,
  };
}

/** The host is typed as its directory profile's address or slug; the route looks it up. */
export function readLivingLabForm(body: FormBody): {
  input: TLivingLabFieldsInput;
  values: FormValues;
  typedErrors: FieldErrors;
} {
  const names = [
    'name',
    'hostOrganization',
    'address',
    'sector',
    'capacity',
    'facilities',
    'availability',
  ];
  const values = textsOf(body, names);
  const typedErrors: FieldErrors = {};
  const capacity = parseWhole(values.capacity ?? '');
  if (capacity === 'invalid') typedErrors.capacity = { key: 'validation.number' };
  return {
    input: {
      name: values.name ?? '',
      hostOrganizationId: null,
      address: values.address,
      sector: (values.sector || null) as TLivingLabFieldsInput['sector'],
      capacity: typeof capacity === 'number' ? capacity : null,
      facilities: values.facilities,
      availability: values.availability,
    },
    values,
    typedErrors,
  };
}

/** A command's field path (milestones.2.title, values.1) as the form's control. */
export const pilotControl = (path: string) =>
  path.startsWith('milestones.') ? 'milestones' : path.replace(/^values\.(\d+)$/, 'value-$1');
