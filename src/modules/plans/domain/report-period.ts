// Reporting periods: agencies report monthly, quarterly, six-monthly or yearly (002 IV, 003 IV),
// each report due on a day of the period's last month (the 15th unless the schedule says
// otherwise). Days are Vietnam calendar days (yyyy-mm-dd).

export const REPORT_FREQUENCIES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];

export interface ReportPeriod {
  /** 2026-05, 2026-Q2, 2026-H1, 2026. */
  key: string;
  start: string;
  end: string;
  dueOn: string;
}

const MONTHS: Record<ReportFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function keyOf(frequency: ReportFrequency, year: number, index: number): string {
  switch (frequency) {
    case 'monthly':
      return `${year}-${pad(index + 1)}`;
    case 'quarterly':
      return `${year}-Q${index + 1}`;
    case 'half_yearly':
      return `${year}-H${index + 1}`;
    default:
      return String(year);
  }
}

/** The period holding this day. */
export function periodOf(frequency: ReportFrequency, day: string, dueDay: number): ReportPeriod {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const span = MONTHS[frequency];
  const index = Math.floor((month - 1) / span);
  const firstMonth = index * span + 1;
  const lastMonth = firstMonth + span - 1;
  return {
    key: keyOf(frequency, year, index),
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}`,
    dueOn: `${year}-${pad(lastMonth)}-${pad(Math.min(dueDay, lastDay(year, lastMonth)))}`,
  };
}

/** The period after this one. */
export function nextPeriod(frequency: ReportFrequency, period: ReportPeriod, dueDay: number) {
  const end = new Date(`${period.end}T00:00:00Z`);
  const next = new Date(end.getTime() + 86_400_000).toISOString().slice(0, 10);
  return periodOf(frequency, next, dueDay);
}
