// The rules of data-subject requests that need no I/O: when each is due, the pseudonym an erased
// account takes, and the CSV files of "download my data".
import { randomBytes } from 'node:crypto';

export const DATA_REQUEST_KINDS = ['export', 'erasure', 'consent'] as const;

/**
 * Hours from receipt to the legal deadline. 72 hours to provide or delete data is Decree
 * 13/2023's figure, kept as the strictest reading until Decree 356/2025's is confirmed (legal
 * review); a consent is withdrawn at once.
 */
export const DATA_REQUEST_DUE_HOURS = { export: 72, erasure: 72, consent: 0 } as const;

/** How long the link to a copy of one's data works. */
export const EXPORT_LINK_DAYS = 7;

export function dueAt(kind: keyof typeof DATA_REQUEST_DUE_HOURS, receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + DATA_REQUEST_DUE_HOURS[kind] * 3600_000);
}

/** What an erased account is called where the law keeps its records (not derived from it). */
export const newPseudonym = () => `Ẩn danh ${randomBytes(4).toString('hex').toUpperCase()}`;

function csvField(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : value instanceof Date
        ? value.toISOString()
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  // Text a spreadsheet would run as a formula is prefixed with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Rows as CSV (UTF-8 with BOM, for spreadsheets), one column per field any row has. */
export function csvOf(rows: readonly Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
