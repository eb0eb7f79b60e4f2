import { searchKey } from '../../../platform/text/vietnamese';
import data from '../data/provinces-vn-2025.json';

export interface Province {
  code: string;
  name: string;
  shortName: string;
  slug: string;
  type: 'city' | 'province';
  formerProvinces: { code: string; name: string; shortName: string }[];
}

/** The 34 province-level units since 01/7/2025, in the statistics office's order. */
export const PROVINCES = data as Province[];
export const PROVINCE_CODES = PROVINCES.map((p) => p.code) as [string, ...string[]];

const byCode = new Map(PROVINCES.map((p) => [p.code, p]));
const byKey = new Map<string, Province>();
for (const p of PROVINCES) {
  for (const name of [p.name, p.shortName, p.slug.replace(/-/g, ' ')])
    byKey.set(searchKey(name), p);
  byKey.set(searchKey(`Tỉnh ${p.shortName}`), p);
  byKey.set(searchKey(`Thành phố ${p.shortName}`), p);
}
// Former (pre-2025) names map to the unit they merged into; own names win on a clash.
for (const p of PROVINCES) {
  for (const f of p.formerProvinces) {
    for (const name of [f.name, f.shortName])
      if (!byKey.has(searchKey(name))) byKey.set(searchKey(name), p);
  }
}
const formerByCode = new Map(
  PROVINCES.flatMap((p) => p.formerProvinces.map((f) => [f.code, p] as const)),
);
for (const [alias, code] of [
  ['TP HCM', '79'],
  ['TPHCM', '79'],
  ['HCM', '79'],
  ['Sài Gòn', '79'],
  ['Thừa Thiên Huế', '46'],
  ['Thừa Thiên - Huế', '46'],
] as const) {
  byKey.set(searchKey(alias), byCode.get(code)!);
}

export const provinceByCode = (code: string) => byCode.get(code);

/**
 * The current unit for a code or a name, old or new, with or without marks
 * ("Bình Dương" → TP Hồ Chí Minh, "quang nam" → Đà Nẵng, "79" → TP Hồ Chí Minh).
 */
export function resolveProvince(input: string): Province | undefined {
  const trimmed = input.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const code = trimmed.padStart(2, '0');
    return byCode.get(code) ?? formerByCode.get(code);
  }
  return byKey.get(searchKey(trimmed));
}
