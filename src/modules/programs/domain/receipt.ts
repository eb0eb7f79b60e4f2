/**
 * Receipt numbers an applicant can read out on the phone: the programme's word, the year and a
 * per-call sequence, e.g. SPEEDUP-2026-000123. The word comes from the programme's slug without
 * the generic Vietnamese words ("chương trình", "cuộc thi"…); a programme's second call opening
 * in the same year adds its ordinal (SPEEDUP2-2026-000001), so two calls never share a number.
 */

const GENERIC = new Set([
  'chuong',
  'trinh',
  'cuoc',
  'thi',
  'giai',
  'thuong',
  'nam',
  'dot',
  'ho',
  'tro',
  'va',
  'cho',
  'du',
  'an',
  'the',
  'of',
  'programme',
  'program',
  'call',
  'award',
  'competition',
]);
const TOKEN_MAX = 10;

export function receiptToken(programmeSlug: string, ordinal = 1): string {
  const words = programmeSlug.split('-').filter((w) => w && !/^\d+$/.test(w) && !GENERIC.has(w));
  const token = (words.join('').toUpperCase() || 'HS').slice(0, TOKEN_MAX);
  return ordinal > 1 ? `${token}${ordinal}` : token;
}

/** What comes before the sequence (at least six digits, written by giveReceiptNumber). */
export const receiptPrefix = (token: string, year: number) => `${token}-${year}-`;
