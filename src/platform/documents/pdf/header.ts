// The PDF's first-page head, laid out like the DOCX's header table: issuing body | national
// name and motto, number | place and date, then the type title and summary.
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
import { line, rule, use, type Sheet } from './sheet';

function issuerColumn(sheet: Sheet, doc: OfficialDocument, width: number) {
  const column = { x: sheet.left, width };
  if (doc.issuer.parent)
    line(sheet, capitals(doc.issuer.parent), { size: SIZE.parentBody, ...column });
  line(sheet, capitals(doc.issuer.name), { size: SIZE.issuingBody, bold: true, ...column });
  rule(sheet, sheet.left + width / 2, width / 3);
}

function nationalColumn(sheet: Sheet, x: number, width: number) {
  const column = { x, width };
  line(sheet, NATIONAL_NAME, { size: 12, bold: true, ...column });
  line(sheet, NATIONAL_MOTTO, { size: SIZE.motto, bold: true, ...column });
  use(sheet, 'bold', SIZE.motto);
  rule(sheet, x + width / 2, sheet.pdf.widthOfString(NATIONAL_MOTTO), 1);
}

export function drawHeader(sheet: Sheet, doc: OfficialDocument) {
  const leftWidth = sheet.width * HEADER_SHARE;
  const rightX = sheet.left + leftWidth;
  const rightWidth = sheet.width - leftWidth;
  const top = sheet.pdf.y;
  issuerColumn(sheet, doc, leftWidth);
  const leftEnd = sheet.pdf.y;
  sheet.pdf.y = top;
  nationalColumn(sheet, rightX, rightWidth);
  const second = Math.max(leftEnd, sheet.pdf.y) + 6;

  sheet.pdf.y = second;
  if (doc.symbol)
    line(sheet, numberLine(doc.symbol), { size: SIZE.number, x: sheet.left, width: leftWidth });
  if (isLetter(doc) && doc.summary)
    line(sheet, `V/v ${doc.summary}`, { size: 12, x: sheet.left, width: leftWidth });
  const numberEnd = sheet.pdf.y;
  sheet.pdf.y = second;
  line(sheet, dateLine(doc.place, doc.date), {
    size: SIZE.dateLine,
    italic: true,
    x: rightX,
    width: rightWidth,
  });
  sheet.pdf.y = Math.max(numberEnd, sheet.pdf.y) + 14;
  drawTitle(sheet, doc);
}

function drawTitle(sheet: Sheet, doc: OfficialDocument) {
  if (isLetter(doc) || !doc.kind) return;
  line(sheet, capitals(doc.kind), { size: SIZE.kind, bold: true });
  if (doc.summary) line(sheet, doc.summary, { size: SIZE.summary, bold: true });
  rule(sheet, sheet.left + sheet.width / 2, sheet.width / 4);
  sheet.pdf.y += 12;
}
