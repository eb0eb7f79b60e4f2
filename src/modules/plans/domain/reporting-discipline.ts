// Agencies' reporting discipline: whether each due report came in on time. The rule, so staff can
// check a cell by hand: a report is on time when its first submission was made on or before its
// due day (Vietnam calendar), late when after it, missing when nothing was submitted and the due
// day has passed, and not yet due otherwise. A report returned for revision keeps the day of its
// first submission: the agency did report; the revision is the review's business.

export const DISCIPLINE_STATES = ['on_time', 'late', 'missing', 'not_due'] as const;
export type DisciplineState = (typeof DISCIPLINE_STATES)[number];

export function disciplineOf(
  report: { dueOn: string },
  /** The Vietnam calendar day of its first submission, if any. */
  firstSubmittedOn: string | undefined,
  today: string,
): DisciplineState {
  if (firstSubmittedOn) return firstSubmittedOn <= report.dueOn ? 'on_time' : 'late';
  return report.dueOn < today ? 'missing' : 'not_due';
}

export interface DisciplineRow {
  agencyId: string;
  /** Per period key, the state of the agency's report for it (none: no report opened). */
  cells: Record<string, DisciplineState>;
  counts: Record<DisciplineState, number>;
}

/** One row per agency, the periods newest first. */
export function disciplineTable(
  reports: { agencyId: string; periodKey: string; dueOn: string; firstSubmittedOn?: string }[],
  today: string,
): { periods: string[]; rows: DisciplineRow[] } {
  const byDue = [...reports].sort((a, b) => b.dueOn.localeCompare(a.dueOn));
  const periods = [...new Set(byDue.map((r) => r.periodKey))];
  const rows = new Map<string, DisciplineRow>();
  for (const report of byDue) {
    let row = rows.get(report.agencyId);
    if (!row) {
      row = {
        agencyId: report.agencyId,
        cells: {},
        counts: { on_time: 0, late: 0, missing: 0, not_due: 0 },
      };
      rows.set(report.agencyId, row);
    }
    const state = disciplineOf(report, report.firstSubmittedOn, today);
    row.cells[report.periodKey] = state;
    row.counts[state]++;
  }
  return { periods, rows: [...rows.values()] };
}
