// The same official document as a PDF, made in process with pdfkit and the embedded Tinos fonts
// (decision 019): no office suite is needed at run time.
import { capitals, marginsMm, pageMm, SIZE } from './layout';
import { drawBody } from './pdf/body';
import { drawClosing } from './pdf/closing';
import { tinos, type FontStyle } from './pdf/fonts';
import { drawHeader } from './pdf/header';
import { pt, type Sheet } from './pdf/sheet';
import type { OfficialDocument } from './types';
import { checkDocument } from './check';

/** The page number's baseline sits this far from the top edge, inside the top margin. */
const PAGE_NUMBER_MM = 10;

function numberPages(sheet: Sheet) {
  const { pdf } = sheet;
  const range = pdf.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i += 1) {
    pdf.switchToPage(i);
    pdf.font('regular').fontSize(SIZE.pageNumber);
    pdf.text(String(i + 1), sheet.left, pt(PAGE_NUMBER_MM), {
      width: sheet.width,
      align: 'center',
      lineBreak: false,
    });
  }
}

export async function officialPdfBytes(doc: OfficialDocument): Promise<Buffer> {
  checkDocument(doc);
  // Loaded on first use: pdfkit and its font engine cost the server ~24 MiB otherwise.
  const { default: PDFDocument } = await import('pdfkit');
  const margins = marginsMm(doc);
  const page = pageMm(doc);
  const pdf = new PDFDocument({
    size: 'A4',
    layout: doc.orientation === 'landscape' ? 'landscape' : 'portrait',
    margins: {
      top: pt(margins.top),
      bottom: pt(margins.bottom),
      left: pt(margins.left),
      right: pt(margins.right),
    },
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: [doc.symbol, doc.kind && capitals(doc.kind), doc.summary].filter(Boolean).join(' '),
      Author: doc.issuer.name,
    },
  });
  const fonts = tinos();
  for (const style of Object.keys(fonts) as FontStyle[]) pdf.registerFont(style, fonts[style]);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const sheet: Sheet = {
    pdf,
    left: pt(margins.left),
    top: pt(margins.top),
    width: pt(page.width - margins.left - margins.right),
    bottom: pt(page.height - margins.bottom),
  };
  pdf.y = sheet.top;
  drawHeader(sheet, doc);
  drawBody(sheet, doc.body);
  drawClosing(sheet, doc);
  numberPages(sheet);
  pdf.end();
  return done;
}
