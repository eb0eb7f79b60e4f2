// Mã số thuế (domain notes §4.7): 10 digits with a check digit, 13 as NNNNNNNNNN-NNN for a
// dependent unit, or a 12-digit personal identification number (no checksum).

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

export type TaxCodeCheck = { ok: true; value: string } | { ok: false };

function validBase(ten: string): boolean {
  if (!/^\d{10}$/.test(ten) || ten.slice(2, 9) === '0000000') return false;
  const r = WEIGHTS.reduce((sum, w, i) => sum + w * Number(ten[i]), 0) % 11;
  if (r === 0) return false;
  return (10 - r) % 10 === Number(ten[9]);
}

/** Accepts spaces, dots and a missing dash; returns the canonical form. */
export function checkTaxCode(input: string): TaxCodeCheck {
  const digits = input.replace(/[\s.]/g, '');
  if (/^\d{12}$/.test(digits)) return { ok: true, value: digits };
  const m = /^(\d{10})(?:-?(\d{3}))?$/.exec(digits);
  if (!m || !validBase(m[1]!)) return { ok: false };
  if (m[2] === undefined) return { ok: true, value: m[1]! };
  if (m[2] === '000') return { ok: false };
  return { ok: true, value: `${m[1]}-${m[2]}` };
}

/** A valid 10-digit code from any 9-digit base that has one (for generated data). */
export function taxCodeFromBase(base9: string): string | undefined {
  const r = WEIGHTS.reduce((sum, w, i) => sum + w * Number(base9[i]), 0) % 11;
  if (r === 0 || base9.slice(2) === '0000000') return undefined;
  return `${base9}${(10 - r) % 10}`;
}
