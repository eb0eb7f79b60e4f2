// Nơi nhận on the left and the signature block on the right, kept together on one page.
import { capitals, RECIPIENTS_LABEL, RECIPIENTS_SHARE, SIZE } from '../layout';
import type { OfficialDocument } from '../types';
import { ensureSpace, line, type Sheet } from './sheet';

/** Room for the handwritten signature and the seal. */
const SIGNATURE_SPACE = 72;

export function drawClosing(sheet: Sheet, doc: OfficialDocument) {
  const lines = doc.signature.authority ? 3 : 2;
  const needed = Math.max(lines * 18 + SIGNATURE_SPACE, (doc.recipients.length + 1) * 14) + 12;
  ensureSpace(sheet, needed);
  sheet.pdf.y += 12;
  const top = sheet.pdf.y;
  const leftWidth = sheet.width * RECIPIENTS_SHARE;
  const left = { x: sheet.left, width: leftWidth, align: 'left' as const };
  if (doc.recipients.length > 0) {
    line(sheet, RECIPIENTS_LABEL, {
      size: SIZE.recipientsLabel,
      bold: true,
      italic: true,
      ...left,
    });
    for (const recipient of doc.recipients)
      line(sheet, `- ${recipient}`, { size: SIZE.recipients, ...left });
  }
  const leftEnd = sheet.pdf.y;

  sheet.pdf.y = top;
  const right = { x: sheet.left + leftWidth, width: sheet.width - leftWidth };
  const { authority, position, name } = doc.signature;
  if (authority) line(sheet, capitals(authority), { size: SIZE.signature, bold: true, ...right });
  line(sheet, capitals(position), { size: SIZE.signature, bold: true, ...right });
  sheet.pdf.y += SIGNATURE_SPACE;
  line(sheet, name, { size: SIZE.signature, bold: true, ...right });
  sheet.pdf.y = Math.max(leftEnd, sheet.pdf.y);
}
