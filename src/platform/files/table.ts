// An uploaded table → a header row and data rows, within limits. The type is decided by the
// content, never by the name: XLSX is a ZIP (PK\x03\x04) read by spreadsheet.ts (its first sheet,
// within a budget, so a bomb stops); CSV must decode as UTF-8 text (or UTF-16 with a byte-order
// mark, as Excel's "Unicode text" writes it). Callers say a refusal in their own words.
import { parseCsv, type ParsedCsv } from './csv';
import { readFirstSheet, type SheetLimits, type SheetRefusal, type SheetRow } from './spreadsheet';

/** The limits of a table; maxRows counts its data rows. */
export type TableLimits = SheetLimits;

export const TABLE_LIMITS: TableLimits = {
  /** Beyond a province's directory several times over; the national hub imports in parts. */
  maxRows: 100_000,
  maxColumns: 200,
  /** Excel's own limit for one cell. */
  maxCellLength: 32_767,
  /**
   * About twice the largest CSV accepted (10 MB), and 100,000 rows of the benchmark's register
   * (17.6 million) fit.
   */
  maxCharacters: 32_000_000,
  /**
   * A 100,000-row register unpacks to about 40 MB (20,000 rows: 0.8 MB of XLSX, 7.9 MB of XML);
   * the 2 MB sheets that unpack to 1.6 GB stop here.
   */
  maxExpandedBytes: 64 * 1024 * 1024,
};

export type TableFormat = 'csv' | 'xlsx';

export interface Table {
  format: TableFormat;
  headers: string[];
  /** The header's row number in the sheet. */
  headerLine: number;
  rows: SheetRow[];
  /** For CSV: the delimiter found. */
  delimiter?: string;
}

export type TableRefusal =
  SheetRefusal | 'EMPTY' | 'NO_ROWS' | 'TOO_MANY_COLUMNS' | 'LEGACY_XLS' | 'NOT_SPREADSHEET';

export type TableRead =
  | { ok: true; table: Table }
  | { ok: false; refusal: TableRefusal; /** The row of a cell too long. */ line?: number };

const refused = (refusal: TableRefusal, line?: number): TableRead => ({ ok: false, refusal, line });

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

const isBlank = (row: SheetRow) => row.cells.every((c) => c.trim() === '');

/** The first row with anything in it is the header; the rows after it with anything in them. */
export function splitHeader(all: SheetRow[]): { header?: SheetRow; rows: SheetRow[] } {
  const at = all.findIndex((r) => !isBlank(r));
  return at < 0
    ? { rows: [] }
    : { header: all[at], rows: all.slice(at + 1).filter((r) => !isBlank(r)) };
}

function toTable(
  format: TableFormat,
  all: SheetRow[],
  limits: TableLimits,
  delimiter?: string,
): TableRead {
  const { header, rows } = splitHeader(all);
  if (!header) return refused('EMPTY');
  if (header.cells.length > limits.maxColumns) return refused('TOO_MANY_COLUMNS');
  if (rows.length === 0) return refused('NO_ROWS');
  if (rows.length > limits.maxRows) return refused('TOO_MANY_ROWS');
  const headers = header.cells.map((h) => h.normalize('NFC').trim());
  return { ok: true, table: { format, headers, headerLine: header.line, rows, delimiter } };
}

// Blank rows and the header do not count as rows: a few more are read before a table is refused.
const ROWS_READ_BEYOND = 50;

function csvRefusal(refusal: NonNullable<ParsedCsv['refused']>): TableRead {
  return refusal.limit === 'columns'
    ? refused('TOO_MANY_COLUMNS')
    : refused('CELL_TOO_LONG', refusal.line);
}

function readCsv(text: string, limits: TableLimits): TableRead {
  const parsed = parseCsv(text, {
    maxRows: limits.maxRows + ROWS_READ_BEYOND,
    maxColumns: limits.maxColumns,
    maxCellLength: limits.maxCellLength,
  });
  if (parsed.refused) return csvRefusal(parsed.refused);
  if (parsed.truncated || parsed.rows.length > limits.maxRows + 1) return refused('TOO_MANY_ROWS');
  return toTable('csv', parsed.rows, limits, parsed.delimiter);
}

async function readXlsx(bytes: Uint8Array, limits: TableLimits): Promise<TableRead> {
  // One column more than allowed is read, so a header that has too many is told so.
  const sheet = await readFirstSheet(bytes, {
    ...limits,
    maxRows: limits.maxRows + ROWS_READ_BEYOND,
    maxColumns: limits.maxColumns + 1,
  });
  if (!sheet.ok) return refused(sheet.refusal, sheet.line);
  // Serial day numbers in a cell without a date format stay numbers: the caller converts them.
  return toTable('xlsx', sheet.rows, limits);
}

/** Reads the upload as a table, or says which limit or kind of file refuses it. */
export async function readTable(
  bytes: Uint8Array,
  limits: TableLimits = TABLE_LIMITS,
): Promise<TableRead> {
  if (bytes.length === 0) return refused('EMPTY');
  switch (sniff(bytes)) {
    case 'xlsx':
      return readXlsx(bytes, limits);
    case 'xls':
      return refused('LEGACY_XLS');
    case 'text':
      return readCsv(decodeText(bytes)!, limits);
    default:
      return refused('NOT_SPREADSHEET');
  }
}
