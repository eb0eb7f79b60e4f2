// The problem form as posted, read into createProblem/updateProblem's input, and a saved problem
// as the form shows it. Indicator rows are repeated fields; an empty row is no indicator.
import type { FieldErrors } from '../../../platform/errors';
import {
  formString,
  formStrings,
  parseDecimal,
  parseVnd,
  type FormBody,
  type FormValues,
} from '../../../platform/input/form-values';
import { renameFields } from '../../../platform/input/validation';
import type { TProblemFieldsInput } from '../contracts';
import type { ProblemRow } from '../db/problems.repository';

export const INDICATOR_COLUMNS = ['name', 'unit', 'baseline', 'target'] as const;
export type IndicatorRow = Record<(typeof INDICATOR_COLUMNS)[number], string>;

/** What refills the form: its texts and its indicator rows as typed. */
export interface ProblemFormState {
  values: FormValues;
  indicators: IndicatorRow[];
}

const TEXTS = [
  'ownerOrganizationId',
  'title',
  'sector',
  'whoSuffers',
  'currentProcess',
  'evidence',
  'constraints',
  'budgetVnd',
  'coFundingVnd',
  'timeline',
  'pilotHost',
] as const;

/** The control of an indicator's column in row i, e.g. indicatorBaseline-0. */
export const indicatorControl = (column: string, i: number) =>
  `indicator${column[0]!.toUpperCase()}${column.slice(1)}-${i}`;

/** A command's field path (indicators.0.target) as the form's control. */
export const problemControl = (path: string) => {
  const m = /^indicators\.(\d+)\.(\w+)$/.exec(path);
  return m ? indicatorControl(m[2]!, Number(m[1])) : path;
};

function readIndicators(body: FormBody): IndicatorRow[] {
  const columns = INDICATOR_COLUMNS.map((c) =>
    formStrings(body, indicatorControl(c, 0).replace(/-0$/, '')),
  );
  const rows: IndicatorRow[] = [];
  for (let i = 0; i < Math.min(columns[0]!.length, 10); i++) {
    const [name, unit, baseline, target] = columns.map((col) => (col[i] ?? '').trim());
    if (name || baseline || target)
      rows.push({ name: name!, unit: unit!, baseline: baseline!, target: target! });
  }
  return rows;
}

export function readProblemForm(body: FormBody): {
  input: TProblemFieldsInput & { ownerOrganizationId: string };
  state: ProblemFormState;
  typedErrors: FieldErrors;
} {
  const values = Object.fromEntries(TEXTS.map((n) => [n, formString(body, n)])) as FormValues;
  values.isConfidential = formString(body, 'isConfidential');
  const indicators = readIndicators(body);
  const typedErrors: FieldErrors = {};
  const money = (name: 'budgetVnd' | 'coFundingVnd') => {
    const v = parseVnd(values[name] ?? '');
    if (v === 'invalid') typedErrors[name] = { key: 'challenges.error.vnd' };
    return typeof v === 'bigint' ? v : null;
  };
  const number = (typed: string, i: number, column: string) => {
    const v = parseDecimal(typed);
    if (v === undefined) typedErrors[indicatorControl(column, i)] = { key: 'validation.number' };
    return v ?? 0;
  };
  const input = {
    ownerOrganizationId: values.ownerOrganizationId ?? '',
    title: values.title ?? '',
    sector: (values.sector || null) as TProblemFieldsInput['sector'],
    whoSuffers: values.whoSuffers,
    currentProcess: values.currentProcess,
    evidence: values.evidence,
    constraints: values.constraints,
    timeline: values.timeline,
    pilotHost: values.pilotHost,
    budgetVnd: money('budgetVnd'),
    coFundingVnd: money('coFundingVnd'),
    isConfidential: values.isConfidential === 'on',
    indicators: indicators.map((r, i) => ({
      name: r.name,
      unit: r.unit as never,
      baseline: number(r.baseline, i, 'baseline'),
      target: number(r.target, i, 'target'),
    })),
  };
  return { input, state: { values, indicators }, typedErrors };
}

/** The command's messages on the form's controls, after the typed values' own. */
export const problemFormErrors = (typed: FieldErrors, fields: FieldErrors = {}): FieldErrors => ({
  ...renameFields(fields, problemControl),
  ...typed,
});

export function problemFormState(p: ProblemRow): ProblemFormState {
  return {
    values: {
      ownerOrganizationId: p.ownerOrganizationId,
      title: p.title,
      sector: p.sector ?? '',
      whoSuffers: p.whoSuffers,
      currentProcess: p.currentProcess,
      evidence: p.evidence,
      constraints: p.constraints,
      budgetVnd: p.budgetVnd?.toString() ?? '',
      coFundingVnd: p.coFundingVnd?.toString() ?? '',
      timeline: p.timeline,
      pilotHost: p.pilotHost,
      isConfidential: p.isConfidential ? 'on' : '',
    },
    indicators: p.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      baseline: String(i.baseline),
      target: String(i.target),
    })),
  };
}
