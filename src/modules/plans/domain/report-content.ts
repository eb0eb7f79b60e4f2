// What an agency's periodic report holds: the progress of each task it leads, its difficulties
// and its proposals. Kept as JSON on the report (the draft) and on each submission (frozen).

/** A file backing a task's progress, kept in the private file store by its content's hash. */
export interface Evidence {
  hash: string;
  name: string;
  mime: string;
  bytes: number;
}

export interface ReportLine {
  taskId: string;
  code: string;
  title: string;
  status: string;
  percentDone: number;
  note: string;
  /** Absent on reports opened before evidence was kept. */
  evidence?: Evidence[];
}

/** The value an agency gives for a target it reports, as stored (a whole number, text). */
export interface ReportTargetValue {
  targetId: string;
  code: string;
  name: string;
  unit: 'count' | 'percent' | 'vnd';
  /** The year the value counts for: the reported period's. */
  year: number;
  value: string | null;
}

export interface ReportContent {
  lines: ReportLine[];
  /** Absent on reports opened before agencies reported target values. */
  targets?: ReportTargetValue[];
  difficulties: string;
  proposals: string;
}

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
