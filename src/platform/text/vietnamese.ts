// Vietnamese text keys (domain notes §4): NFC storage, unaccented search keys, a sort key that
// orders like the Vietnamese alphabet on both engines (PGlite has no ICU "vi" collation).

const COMBINING = /[\u0300-\u036f]/g;

/** NFC, as every inbound string is stored. */
export const nfc = (s: string) => s.normalize('NFC');

/**
 * The search key: lower-case, no tone or vowel marks, đ→d, single spaces, letters and digits only.
 * "Thuỷ sản", "thủy sản" and "thuy san" all give "thuy san"; "Đà Nẵng" gives "da nang".
 */
export function searchKey(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A URL slug from any name: "Công ty CP Nông nghiệp Xanh" → "cong-ty-cp-nong-nghiep-xanh". */
export function slugify(s: string, maxLength = 80): string {
  return searchKey(s).replace(/ /g, '-').slice(0, maxLength).replace(/-+$/, '') || 'x';
}

const ALPHABET = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // ngang huyền hỏi ngã sắc nặng
const BASE_MARKS = new Set(['\u0306', '\u0302', '\u031b']); // breve, circumflex, horn

/**
 * A sort key in the Vietnamese alphabet order (a ă â b c d đ e ê …), tones as a secondary key
 * (ngang < huyền < hỏi < ngã < sắc < nặng), so plain byte order of keys sorts like ICU "vi".
 */
export function sortKey(s: string): string {
  const primary: string[] = [];
  const secondary: string[] = [];
  for (const ch of s.normalize('NFC').toLowerCase()) {
    const parts = ch.normalize('NFD');
    const tone = [...parts].find((c) => TONES.includes(c) && c !== '') ?? '';
    const base = [...parts]
      .filter((c) => !TONES.includes(c) || c === '')
      .join('')
      .normalize('NFC');
    const letterIndex = ALPHABET.indexOf(base);
    if (letterIndex >= 0) {
      primary.push(String.fromCharCode(0x61 + letterIndex)); // a.. in alphabet order
      secondary.push(String(TONES.indexOf(tone)));
    } else if (/[0-9]/.test(base)) {
      primary.push(base); // digits sort before letters
    } else if (/\s/.test(base)) {
      primary.push(' ');
    } else if (!BASE_MARKS.has(base)) {
      primary.push(base.replace(/[^\p{L}\p{N}]/gu, ''));
    }
  }
  return `${primary.join('').replace(/\s+/g, ' ').trim()}\u0001${secondary.join('')}`;
}
