// The XLSX annexes of an official document: one sheet per table, the document's number and title
// in the first rows, a bold header row, numbers stored as numbers (the value the document prints,
// formatted the way Excel shows it in the reader's locale).
import ExcelJS from 'exceljs';
import { capitals, dateLine, isNumeric, numberLine } from './layout';
import type { Cell, Column, OfficialDocument, TableBlock } from './types';
import { chartTable } from './chart-data';
import { checkDocument } from './check';

const MAX_SHEET_NAME = 31;

/** Excel refuses these in a sheet's name, and names longer than 31 characters. */
function sheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Bảng';
  let name = clean.slice(0, MAX_SHEET_NAME).trim();
  for (let n = 2; taken.has(name.toLocaleLowerCase('vi-VN')); n += 1)
    name = `${clean.slice(0, MAX_SHEET_NAME - String(n).length - 1).trim()} ${n}`;
  taken.add(name.toLocaleLowerCase('vi-VN'));
  return name;
}

function numberFormat(column: Column): string | undefined {
  if (!isNumeric(column)) return undefined;
  const digits = column.decimals ? `.${'0'.repeat(column.decimals)}` : '';
  return column.kind === 'percent' ? `#,##0${digits}"%"` : `#,##0${digits}`;
}

const cellValue = (cell: Cell) => (typeof cell === 'string' ? cell.normalize('NFC') : cell);

/** Characters a column needs, within bounds a reader can live with. */
function columnWidth(table: TableBlock, i: number): number {
  const column = table.columns[i]!;
  if (column.kind === 'signature') return 20;
  const longest = [column.header, ...table.rows.map((r) => r[i]), table.total?.[i]].reduce<number>(
    (max, cell) => Math.max(max, cell === null || cell === undefined ? 0 : String(cell).length + 2),
    4,
  );
  return Math.min(isNumeric(column) ? 18 : 60, Math.max(6, longest));
}

function titleRows(sheet: ExcelJS.Worksheet, doc: OfficialDocument, table: TableBlock) {
  const heading = [
    doc.issuer.name && capitals(doc.issuer.name),
    doc.symbol && numberLine(doc.symbol),
  ]
    .filter(Boolean)
    .join(' — ');
  const lines = [
    heading,
    [doc.kind && capitals(doc.kind), doc.summary].filter(Boolean).join(' '),
    dateLine(doc.place, doc.date),
    table.caption ?? '',
    table.unit ?? '',
  ];
  lines.forEach((text, i) => {
    const row = sheet.addRow([text]);
    if (i < 2 || i === 3) row.font = { bold: true };
    if (i === 4) row.font = { italic: true };
  });
  sheet.addRow([]);
}

function addTableSheet(
  book: ExcelJS.Workbook,
  doc: OfficialDocument,
  table: TableBlock,
  name: string,
) {
  const sheet = book.addWorksheet(name);
  titleRows(sheet, doc, table);
  const header = sheet.addRow(table.columns.map((c) => c.header.normalize('NFC')));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  for (const cells of table.rows)
    sheet.addRow(table.columns.map((_, i) => cellValue(cells[i] ?? null)));
  if (table.total)
    sheet.addRow(table.columns.map((_, i) => cellValue(table.total![i] ?? null))).font = {
      bold: true,
    };
  table.columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = columnWidth(table, i);
    const format = numberFormat(column);
    sheetColumn.eachCell((cell, rowNumber) => {
      if (rowNumber <= header.number) return;
      if (format) cell.numFmt = format;
      cell.alignment = {
        vertical: 'top',
        wrapText: !format,
        horizontal: format ? 'right' : 'left',
      };
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  });
}

/** The workbook of the document's tables, one sheet each; undefined when it has none. */
export async function officialXlsxBytes(doc: OfficialDocument): Promise<Buffer | undefined> {
  checkDocument(doc);
  const tables = doc.body.flatMap((b) =>
    b.type === 'table' ? [b] : b.type === 'chart' ? [chartTable(b)] : [],
  );
  if (tables.length === 0) return undefined;
  const book = new ExcelJS.Workbook();
  book.creator = doc.issuer.name;
  book.title = [doc.symbol, doc.kind, doc.summary].filter(Boolean).join(' ');
  const taken = new Set<string>();
  tables.forEach((table, i) =>
    addTableSheet(
      book,
      doc,
      table,
      sheetName(table.sheetName ?? table.caption ?? `Bảng ${i + 1}`, taken),
    ),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
