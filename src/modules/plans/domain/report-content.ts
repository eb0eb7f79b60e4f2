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

export interface ReportContent {
  lines: ReportLine[];
  difficulties: string;
  proposals: string;
}

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
