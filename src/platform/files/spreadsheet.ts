// The first sheet of an uploaded XLSX workbook as rows of text, read within a budget: only the
// parts ExcelJS needs are inflated (each with a ceiling, so a ZIP bomb stops), and the text read
// is counted cell by cell. The type is decided by the bytes, never by the file's name. Callers
// turn a refusal into their own message; table.ts reads a CSV or this sheet as a table.
import { Readable } from 'node:stream';
import { inflateEntry, zipArchive, zipEntries, type ZipPart } from './zip';

export interface SheetLimits {
  maxRows: number;
  maxColumns: number;
  /** Characters in one cell (Excel's own limit is 32,767). */
  maxCellLength: number;
  /** Characters in the whole sheet (an empty cell counts 1). */
  maxCharacters: number;
  /** What the parts that are read may unpack to. */
  maxExpandedBytes: number;
}

export interface SheetRow {
  /** The row's number in the sheet (a CSV record's first line). */
  line: number;
  cells: string[];
}

export type SheetRefusal =
  'NOT_XLSX' | 'EXPANDS_TOO_MUCH' | 'TOO_MANY_ROWS' | 'CELL_TOO_LONG' | 'TOO_MUCH_TEXT';

export type SheetRead =
  { ok: true; rows: SheetRow[] } | { ok: false; refusal: SheetRefusal; line?: number };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
export const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);

/** A cell as text: dates as yyyy-mm-dd, formulas by their result, rich text as plain text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // ExcelJS reads Excel's day numbers as UTC midnight.
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    return '';
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

/** The workbook's parts and first sheet, inflated within the budget and stored again. */
function boundedWorkbook(bytes: Uint8Array, maxExpanded: number): Uint8Array[] | SheetRefusal {
  const entries = zipEntries(bytes);
  const sheet = entries?.find((e) => SHEET_PART.test(e.name));
  if (!entries || !sheet) return 'NOT_XLSX';
  const parts = WORKBOOK_PARTS.flatMap((name) =>
    entries.filter((e) => e.name === name).slice(0, 1),
  );
  let budget = maxExpanded;
  const files: ZipPart[] = [];
  for (const entry of [...parts, sheet]) {
    const inflated = inflateEntry(bytes, entry, budget);
    if (inflated === 'TOO_LARGE') return 'EXPANDS_TOO_MUCH';
    if (inflated === 'INVALID') return 'NOT_XLSX';
    budget -= inflated.length;
    files.push({ name: entry.name, data: inflated });
  }
  return zipArchive(files);
}

/** ExcelJS turns each chunk into rows at once: small slices keep the text budget in charge. */
function* slices(chunks: readonly Uint8Array[], size = 64 * 1024) {
  for (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += size) yield chunk.subarray(at, at + size);
  }
}

export async function readFirstSheet(bytes: Uint8Array, limits: SheetLimits): Promise<SheetRead> {
  if (!isZip(bytes)) return { ok: false, refusal: 'NOT_XLSX' };
  const workbook = boundedWorkbook(bytes, limits.maxExpandedBytes);
  if (!Array.isArray(workbook)) return { ok: false, refusal: workbook };
  const rows: SheetRow[] = [];
  let characters = 0;
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
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let c = 1; c < values.length && c <= limits.maxColumns; c++) {
          const text = cellText(values[c]);
          if (text.length > limits.maxCellLength)
            return { ok: false, refusal: 'CELL_TOO_LONG', line: row.number };
          characters += Math.max(1, text.length);
          if (characters > limits.maxCharacters) return { ok: false, refusal: 'TOO_MUCH_TEXT' };
          cells.push(text);
        }
        rows.push({ line: row.number, cells });
        if (rows.length > limits.maxRows) return { ok: false, refusal: 'TOO_MANY_ROWS' };
      }
      return { ok: true, rows };
    }
  } catch {
    return { ok: false, refusal: 'NOT_XLSX' };
  }
  return { ok: false, refusal: 'NOT_XLSX' };
}
