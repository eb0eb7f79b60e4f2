import type { AuditRow } from './audit-log.repository';

const COLUMNS = [
  'at',
  'actor',
  'action',
  'entity_type',
  'entity_id',
  'ip',
  'request_id',
  'before',
  'after',
] as const;

/**
 * One CSV field: quoted, quotes doubled, and text a spreadsheet would run as a formula (=, +, -,
 * @, tab, CR) prefixed with an apostrophe: the log holds what visitors typed (e-mail addresses).
 */
function field(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : value instanceof Date
          ? value.toISOString()
          : JSON.stringify(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The log as CSV (UTF-8 with BOM, so spreadsheets read Vietnamese), times in UTC (ISO 8601). */
export function auditCsv(rows: readonly AuditRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [r.at, r.actorLabel, r.action, r.entityType, r.entityId, r.ip, r.requestId, r.before, r.after]
        .map(field)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
