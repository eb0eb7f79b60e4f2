// An uploaded file → a header row and data rows. The type is decided by the content, never by
// the name: XLSX is a ZIP (PK\x03\x04) that ExcelJS can open; CSV must decode as UTF-8 text (or
// UTF-16 with a byte-order mark, as Excel's "Unicode text" writes it).
import { Readable } from 'node:stream';
import type { FieldMessage } from '../../../platform/errors';
import { parseCsv, type SheetRow } from './csv';

/** 10 MB; the whole request must also fit the site-wide BODY_LIMIT_BYTES. */
export const IMPORT_MAX_BYTES = 10_000_000;
/** Beyond a province's directory several times over; the national hub imports in parts. */
export const IMPORT_MAX_ROWS = 100_000;
export const IMPORT_MAX_COLUMNS = 200;

export type TableFormat = 'csv' | 'xlsx';

export interface ImportTable {
  format: TableFormat;
  headers: string[];
  /** The header's row number in the sheet. */
  headerLine: number;
  rows: SheetRow[];
  /** For CSV: the delimiter found. */
  delimiter?: string;
}

export type ReadResult = { ok: true; table: ImportTable } | { ok: false; error: FieldMessage };

const fail = (key: FieldMessage['key'], params?: FieldMessage['params']): ReadResult => ({
  ok: false,
  error: { key, params },
});

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type SniffedType = 'xlsx' | 'xls' | 'text' | 'binary';

/** What the bytes are, whatever the file is called. */
export function sniff(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE2)) return 'xls';
  return decodeText(bytes) === undefined ? 'binary' : 'text';
}

/** UTF-8 (BOM or not) or UTF-16 with a BOM; undefined when the bytes are not such text. */
export function decodeText(bytes: Uint8Array): string | undefined {
  try {
    let text: string;
    if (startsWith(bytes, [0xff, 0xfe]))
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    else if (startsWith(bytes, [0xfe, 0xff]))
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    // Text files do not hold NUL or most other C0 controls; binary formats that happen to be
    // valid UTF-8 do.
    // eslint-disable-next-line no-control-regex
    const controls = text.slice(0, 65_536).match(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g);
    if (controls && controls.length > 0) return undefined;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** The first non-empty row is the header; rows with nothing in them are dropped. */
function toTable(format: TableFormat, all: SheetRow[], delimiter?: string): ReadResult {
  const isBlank = (r: SheetRow) => r.cells.every((c) => c.trim() === '');
  const headerIndex = all.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) return fail('directory.import.error.empty');
  const header = all[headerIndex]!;
  if (header.cells.length > IMPORT_MAX_COLUMNS)
    return fail('directory.import.error.tooManyColumns', { max: IMPORT_MAX_COLUMNS });
  const headers = header.cells.map((h) => h.normalize('NFC').trim());
  const rows = all.slice(headerIndex + 1).filter((r) => !isBlank(r));
  if (rows.length === 0) return fail('directory.import.error.noRows');
  return { ok: true, table: { format, headers, headerLine: header.line, rows, delimiter } };
}

function readCsv(text: string): ReadResult {
  const parsed = parseCsv(text, IMPORT_MAX_ROWS + 50);
  if (parsed.truncated || parsed.rows.length > IMPORT_MAX_ROWS + 1)
    return fail('directory.import.error.tooManyRows', { max: IMPORT_MAX_ROWS });
  return toTable('csv', parsed.rows, parsed.delimiter);
}

/** A cell as text: dates as yyyy-mm-dd, formulas by their result, rich text as plain text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // ExcelJS reads Excel's day numbers as UTC midnight.
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      formula?: string;
      error?: string;
    };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.formula !== undefined || 'result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return '';
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const rows: SheetRow[] = [];
  // loaded on first use: ExcelJS is large, and most processes never read a spreadsheet
  const { default: ExcelJS } = await import('exceljs');
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      entries: 'emit',
    });
    let sheets = 0;
    for await (const sheet of reader) {
      sheets++;
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) {
          if (c > IMPORT_MAX_COLUMNS + 1) break;
          cells.push(cellText(values[c]));
        }
        rows.push({ line: row.number, cells });
        if (rows.length > IMPORT_MAX_ROWS + 50) break;
      }
      break; // only the first sheet
    }
    if (sheets === 0) return fail('directory.import.error.notXlsx');
  } catch {
    return fail('directory.import.error.notXlsx');
  }
  if (rows.length > IMPORT_MAX_ROWS + 50)
    return fail('directory.import.error.tooManyRows', { max: IMPORT_MAX_ROWS });
  // Serial day numbers in a cell without a date format stay numbers: the date column converts them.
  return toTable('xlsx', rows);
}

/** Reads the upload, or says in the user's language why it cannot be imported. */
export async function readTable(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length === 0) return fail('directory.import.error.empty');
  switch (sniff(bytes)) {
    case 'xlsx':
      return readXlsx(bytes);
    case 'xls':
      return fail('directory.import.error.legacyXls');
    case 'text': {
      const result = readCsv(decodeText(bytes)!);
      if (result.ok && result.table.rows.length > IMPORT_MAX_ROWS)
        return fail('directory.import.error.tooManyRows', { max: IMPORT_MAX_ROWS });
      return result;
    }
    default:
      return fail('directory.import.error.notSpreadsheet');
  }
}
