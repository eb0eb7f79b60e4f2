// The foot of the document: "Nơi nhận:" and its list on the left, the signature block on the
// right (authority, the signer's title, room for the signature and seal, the name).
import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { capitals, RECIPIENTS_LABEL, RECIPIENTS_SHARE, SIZE } from '../layout';
import type { OfficialDocument } from '../types';
import { halfPoints, textWidthMm, twips } from './units';

/** Room left for the handwritten signature and the seal. */
export const SIGNATURE_SPACE_LINES = 4;

const line = (
  text: string,
  size: number,
  options: { bold?: boolean; italic?: boolean; align?: 'left' | 'center' } = {},
) =>
  new Paragraph({
    alignment: options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240 },
    keepNext: true,
    keepLines: true,
    children: [
      new TextRun({
        text: text.normalize('NFC'),
        size: halfPoints(size),
        bold: options.bold,
        italics: options.italic,
      }),
    ],
  });

function signatureLines(doc: OfficialDocument): Paragraph[] {
  const { authority, position, name } = doc.signature;
  const lines: Paragraph[] = [];
  if (authority) lines.push(line(capitals(authority), SIZE.signature, { bold: true }));
  lines.push(line(capitals(position), SIZE.signature, { bold: true }));
  for (let i = 0; i < SIGNATURE_SPACE_LINES; i += 1) lines.push(line('', SIZE.signature));
  lines.push(line(name, SIZE.signature, { bold: true }));
  return lines;
}

function recipientLines(doc: OfficialDocument): Paragraph[] {
  if (doc.recipients.length === 0) return [line('', SIZE.recipients)];
  return [
    line(RECIPIENTS_LABEL, SIZE.recipientsLabel, { bold: true, italic: true, align: 'left' }),
    ...doc.recipients.map((r) => line(`- ${r}`, SIZE.recipients, { align: 'left' })),
  ];
}

export function closingTable(doc: OfficialDocument): Table {
  const width = textWidthMm(doc);
  const left = width * RECIPIENTS_SHARE;
  const right = width - left;
  const cell = (mm: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: twips(mm), type: WidthType.DXA },
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      children,
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    width: { size: twips(width), type: WidthType.DXA },
    columnWidths: [twips(left), twips(right)],
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(left, recipientLines(doc)), cell(right, signatureLines(doc))],
      }),
    ],
  });
}
