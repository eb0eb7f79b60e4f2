// A plan frozen as it stood before an amendment: what its revision page shows. Amounts are
// strings because JSON has no bigint.

export interface TaskSnapshot {
  code: string;
  level: string;
  title: string;
  leadAgencyId: string | null;
  coordinatingAgencyIds: string[];
  startsOn: string | null;
  dueOn: string | null;
  deliverables: string;
  status: string;
  percentDone: number;
  budgets: { source: string; amountVnd: string }[];
}

export interface TargetSnapshot {
  code: string;
  name: string;
  unit: string;
  baseline: string;
  source: string;
  indicatorId: string | null;
  years: { year: number; targetValue: string }[];
}

export interface PlanSnapshot {
  title: string;
  decisionNumber: string;
  decisionDate: string;
  periodStart: number;
  periodEnd: number;
  goals: string;
  tasks: TaskSnapshot[];
  targets: TargetSnapshot[];
}
