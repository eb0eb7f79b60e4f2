// An uploaded file → a header row and data rows. The type is decided by the content, never by
// the name: XLSX is a ZIP (PK\x03\x04) that ExcelJS can open; CSV must decode as UTF-8 text (or
// UTF-16 with a byte-order mark, as Excel's "Unicode text" writes it).
import { Readable } from 'node:stream';
import type { FieldMessage } from '../../../platform/errors';
import { inflateEntry, zipArchive, zipEntries, type ZipPart } from '../../../platform/files/zip';
import { parseCsv, type ParsedCsv, type SheetRow } from './csv';

/** 10 MB; the whole request must also fit the site-wide BODY_LIMIT_BYTES. */
export const IMPORT_MAX_BYTES = 10_000_000;
/** Beyond a province's directory several times over; the national hub imports in parts. */
export const IMPORT_MAX_ROWS = 100_000;
export const IMPORT_MAX_COLUMNS = 200;
/** Excel's own limit for one cell. */
export const IMPORT_MAX_CELL_LENGTH = 32_767;
/**
 * The text a table may hold, counted as it is read (an empty cell counts 1): about twice the
 * largest CSV accepted, and 100,000 rows of the benchmark's register (17.6 million) fit.
 */
export const IMPORT_MAX_CHARACTERS = 32_000_000;
/**
 * What the parts of a workbook that are read may unpack to. A 100,000-row register unpacks to
 * about 40 MB (20,000 rows: 0.8 MB of XLSX, 7.9 MB of XML); the 2 MB sheets that unpack to
 * 1.6 GB stop here.
 */
export const XLSX_MAX_EXPANDED_BYTES = 64 * 1024 * 1024;

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

function csvRefusal(refused: NonNullable<ParsedCsv['refused']>): ReadResult {
  return refused.limit === 'columns'
    ? fail('directory.import.error.tooManyColumns', { max: IMPORT_MAX_COLUMNS })
    : fail('directory.import.error.cellTooLong', {
        max: IMPORT_MAX_CELL_LENGTH,
        line: refused.line,
      });
}

function readCsv(text: string): ReadResult {
  const parsed = parseCsv(text, {
    maxRows: IMPORT_MAX_ROWS + 50,
    maxColumns: IMPORT_MAX_COLUMNS,
    maxCellLength: IMPORT_MAX_CELL_LENGTH,
  });
  if (parsed.refused) return csvRefusal(parsed.refused);
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

/** The parts ExcelJS reads, in an order that lets it stream the sheet (no temporary file). */
const WORKBOOK_PARTS = [
  '_rels/.rels',
  'xl/_rels/workbook.xml.rels',
  'xl/workbook.xml',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
];
const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * The workbook's parts and its first sheet, each inflated within what is left of the budget and
 * stored again uncompressed: ExcelJS reads only what was measured here.
 */
function boundedWorkbook(bytes: Uint8Array): Uint8Array[] | ReadResult {
  const entries = zipEntries(bytes);
  const sheet = entries?.find((e) => SHEET_PART.test(e.name));
  if (!entries || !sheet) return fail('directory.import.error.notXlsx');
  const parts = WORKBOOK_PARTS.flatMap((name) =>
    entries.filter((e) => e.name === name).slice(0, 1),
  );
  let budget = XLSX_MAX_EXPANDED_BYTES;
  const files: ZipPart[] = [];
  for (const entry of [...parts, sheet]) {
    const inflated = inflateEntry(bytes, entry, budget);
    if (inflated === 'TOO_LARGE') {
      return fail('directory.import.error.expandsTooMuch', {
        max: XLSX_MAX_EXPANDED_BYTES / 1024 / 1024,
      });
    }
    if (inflated === 'INVALID') return fail('directory.import.error.notXlsx');
    budget -= inflated.length;
    files.push({ name: entry.name, data: inflated });
  }
  return zipArchive(files);
}

/**
 * The archive in slices: ExcelJS turns each chunk it gets into rows at once, so a large chunk of
 * tiny cells would become hundreds of MB of row objects before the text budget could stop it.
 */
function* slices(chunks: readonly Uint8Array[], size = 64 * 1024) {
  for (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += size) yield chunk.subarray(at, at + size);
  }
}

/** Counts a table's text as its cells are read; says which limit a cell broke. */
class TextBudget {
  private used = 0;
  refusal(text: string, line: number): ReadResult | undefined {
    if (text.length > IMPORT_MAX_CELL_LENGTH)
      return fail('directory.import.error.cellTooLong', { max: IMPORT_MAX_CELL_LENGTH, line });
    this.used += Math.max(1, text.length);
    if (this.used > IMPORT_MAX_CHARACTERS)
      return fail('directory.import.error.tooMuchText', { max: IMPORT_MAX_CHARACTERS / 1e6 });
    return undefined;
  }
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const workbook = boundedWorkbook(bytes);
  if (!Array.isArray(workbook)) return workbook;
  const rows: SheetRow[] = [];
  const budget = new TextBudget();
  // loaded on first use: ExcelJS is large, and most processes never read a spreadsheet
  const { default: ExcelJS } = await import('exceljs');
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(slices(workbook)), {
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
        for (let c = 1; c < values.length && c <= IMPORT_MAX_COLUMNS + 1; c++) {
          const text = cellText(values[c]);
          const refused = budget.refusal(text, row.number);
          if (refused) return refused;
          cells.push(text);
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
