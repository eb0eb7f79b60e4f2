// RFC 4180 CSV as spreadsheets write it: comma, semicolon (Excel in Vietnamese and most European
// locales) or tab; quoted cells with "" escapes and line breaks; CRLF, LF or CR; an optional
// "sep=;" first line (Excel's hint). A record's line is the one on which it starts (1-based), as a
// text editor shows it.
import type { SheetRow } from './spreadsheet';

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter used most often on the first line, outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export interface CsvLimits {
  maxRows?: number;
  /** Cells in one record. */
  maxColumns?: number;
  /** Characters in one cell. */
  maxCellLength?: number;
}

export interface ParsedCsv {
  rows: SheetRow[];
  delimiter: string;
  /** Set when more than maxRows records were found (reading stopped there). */
  truncated: boolean;
  /** Set when a record broke a limit (reading stopped there). */
  refused?: { limit: 'columns' | 'cellLength'; line: number };
}

export function parseCsv(input: string, limits: CsvLimits = {}): ParsedCsv {
  const { maxRows = Infinity, maxColumns = Infinity, maxCellLength = Infinity } = limits;
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let line = 1;
  let delimiter: string | undefined;
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    delimiter = hint[1]!;
    text = text.slice(hint[0].length);
    line = 2;
  }
  delimiter ??= detectDelimiter(text);

  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let start = line;
  let i = 0;
  const n = text.length;
  // Checked at every character, so that a crafted file stops as soon as it passes a limit.
  const broken = (): ParsedCsv['refused'] =>
    cell.length > maxCellLength
      ? { limit: 'cellLength', line: start }
      : cells.length >= maxColumns
        ? { limit: 'columns', line: start }
        : undefined;
  const endRecord = () => {
    cells.push(cell);
    rows.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < n) {
    const refused = broken();
    if (refused) return { rows, delimiter, truncated: false, refused };
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      i++;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      start = line;
      if (rows.length > maxRows)
        return { rows: rows.slice(0, maxRows), delimiter, truncated: true };
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0) {
    const refused = broken();
    if (refused) return { rows, delimiter, truncated: false, refused };
    endRecord();
  }
  const truncated = rows.length > maxRows;
  return { rows: truncated ? rows.slice(0, maxRows) : rows, delimiter, truncated };
}

/** One cell as CSV: quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(value: string, delimiter = ','): string {
  return /["\r\n]/.test(value) || value.includes(delimiter)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}
