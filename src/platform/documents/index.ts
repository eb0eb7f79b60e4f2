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
import type { OfficialDocument } from './types';

// The renderers load on first use (docx, pdfkit and ExcelJS cost a server that never writes an
// official document tens of MiB); the bundle keeps them in chunks of their own.
export async function officialDocxBytes(doc: OfficialDocument): Promise<Buffer> {
  return (await import('./official-docx')).officialDocxBytes(doc);
}

export async function officialPdfBytes(doc: OfficialDocument): Promise<Buffer> {
  return (await import('./official-pdf')).officialPdfBytes(doc);
}

export async function officialXlsxBytes(doc: OfficialDocument): Promise<Buffer | undefined> {
  return (await import('./official-xlsx')).officialXlsxBytes(doc);
}
