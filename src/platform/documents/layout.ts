// Decree 30/2020 Phụ lục I in numbers, shared by the DOCX and the PDF so both look alike:
// A4, Times New Roman (Tinos in the PDF: the same metrics), the margins and sizes the appendix
// allows (we take one value in each range), and the texts every document carries.
import type { Cell, Column, OfficialDocument, Span } from './types';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const FONT_FAMILY = 'Times New Roman';

/** The issuing body's side of the header takes this share of the width, the national name the rest. */
export const HEADER_SHARE = 0.38;
/** Nơi nhận's side of the closing; the signature block has the rest. */
export const RECIPIENTS_SHARE = 0.45;

export const A4_MM = { width: 210, height: 297 } as const;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Portrait: top/bottom 20 mm, left 30 mm (the binding edge), right 15 mm. A landscape page is the
 * portrait sheet turned, so the binding edge is its top.
 */
export function marginsMm(doc: Pick<OfficialDocument, 'orientation'>): Margins {
  return doc.orientation === 'landscape'
    ? { top: 30, bottom: 15, left: 20, right: 20 }
    : { top: 20, bottom: 20, left: 30, right: 15 };
}

export function pageMm(doc: Pick<OfficialDocument, 'orientation'>) {
  return doc.orientation === 'landscape'
    ? { width: A4_MM.height, height: A4_MM.width }
    : { width: A4_MM.width, height: A4_MM.height };
}

/** Point sizes of each part. */
export const SIZE = {
  parentBody: 13,
  issuingBody: 13,
  nationalName: 13,
  motto: 14,
  number: 13,
  dateLine: 14,
  kind: 14,
  summary: 14,
  body: 14,
  table: 12,
  signature: 14,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 14,
} as const;

/** Body paragraphs: first-line indent 1.27 cm, 6 pt after, line spacing 1.15. */
export const PARAGRAPH = { indentMm: 12.7, afterPt: 6, lineSpacing: 1.15 } as const;

/** "Lâm Đồng, ngày 06 tháng 12 năm 2026": days below 10 and months 1–2 take a leading zero. */
export function dateLine(place: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`not a yyyy-mm-dd date: ${isoDate}`);
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const m = Number(month);
  const monthText = m <= 2 ? month : String(m);
  return `${place}, ngày ${day} tháng ${monthText} năm ${year}`;
}

export const numberLine = (symbol: string) => `Số: ${symbol}`;

/** Upper case the Vietnamese way (đ → Đ, and NFC so the diacritics stay single characters). */
export const capitals = (text: string) => text.normalize('NFC').toLocaleUpperCase('vi-VN');

const numberFormats = new Map<number, Intl.NumberFormat>();
function viNumber(decimals: number): Intl.NumberFormat {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(decimals, format);
  }
  return format;
}

export const isNumeric = (column: Column) => column.kind === 'number' || column.kind === 'percent';

/** A cell as printed: numbers in Vietnamese format (1.234.567; 20,5 %). */
export function cellText(cell: Cell, column: Column): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.normalize('NFC');
  const text = viNumber(column.decimals ?? 0).format(cell);
  return column.kind === 'percent' ? `${text}%` : text;
}

/** The columns' widths as fractions of the table's width. */
export function columnShares(columns: Column[]): number[] {
  const total = columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
  return columns.map((c) => (c.width ?? 1) / total);
}

export const spansOf = (text: string | Span[]): Span[] =>
  typeof text === 'string' ? [{ text }] : text;

/** The marker of the n-th (from 0) item of a list. */
export function listMarker(style: 'decimal' | 'alpha' | 'dash' | undefined, n: number): string {
  if (style === 'dash') return '-';
  if (style === 'alpha') return `${String.fromCharCode(97 + (n % 26))})`;
  return `${n + 1}.`;
}

export const RECIPIENTS_LABEL = 'Nơi nhận:';

/** A công văn has no type title: its summary goes under the number, "V/v …". */
export const isLetter = (doc: Pick<OfficialDocument, 'kind'>) => !doc.kind;
