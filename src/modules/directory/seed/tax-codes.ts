// Generated tax codes: valid (domain notes §4.7) and unique by construction, with no lookup. The
// 7-digit serial is a bijection of the record's number, so two records never share one whatever
// their two-digit prefix.
import { taxCodeFromBase } from '../domain/tax-code';

const SERIAL_SPACE = 10_000_000;
/** Coprime with 10^7, so n → (n·M + C) mod 10^7 is a permutation that scatters neighbours. */
const MULTIPLIER = 7_368_787;
const OFFSET = 1_234_567;

/** Record numbers from here up belong to the built-in demo set, below to generated scale data. */
export const DEMO_TAX_INDEX = 4_000_000;

/** Tax-department prefixes of the four largest cities; elsewhere the former province code. */
const TAX_PREFIX: Record<string, string> = { '01': '01', '79': '03', '48': '04', '31': '02' };

export const taxPrefix = (formerProvinceCode: string) =>
  TAX_PREFIX[formerProvinceCode] ?? formerProvinceCode;

const serial = (n: number) =>
  ((n * MULTIPLIER + OFFSET) % SERIAL_SPACE).toString().padStart(7, '0');

/**
 * A valid 10-digit code for record `index`; about 1 base in 11 has no check digit, so each record
 * owns two serials (2i and 2i + 1) and has no code only when both fail (under 1 %).
 */
export function taxCodeFor(prefix: string, index: number): string | undefined {
  if (!Number.isInteger(index) || index < 0 || index * 2 + 1 >= SERIAL_SPACE) {
    throw new RangeError(`no tax code serial for record ${index}`);
  }
  return (
    taxCodeFromBase(prefix + serial(index * 2)) ?? taxCodeFromBase(prefix + serial(index * 2 + 1))
  );
}
