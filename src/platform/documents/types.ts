// What a module describes to get an official document (Decree 30/2020/NĐ-CP, Phụ lục I): plain
// data, no layout. The same description gives the DOCX, the XLSX annexes and the PDF.

/** A run of text inside a paragraph, for the words that must stand out. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** How a column's cells are written: numbers are right-aligned in Vietnamese format (1.234,5). */
export type ColumnKind = 'text' | 'number' | 'percent' | 'signature';

export interface Column {
  header: string;
  kind?: ColumnKind;
  /** Digits after the comma for number and percent columns (default 0). */
  decimals?: number;
  /** Relative width (default 1; the columns share the text width in proportion). */
  width?: number;
}

export type Cell = string | number | null;

export interface TableBlock {
  type: 'table';
  /** Shown above the table, and the XLSX sheet's title. */
  caption?: string;
  /** The XLSX sheet's name (default: from the caption, or "Bảng N"). */
  sheetName?: string;
  /** Unit line at the top right of the table, e.g. "Đơn vị tính: triệu đồng". */
  unit?: string;
  columns: Column[];
  rows: Cell[][];
  /** A closing row in bold, e.g. ["Tổng cộng", null, 1250]. */
  total?: Cell[];
}

/** A column chart: Word draws it natively (its data editable), the PDF in grey for printing. */
export interface ChartBlock {
  type: 'chart';
  caption?: string;
  /** The XLSX sheet's name for the chart's data (default: from the caption). */
  sheetName?: string;
  /** The values' unit, e.g. "Đơn vị tính: doanh nghiệp". */
  unit?: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** Digits after the comma of the value labels (default 0). */
  decimals?: number;
}

export type Block =
  | { type: 'heading'; text: string; level?: 1 | 2 }
  | { type: 'paragraph'; text: string | Span[] }
  /** decimal "1.", alpha "a)", dash "-": the markers official texts use. */
  | { type: 'list'; items: (string | Span[])[]; style?: 'decimal' | 'alpha' | 'dash' }
  | TableBlock
  | ChartBlock;

export interface Signature {
  /** Signing on behalf: "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "TL. GIÁM ĐỐC"… (none: the head signs). */
  authority?: string;
  /** The signer's own title: "PHÓ GIÁM ĐỐC". */
  position: string;
  name: string;
}

export interface OfficialDocument {
  /** The issuing body and the body it belongs to, as written in the header (capitals are applied). */
  issuer: { parent?: string; name: string };
  /** Number and symbol from the issuer's register, "15/BC-SKHCN" (printed "Số: 15/BC-SKHCN"). */
  symbol?: string;
  /** The place name (địa danh) of the date line, "Lâm Đồng". */
  place: string;
  /** The document's date, yyyy-mm-dd (Vietnam calendar). */
  date: string;
  /**
   * The document type printed as the title, "BÁO CÁO", "KẾ HOẠCH", "DANH SÁCH". None for a công
   * văn, whose summary is printed "V/v …" under the number instead.
   */
  kind?: string;
  /** The summary (trích yếu). */
  summary?: string;
  body: Block[];
  signature: Signature;
  /** Nơi nhận, one line each ("Như trên;", "Lưu: VT, QLKH."). */
  recipients: string[];
  /** Landscape for wide tables, e.g. an attendance list with a signature column. */
  orientation?: 'portrait' | 'landscape';
}
