// Exports are streamed: the rows are read a part at a time (keyset pages in name order) and
// written out as they come, so a national directory (100,000 rows) never sits in memory whole.
// CSV and JSON are produced on demand by the reader; XLSX by ExcelJS's streaming writer.
import { PassThrough, Readable } from 'node:stream';
import type { Db } from '../../../platform/db/client';
import { log } from '../../../platform/log/logger';
import { exportRowsByIds, type ExportRow } from '../db/export.repository';
import { searchOrganizationIds } from '../services/directory-search';
import type { TDirectoryQuery } from '../services/organizations.queries';
import { rowsInOrder } from '../services/search-index';
import { csvCell } from '../../../platform/files/csv';
import { OPEN_COLUMNS, STAFF_COLUMNS, openRecord, type CellValue, type ExportEnv } from './columns';

const PART = 1_000;

/** The rows of a filtered list (the directory page's filters), part by part, in name order. */
export async function* exportParts(
  db: Db,
  query: TDirectoryQuery,
  today: Date,
  partSize = PART,
): AsyncGenerator<ExportRow[]> {
  let after: { sortKey: string; id: string } | undefined;
  for (;;) {
    const { ids } = await searchOrganizationIds(db, query, today, {
      sort: 'name',
      after,
      limit: partSize,
    });
    const rows = await rowsInOrder(db, ids, exportRowsByIds);
    if (rows.length > 0) yield rows;
    if (ids.length < partSize || rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    after = { sortKey: last.sortKey, id: last.id };
  }
}

/** How many rows a filtered list has and when the newest of them changed (for ETags). */
export async function digestOf(db: Db, query: TDirectoryQuery, today: Date) {
  const found = await searchOrganizationIds(db, query, today, {
    sort: 'name',
    limit: 0,
    lastUpdated: true,
  });
  return {
    count: found.total,
    lastUpdated: found.lastUpdated ? new Date(found.lastUpdated) : null,
  };
}

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @ first) starts with an apostrophe,
 * unless it is a number or phone number such as "+84 236 3888 999".
 */
export function guardFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) && !/^[+-]?[\d\s().,-]+$/.test(s) ? `'${s}` : s;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A staff cell as CSV text: dates dd/mm/yyyy (the Vietnamese convention). */
function staffText(value: CellValue, numFmt?: string): string {
  if (value === null) return '';
  if (value instanceof Date) {
    const day = `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
    return numFmt?.includes('hh')
      ? `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`
      : day;
  }
  return guardFormula(String(value));
}

const BOM = '\uFEFF';
const csvLine = (cells: string[]) => `${cells.map((c) => csvCell(c)).join(',')}\r\n`;

/** A pull stream from text chunks: the next part is read only when the client takes the last. */
function textStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (err) {
        log.error('export failed', { err });
        controller.error(err);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** Staff CSV: UTF-8 with a BOM (so Excel reads Vietnamese right), comma, CRLF. */
export function staffCsv(db: Db, query: TDirectoryQuery, env: ExportEnv) {
  return textStream(
    (async function* () {
      yield BOM + csvLine(STAFF_COLUMNS.map((c) => c.header(env.t)));
      for await (const rows of exportParts(db, query, env.today)) {
        yield rows
          .map((r) => csvLine(STAFF_COLUMNS.map((c) => staffText(c.value(r, env), c.numFmt))))
          .join('');
      }
    })(),
  );
}

/** Staff XLSX through ExcelJS's streaming writer: rows are committed as they are read. */
export function staffXlsx(db: Db, query: TDirectoryQuery, env: ExportEnv) {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  const produce = async () => {
    // loaded on first use: ExcelJS is large, and most processes never write a spreadsheet
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    workbook.creator = 'InnoHub';
    const sheet = workbook.addWorksheet(env.t('directory.export.sheetName'), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = STAFF_COLUMNS.map((c) => ({
      header: c.header(env.t),
      width: c.width,
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const rows of exportParts(db, query, env.today)) {
      if (out.destroyed) return;
      for (const r of rows) {
        sheet.addRow(STAFF_COLUMNS.map((c) => c.value(r, env))).commit();
      }
      // Hold the next part until the client has taken most of this one.
      while (out.readableLength > 1024 * 1024 && !out.destroyed) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    sheet.commit();
    await workbook.commit();
  };
  produce().catch((err: unknown) => {
    log.error('export failed', { err });
    out.destroy(err as Error);
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

// ——— Open data ———

function openText(value: string | number | boolean | string[] | null): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(';');
  return guardFormula(String(value));
}

/** Open-data CSV: English keys as headers, codes, ISO dates; UTF-8 with a BOM. */
export function openCsv(db: Db, query: TDirectoryQuery, env: ExportEnv) {
  return textStream(
    (async function* () {
      yield BOM + csvLine(OPEN_COLUMNS.map((c) => c.key));
      for await (const rows of exportParts(db, query, env.today)) {
        yield rows
          .map((r) => {
            const record = openRecord(r, env);
            return csvLine(OPEN_COLUMNS.map((c) => openText(record[c.key] ?? null)));
          })
          .join('');
      }
    })(),
  );
}

/** Open-data JSON: a header object whose "records" array is written as the rows are read. */
export function openJson(
  db: Db,
  query: TDirectoryQuery,
  env: ExportEnv,
  meta: Record<string, unknown>,
) {
  return textStream(
    (async function* () {
      const head = JSON.stringify({ ...meta, generated_at: env.today.toISOString() });
      yield `${head.slice(0, -1)},"records":[`;
      let first = true;
      for await (const rows of exportParts(db, query, env.today)) {
        const chunk = rows.map((r) => JSON.stringify(openRecord(r, env))).join(',\n');
        yield `${first ? '\n' : ',\n'}${chunk}`;
        first = false;
      }
      yield '\n]}\n';
    })(),
  );
}
