// The body's blocks in the PDF: justified paragraphs with a first-line indent, headings kept
// with the lines after them, lists with their markers, tables.
import { listMarker, PARAGRAPH, SIZE, spansOf } from '../layout';
import type { Block, Span } from '../types';
import { fontStyle } from './fonts';
import { ensureSpace, lineGap, pt, type Sheet } from './sheet';
import { drawChart } from './chart';
import { drawTable } from './table';

/** pdfkit drops a continued fragment's leading space: it goes to the end of the one before. */
function joinable(spans: Span[]): Span[] {
  return spans.map((span, i) => {
    const text = i > 0 ? span.text.trimStart() : span.text;
    const next = spans[i + 1];
    const space = next && /^\s/.test(next.text) && !/\s$/.test(text) ? ' ' : '';
    return { ...span, text: `${text}${space}`.normalize('NFC') };
  });
}

function paragraph(sheet: Sheet, given: Span[], bold = false) {
  const spans = joinable(given);
  const { pdf } = sheet;
  const options = {
    width: sheet.width,
    align: 'justify' as const,
    indent: pt(PARAGRAPH.indentMm),
    lineGap: lineGap(SIZE.body),
    paragraphGap: PARAGRAPH.afterPt,
  };
  pdf.fontSize(SIZE.body);
  spans.forEach((span, i) => {
    pdf.font(fontStyle(bold || span.bold, span.italic));
    const continued = i < spans.length - 1;
    if (i === 0) pdf.text(span.text, sheet.left, pdf.y, { ...options, continued });
    else pdf.text(span.text, { ...options, continued });
  });
  pdf.x = sheet.left;
}

/** A heading needs its own line and three more below it on the same page. */
const HEADING_ROOM = SIZE.body * 1.4 * 4;

export function drawBody(sheet: Sheet, blocks: Block[]) {
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        ensureSpace(sheet, HEADING_ROOM);
        paragraph(sheet, [{ text: block.text, italic: block.level === 2 }], true);
        break;
      case 'paragraph':
        paragraph(sheet, spansOf(block.text));
        break;
      case 'list':
        block.items.forEach((item, n) =>
          paragraph(sheet, [{ text: `${listMarker(block.style, n)} ` }, ...spansOf(item)]),
        );
        break;
      case 'table':
        drawTable(sheet, block);
        break;
      case 'chart':
        drawChart(sheet, block);
        break;
    }
  }
}
