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

export const queryString = (query: BenchQuery) =>
  new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]).toString();
