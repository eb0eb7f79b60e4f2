// The benchmark's search mix (issue 3 item 10): names typed without diacritics (some with a typo),
// two- and three-word sector phrases, and filters. Names come from the same generator and seed as
// the data, so they exist.
import { generateOrganizations } from '../../src/modules/directory';
import { sortName } from '../../src/modules/directory/services/search-fields';
import { searchKey } from '../../src/platform/text/vietnamese';
import { SEED } from './data';

export interface BenchQuery {
  q: string;
  kind?: string;
  province?: string;
  sector?: string;
}

/** One letter dropped from the longest word: a small typo. */
function typo(name: string): string {
  const longest = name.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
  return name.replace(longest, longest.slice(0, 2) + longest.slice(3));
}

function typedNames(count: number): string[] {
  const names: string[] = [];
  const generated = generateOrganizations({ seed: SEED, organizations: 20_000, people: 0 });
  let i = 0;
  for (const o of generated) {
    const name = searchKey(sortName(o.fields));
    // every 997th record of the first 20,000: spread over the whole data set's generation
    if (i++ % 997 === 0 && name.split(' ').length >= 2) names.push(name);
    if (names.length === count) break;
  }
  return names;
}

const PHRASES = [
  'nong nghiep',
  'thuy san',
  'tri tue nhan tao',
  'du lich',
  'cong nghe tai chinh',
  'an ninh mang',
  'thuong mai dien tu',
  'y te so',
  'nang luong tai tao',
  'giao duc',
];

const FILTERED: BenchQuery[] = [
  { q: 'du lich', province: '48' },
  { q: 'cong nghe', kind: 'startup' },
  { q: 'an ninh mang', sector: 'cybersecurity' },
  { q: 'nong nghiep', province: '92' },
  { q: 'tri tue nhan tao', province: '79', kind: 'startup' },
  { q: 'thuy san', sector: 'agritech' },
  { q: 'giao duc', kind: 'sme' },
  { q: 'logistics', province: '01' },
];

export function benchQueries(): BenchQuery[] {
  const names = typedNames(16);
  return [
    ...names.slice(0, 12).map((q) => ({ q })),
    ...names.slice(12).map((q) => ({ q: typo(q) })),
    ...PHRASES.map((q) => ({ q })),
    ...FILTERED,
  ];
}

/**
 * Issue 11 item 7: full legal names as typed without diacritics, with one letter dropped from
 * their most distinctive word (the rarest of 6+ letters among the names, so 5+ are typed), as in "cong ty co phan
 * bao mat so safup"; each with the organisation it must find in the top 5 (the generator gives
 * a few organisations the same name: any of them will do).
 */
export function typoQueries(count: number): { q: string; legalName: string }[] {
  const names = [...generateOrganizations({ seed: SEED, organizations: 20_000, people: 0 })].map(
    (o) => ({ legalName: o.fields.legalName, words: searchKey(o.fields.legalName).split(' ') }),
  );
  const frequency = new Map<string, number>();
  for (const { words } of names)
    for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const found: { q: string; legalName: string }[] = [];
  // every 307th record: spread over the whole data set's generation
  for (let i = 0; i < names.length && found.length < count; i += 307) {
    const { legalName, words } = names[i]!;
    const candidates = words.filter((w) => w.length >= 6 && !/\d/.test(w));
    if (candidates.length === 0) continue;
    const rarest = candidates.reduce((a, b) => (frequency.get(b)! < frequency.get(a)! ? b : a));
    const at = Math.floor(rarest.length / 2);
    const typo = rarest.slice(0, at) + rarest.slice(at + 1);
    found.push({ q: words.map((w) => (w === rarest ? typo : w)).join(' '), legalName });
  }
  return found;
}

export const queryString = (query: BenchQuery) =>
  new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]).toString();
