// A table drawn cell by cell: thin borders, text centred vertically, numbers right-aligned, the
// header row repeated at the top of every page the table runs onto, and a row never split.
import { cellText, columnShares, isNumeric, SIZE } from '../layout';
import type { Cell, Column, TableBlock } from '../types';
import { ensureSpace, line, pt, use, type Sheet } from './sheet';

const PAD = pt(1.5);
const SIGNATURE_ROW = pt(12);

interface Row {
  texts: string[];
  bold: boolean;
  aligns: ('left' | 'center' | 'right')[];
  minHeight: number;
}

function rowHeight(sheet: Sheet, row: Row, widths: number[]): number {
  use(sheet, row.bold ? 'bold' : 'regular', SIZE.table);
  const text = Math.max(
    ...row.texts.map((t, i) => sheet.pdf.heightOfString(t || ' ', { width: widths[i]! - 2 * PAD })),
  );
  return Math.max(row.minHeight, text + 2 * PAD);
}

function drawRow(sheet: Sheet, row: Row, widths: number[], height: number) {
  const { pdf } = sheet;
  const y = pdf.y;
  let x = sheet.left;
  use(sheet, row.bold ? 'bold' : 'regular', SIZE.table);
  row.texts.forEach((text, i) => {
    const width = widths[i]!;
    pdf.lineWidth(0.5).rect(x, y, width, height).stroke();
    const textHeight = pdf.heightOfString(text || ' ', { width: width - 2 * PAD });
    pdf.text(text, x + PAD, y + (height - textHeight) / 2, {
      width: width - 2 * PAD,
      align: row.aligns[i],
    });
    x += width;
  });
  pdf.x = sheet.left;
  pdf.y = y + height;
}

const dataRow = (cells: Cell[], columns: Column[], bold: boolean, minHeight: number): Row => ({
  texts: columns.map((c, i) => cellText(cells[i] ?? null, c)),
  bold,
  aligns: columns.map((c) => (isNumeric(c) ? 'right' : 'left')),
  minHeight,
});

export function drawTable(sheet: Sheet, block: TableBlock) {
  const widths = columnShares(block.columns).map((share) => share * sheet.width);
  const header: Row = {
    texts: block.columns.map((c) => c.header.normalize('NFC')),
    bold: true,
    aligns: block.columns.map(() => 'center'),
    minHeight: 0,
  };
  const headerHeight = rowHeight(sheet, header, widths);
  const minHeight = block.columns.some((c) => c.kind === 'signature') ? SIGNATURE_ROW : 0;
  const rows = block.rows.map((r) => dataRow(r, block.columns, false, minHeight));
  if (block.total) rows.push(dataRow(block.total, block.columns, true, minHeight));

  // The caption, the unit and the header stay with the first row.
  ensureSpace(sheet, 50 + headerHeight + (rows[0] ? rowHeight(sheet, rows[0], widths) : 0));
  if (block.caption) line(sheet, block.caption, { size: SIZE.body, bold: true });
  if (block.unit) line(sheet, block.unit, { size: SIZE.table, italic: true, align: 'right' });
  sheet.pdf.y += 3;
  drawRow(sheet, header, widths, headerHeight);
  for (const row of rows) {
    const height = rowHeight(sheet, row, widths);
    if (sheet.pdf.y + height > sheet.bottom) {
      ensureSpace(sheet, Number.POSITIVE_INFINITY);
      drawRow(sheet, header, widths, headerHeight);
    }
    drawRow(sheet, row, widths, height);
  }
  sheet.pdf.y += 8;
}
