// The head of the first page: the two-column table (issuing body | national name and motto, then
// number | place and date), the type title and the summary with its short rule.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import {
  capitals,
  dateLine,
  HEADER_SHARE,
  isLetter,
  NATIONAL_MOTTO,
  NATIONAL_NAME,
  numberLine,
  SIZE,
} from '../layout';
import type { OfficialDocument } from '../types';
import { halfPoints, pointTwips, textWidthMm, twips } from './units';

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

function centred(line: Line, after = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: pointTwips(after), line: 240 },
    children: [
      new TextRun({
        text: line.text,
        size: halfPoints(line.size),
        bold: line.bold,
        italics: line.italic,
        underline: line.underline ? { type: UnderlineType.SINGLE } : undefined,
      }),
    ],
  });
}

/** A short solid rule, centred in a cell of the given width: a bordered, indented empty line. */
export function rule(cellMm: number, ruleMm: number): Paragraph {
  const side = twips(Math.max(0, (cellMm - ruleMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: pointTwips(6), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    children: [],
  });
}

const cell = (widthMm: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: twips(widthMm), type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children,
  });

function issuerCell(doc: OfficialDocument, widthMm: number): Paragraph[] {
  const lines: Paragraph[] = [];
  if (doc.issuer.parent)
    lines.push(centred({ text: capitals(doc.issuer.parent), size: SIZE.parentBody }));
  lines.push(centred({ text: capitals(doc.issuer.name), size: SIZE.issuingBody, bold: true }));
  lines.push(rule(widthMm, widthMm / 3));
  return lines;
}

function numberCell(doc: OfficialDocument): Paragraph[] {
  const lines = [centred({ text: doc.symbol ? numberLine(doc.symbol) : '', size: SIZE.number })];
  if (isLetter(doc) && doc.summary)
    lines.push(centred({ text: `V/v ${doc.summary.normalize('NFC')}`, size: 12 }));
  return lines;
}

export function headerTable(doc: OfficialDocument): Table {
  const width = textWidthMm(doc);
  const left = width * HEADER_SHARE;
  const right = width - left;
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    width: { size: twips(width), type: WidthType.DXA },
    columnWidths: [twips(left), twips(right)],
    rows: [
      new TableRow({
        children: [
          cell(left, issuerCell(doc, left)),
          cell(right, [
            centred({ text: NATIONAL_NAME, size: 12, bold: true }),
            centred({ text: NATIONAL_MOTTO, size: SIZE.motto, bold: true, underline: true }),
          ]),
        ],
      }),
      new TableRow({
        children: [
          cell(left, [centred({ text: '', size: 6 }), ...numberCell(doc)]),
          cell(right, [
            centred({ text: '', size: 6 }),
            centred({ text: dateLine(doc.place, doc.date), size: SIZE.dateLine, italic: true }),
          ]),
        ],
      }),
    ],
  });
}

/** "BÁO CÁO" and its summary, centred, with the summary's short rule; nothing for a công văn. */
export function titleBlock(doc: OfficialDocument): Paragraph[] {
  if (isLetter(doc) || !doc.kind) return [centred({ text: '', size: SIZE.body }, 6)];
  const width = textWidthMm(doc);
  const title: Paragraph[] = [
    centred({ text: '', size: SIZE.body }, 6),
    centred({ text: capitals(doc.kind), size: SIZE.kind, bold: true }),
  ];
  if (doc.summary)
    title.push(centred({ text: doc.summary.normalize('NFC'), size: SIZE.summary, bold: true }));
  title.push(rule(width, width / 4), centred({ text: '', size: SIZE.body }, 6));
  return title;
}
