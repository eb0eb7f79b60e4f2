// The PDF page as the layout sees it: the text area between the margins, and how to write a
// line or a paragraph into it. Positions are in PDF points (1/72 inch).
import { fontStyle, type FontStyle } from './fonts';

export const pt = (mm: number) => (mm * 72) / 25.4;

export interface Sheet {
  pdf: PDFKit.PDFDocument;
  left: number;
  top: number;
  width: number;
  /** The lowest y text may reach. */
  bottom: number;
}

/** Word's single spacing of Times is about 1.15 em; our paragraphs use 1.15 times that. */
export const lineGap = (size: number) => size * 0.17;

export function use(sheet: Sheet, style: FontStyle, size: number) {
  sheet.pdf.font(style).fontSize(size);
}

/** A new page when fewer than `needed` points are left. */
export function ensureSpace(sheet: Sheet, needed: number) {
  if (sheet.pdf.y + needed > sheet.bottom) {
    sheet.pdf.addPage();
    sheet.pdf.x = sheet.left;
    sheet.pdf.y = sheet.top;
  }
}

export interface LineOptions {
  size: number;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  x?: number;
  width?: number;
}

/** One centred (or aligned) line of a header or signature block at the current y. */
export function line(sheet: Sheet, text: string, options: LineOptions) {
  use(sheet, fontStyle(options.bold, options.italic), options.size);
  sheet.pdf.text(text.normalize('NFC'), options.x ?? sheet.left, sheet.pdf.y, {
    width: options.width ?? sheet.width,
    align: options.align ?? 'center',
  });
}

/** A solid rule centred on `centre`, just under the current y. */
export function rule(sheet: Sheet, centre: number, length: number, gap = 2) {
  const y = sheet.pdf.y + gap;
  sheet.pdf
    .moveTo(centre - length / 2, y)
    .lineTo(centre + length / 2, y)
    .lineWidth(0.6)
    .stroke();
  sheet.pdf.y = y + gap;
}
