// docx counts page geometry in twips (1/1440 inch) and run sizes in half-points.
import { pageMm, marginsMm } from '../layout';
import type { OfficialDocument } from '../types';

export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
export const halfPoints = (pt: number) => pt * 2;
export const pointTwips = (pt: number) => pt * 20;

/** The width between the margins, in millimetres. */
export function textWidthMm(doc: Pick<OfficialDocument, 'orientation'>): number {
  const margins = marginsMm(doc);
  return pageMm(doc).width - margins.left - margins.right;
}
