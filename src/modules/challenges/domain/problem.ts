// A problem an owner (an agency or an enterprise) brings to the centre: what it holds, the
// scoping workflow as a table of steps, and the measurable indicators of success. No I/O.

export const PROBLEM_STATUSES = [
  'draft',
  'submitted',
  'changes_requested',
  'approved',
  'withdrawn',
] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** The steps of scoping: the owner's (submit, withdraw) and the centre's (request changes, approve). */
export const PROBLEM_STEPS = ['submit', 'request_changes', 'approve', 'withdraw'] as const;
export type ProblemStep = (typeof PROBLEM_STEPS)[number];
export const CENTRE_STEPS: readonly ProblemStep[] = ['request_changes', 'approve'];

const STEPS: Record<ProblemStep, { from: readonly ProblemStatus[]; to: ProblemStatus }> = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted' },
  request_changes: { from: ['submitted'], to: 'changes_requested' },
  approve: { from: ['submitted'], to: 'approved' },
  withdraw: { from: ['draft', 'submitted', 'changes_requested'], to: 'withdrawn' },
};

/** The status a step leads to, or undefined when it does not apply to this status. */
export function statusAfter(status: string, step: ProblemStep): ProblemStatus | undefined {
  const rule = STEPS[step];
  return rule.from.includes(status as ProblemStatus) ? rule.to : undefined;
}

/** Steps open from a status. */
export const stepsFrom = (status: string): ProblemStep[] =>
  PROBLEM_STEPS.filter((s) => statusAfter(status, s) !== undefined);

/** Until approval both sides may refine the text; after it the problem is the challenge's basis. */
export const isEditableStatus = (status: string) =>
  status === 'draft' || status === 'submitted' || status === 'changes_requested';

/** Units a success indicator is measured in; each has its range. */
export const INDICATOR_UNITS = ['percent', 'count', 'minutes', 'days', 'vnd', 'score'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const UNIT_RANGE: Record<IndicatorUnit, { min: number; max: number }> = {
  percent: { min: 0, max: 100 },
  count: { min: 0, max: 1e12 },
  minutes: { min: 0, max: 1e7 },
  days: { min: 0, max: 36_500 },
  vnd: { min: 0, max: 1e15 },
  score: { min: 0, max: 100 },
};

/** What success looks like, measured: the value today and the value aimed at. */
export interface SuccessIndicator {
  name: string;
  unit: IndicatorUnit;
  baseline: number;
  target: number;
}

/** The owner's text of a problem, as a version keeps it. */
export interface ProblemSnapshot {
  title: string;
  sector: string | null;
  whoSuffers: string;
  currentProcess: string;
  evidence: string;
  constraints: string;
  indicators: SuccessIndicator[];
  budgetVnd: string | null;
  coFundingVnd: string | null;
  timeline: string;
  pilotHost: string;
  isConfidential: boolean;
}

/** Directory kinds that may bring a problem: public bodies and enterprises of any size. */
export const OWNER_KINDS = [
  'government_agency',
  'enterprise',
  'sme',
  'cooperative',
  'university',
  'research_institute',
] as const;
export const isOwnerKind = (kind: string) => (OWNER_KINDS as readonly string[]).includes(kind);
