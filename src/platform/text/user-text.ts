// Text as users type it, for every module's forms: one cleaning rule and one way to count length.

// Control characters other than tab and line breaks never belong in stored text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** NFC, no control characters, trimmed; HTML stays text (it is escaped on output). */
export function cleanUserText(s: string): string {
  return s.normalize('NFC').replace(CONTROL_CHARACTERS, '').trim();
}

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * Length as a reader counts it: user-perceived characters. "Việt" is 4 whatever the encoding, an
 * emoji with a skin tone is 1. Counting code units would let NFD text or emoji eat a limit early.
 */
export function userLength(s: string): number {
  if (isOneUnitPerCharacter(s)) return s.length;
  let count = 0;
  for (const _ of graphemes.segment(s)) count++;
  return count;
}

/** Latin text without combining marks, emoji or CR LF (most answers) needs no segmentation. */
function isOneUnitPerCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x0d || code >= 0x0300) return false;
  }
  return true;
}
