// The official document kit: one plain description (types.ts) → DOCX, XLSX annexes and PDF in
// the Decree 30/2020 layout. Modules pass the number and symbol their register issued.
export type {
  Block,
  Cell,
  ChartBlock,
  Column,
  ColumnKind,
  OfficialDocument,
  Signature,
  Span,
  TableBlock,
} from './types';
export { dateLine } from './layout';
export { officialDocxBytes } from './official-docx';
export { officialPdfBytes } from './official-pdf';
export { officialXlsxBytes } from './official-xlsx';
