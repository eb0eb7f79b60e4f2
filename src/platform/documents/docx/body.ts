// The body's blocks as Word paragraphs and tables: justified text with a first-line indent,
// headings kept with what follows, lists with their markers, tables with a repeated header row
// and right-aligned Vietnamese numbers.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { cellText, columnShares, isNumeric, listMarker, PARAGRAPH, SIZE, spansOf } from '../layout';
import type { Block, Cell, Column, OfficialDocument, Span, TableBlock } from '../types';
import { chartParagraphs } from './chart';
import { halfPoints, pointTwips, textWidthMm, twips } from './units';

const LINE = Math.round(240 * PARAGRAPH.lineSpacing);

const runs = (spans: Span[], size: number, bold = false) =>
  spans.map(
    (s) =>
      new TextRun({
        text: s.text.normalize('NFC'),
        bold: bold || s.bold,
        italics: s.italic,
        size: halfPoints(size),
      }),
  );

function textParagraph(spans: Span[], options: { bold?: boolean; keepNext?: boolean } = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(PARAGRAPH.indentMm) },
    spacing: { before: 0, after: pointTwips(PARAGRAPH.afterPt), line: LINE },
    keepNext: options.keepNext,
    children: runs(spans, SIZE.body, options.bold),
  });
}

function listItem(marker: string, spans: Span[]) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(PARAGRAPH.indentMm) },
    spacing: { before: 0, after: pointTwips(PARAGRAPH.afterPt), line: LINE },
    children: runs([{ text: `${marker} ` }, ...spans], SIZE.body),
  });
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const cellBorders = { top: thin, bottom: thin, left: thin, right: thin };

function tableCell(
  text: string,
  widthTwips: number,
  align: 'left' | 'center' | 'right',
  bold: boolean,
) {
  const alignment =
    align === 'right'
      ? AlignmentType.RIGHT
      : align === 'center'
        ? AlignmentType.CENTER
        : AlignmentType.LEFT;
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    borders: cellBorders,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: twips(1.5), right: twips(1.5), top: twips(0.5), bottom: twips(0.5) },
    children: [
      new Paragraph({
        alignment,
        spacing: { before: 0, after: 0, line: 240 },
        children: [new TextRun({ text, bold, size: halfPoints(SIZE.table) })],
      }),
    ],
  });
}

const alignOf = (column: Column) => (isNumeric(column) ? 'right' : 'left');

function dataRow(cells: Cell[], columns: Column[], widths: number[], bold: boolean) {
  const hasSignature = columns.some((c) => c.kind === 'signature');
  return new TableRow({
    cantSplit: true,
    height: hasSignature ? { value: twips(12), rule: HeightRule.ATLEAST } : undefined,
    children: columns.map((column, i) =>
      tableCell(cellText(cells[i] ?? null, column), widths[i]!, alignOf(column), bold),
    ),
  });
}

function tableParagraphs(block: TableBlock, doc: OfficialDocument): (Paragraph | Table)[] {
  const width = twips(textWidthMm(doc));
  const widths = columnShares(block.columns).map((share) => Math.floor(share * width));
  const out: (Paragraph | Table)[] = [];
  if (block.caption)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: pointTwips(6), after: pointTwips(3) },
        children: runs([{ text: block.caption }], SIZE.body, true),
      }),
    );
  if (block.unit)
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        keepNext: true,
        spacing: { before: 0, after: pointTwips(3) },
        children: runs([{ text: block.unit, italic: true }], SIZE.table),
      }),
    );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) =>
      tableCell(c.header.normalize('NFC'), widths[i]!, 'center', true),
    ),
  });
  const rows = block.rows.map((r) => dataRow(r, block.columns, widths, false));
  if (block.total) rows.push(dataRow(block.total, block.columns, widths, true));
  out.push(
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      rows: [header, ...rows],
    }),
    new Paragraph({ spacing: { before: 0, after: pointTwips(PARAGRAPH.afterPt) }, children: [] }),
  );
  return out;
}

export function bodyParagraphs(doc: OfficialDocument): (Paragraph | Table)[] {
  return doc.body.flatMap((block: Block) => {
    switch (block.type) {
      case 'heading':
        return [
          textParagraph([{ text: block.text, italic: block.level === 2 }], {
            bold: true,
            keepNext: true,
          }),
        ];
      case 'paragraph':
        return [textParagraph(spansOf(block.text))];
      case 'list':
        return block.items.map((item, n) => listItem(listMarker(block.style, n), spansOf(item)));
      case 'table':
        return tableParagraphs(block, doc);
      case 'chart':
        return chartParagraphs(block, doc);
    }
  });
}
