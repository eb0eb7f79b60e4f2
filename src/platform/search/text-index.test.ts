import { describe, expect, it } from 'vitest';
import { searchKey, sortKey } from '../text/vietnamese';
import { BitCounter, emptyBitset, forEachBit, setBit, wordsFor } from './bitset';
import { TextIndex, type SearchDocument } from './text-index';

let clock = 0;
function doc(
  id: string,
  name: string,
  body = '',
  facets: SearchDocument['facets'] = {},
  numbers?: SearchDocument['numbers'],
): SearchDocument {
  clock += 1000;
  return {
    id,
    names: searchKey(name),
    title: searchKey(name),
    body: searchKey(body),
    sortKey: sortKey(name),
    createdAt: clock,
    updatedAt: clock,
    facets,
    numbers,
  };
}

function sample() {
  const index = new TextIndex();
  index.upsert(
    doc('a', 'Nông nghiệp Xanh', 'cảm biến lúa', { kind: ['startup'], sector: ['agri'] }),
  );
  index.upsert(
    doc('b', 'Thủy sản Cà Mau', 'nuôi tôm nông nghiệp', { kind: ['sme'], sector: ['agri', 'iot'] }),
  );
  index.upsert(doc('c', 'Quỹ Mê Kông Capital', 'đầu tư', { kind: ['investor'] }, { year: 2015 }));
  index.upsert(doc('d', 'Bách khoa', 'đại học', { kind: ['university'] }, { year: 1956 }));
  index.upsert(doc('e', 'Nông nghiệp', 'hợp tác xã', { kind: ['cooperative'], sector: ['agri'] }));
  return index;
}

const names = (index: TextIndex, text: string, extra: object = {}) =>
  index.search({ text: searchKey(text), sort: 'relevance', limit: 10, ...extra }).ids;

describe('TextIndex', () => {
  it('answers a repeated search with what changed in between (kept sets are dropped on change)', () => {
    const index = sample();
    const startups = () =>
      index.search({
        sort: 'name',
        limit: 10,
        where: [{ key: 'kind', field: 'kind', anyOf: ['startup'] }],
      }).ids;
    expect(startups()).toEqual(['a']);
    expect(names(index, 'thuy')).toEqual(['b']);
    index.upsert(doc('f', 'Thủy canh Việt', '', { kind: ['startup'] }));
    expect(startups()).toEqual(['a', 'f']);
    expect(names(index, 'thuy')).toEqual(['f', 'b']); // both begin with it: name order
    index.remove('a');
    expect(startups()).toEqual(['f']);
  });

  it('matches typed words as prefixes, without marks, names before other texts', () => {
    const index = sample();
    // exact name, then a name that begins with the words, then a match in the other texts
    expect(names(index, 'nong nghiep')).toEqual(['e', 'a', 'b']);
    expect(names(index, 'nông nghi')).toEqual(['e', 'a', 'b']);
    expect(names(index, 'thuỷ sản')).toEqual(['b']);
  });

  it('finds a misspelt name only through close spellings', () => {
    const index = sample();
    expect(names(index, 'mekng capital')).toEqual(['c']);
    expect(names(index, 'bach khao')).toEqual(['d']);
    expect(names(index, 'zzz qqq')).toEqual([]);
  });

  it('forgives a typo in a word of 5+ letters, two from 9, ranking exact matches first', () => {
    const index = new TextIndex();
    // shown names that no typed text resembles: only the words can match, not close spellings
    const add = (d: SearchDocument) => index.upsert({ ...d, title: d.id });
    add(doc('safe', 'Công ty Cổ phần Bảo mật Số SafeUp', 'an ninh mạng'));
    add(doc('safup', 'Công ty Cổ phần Safup', 'phần mềm'));
    add(doc('iot', 'Công ty Cổ phần Internet Vạn vật Hương Giang', 'cảm biến'));
    add(doc('cdsc', 'Trung tâm Chuyển đổi số', ''));
    add(doc('bac', 'Bắc Giang Xanh', ''));
    // the record spelt as typed comes first, the one a typo away follows
    expect(names(index, 'safup')).toEqual(['safup', 'safe']);
    expect(names(index, 'cong ty co phan bao mat so safup')).toEqual(['safe']);
    expect(names(index, 'cong ty co phan intenet van vat huong giang')).toEqual(['iot']);
    expect(names(index, 'itnernet')).toEqual(['iot']); // two letters swapped
    expect(names(index, 'chuyen dooi so')).toEqual([]); // "dooi": 4 letters, no typo allowed
    expect(names(index, 'chuyyen doi')).toEqual(['cdsc']);
    expect(names(index, 'trung tam chuyn do')).toEqual(['cdsc']); // a typed beginning
    expect(names(index, 'bac giag')).toEqual([]);
    expect(names(index, 'interrnett')).toEqual(['iot']); // 10 letters: two typos
    expect(names(index, 'intrrnnett')).toEqual([]); // three
    // fewer typos first, before name order ("An …" sorts first)
    add(doc('two', 'An Intarnnet', ''));
    expect(names(index, 'interrnet')).toEqual(['iot', 'two']);
  });

  it('suggests the typed words as the best match spells them, only when nothing matched exactly', () => {
    const index = sample();
    index.upsert(doc('s', 'Công ty Cổ phần Bảo mật Số SafeUp', 'an ninh mạng'));
    const search = (text: string) =>
      index.search({ text: searchKey(text), sort: 'relevance', limit: 10 });
    expect(search('cong ty bao mat safup')).toMatchObject({
      ids: ['s'],
      total: 1,
      suggestion: 'cong ty bao mat safeup',
    });
    expect(search('bach khao').suggestion).toBe('bach khoa'); // a close spelling of a whole name
    expect(search('nong nghiep').suggestion).toBeUndefined();
    expect(search('zzzzz').suggestion).toBeUndefined();
    // in name order too, and counted in the facets
    const byName = index.search({
      text: 'nong nghiepp',
      sort: 'name',
      limit: 10,
      facets: ['kind'],
    });
    expect(byName.ids).toEqual(['e', 'a', 'b']);
    expect(byName.suggestion).toBe('nong nghiep');
  });

  it('filters by any of the values, by ranges, and counts each facet under the other filters', () => {
    const index = sample();
    const result = index.search({
      where: [{ key: 'kind', field: 'kind', anyOf: ['startup', 'sme'] }],
      sort: 'name',
      limit: 10,
      facets: ['kind', 'sector'],
    });
    expect(result.total).toBe(2);
    expect(result.facets.kind).toEqual(
      new Map([
        ['startup', 1],
        ['sme', 1],
        ['investor', 1],
        ['university', 1],
        ['cooperative', 1],
      ]),
    );
    expect(result.facets.sector).toEqual(
      new Map([
        ['agri', 2],
        ['iot', 1],
      ]),
    );
    const old = index.search({
      where: [{ key: 'y', number: 'year', max: 2000 }],
      sort: 'name',
      limit: 5,
    });
    expect(old.ids).toEqual(['d']);
  });

  it('lists in name order with offsets and after a keyset, and newest first', () => {
    const index = sample();
    const all = index.search({ sort: 'name', limit: 10 }).ids;
    expect(all).toEqual(['d', 'e', 'a', 'c', 'b']);
    expect(index.search({ sort: 'name', limit: 2, offset: 2 }).ids).toEqual(['a', 'c']);
    const after = { sortKey: sortKey('Nông nghiệp'), id: 'e' };
    expect(index.search({ sort: 'name', limit: 2, after }).ids).toEqual(['a', 'c']);
    expect(index.search({ sort: 'newest', limit: 2 }).ids).toEqual(['e', 'd']);
  });

  it('replaces and removes records; their old words no longer match', () => {
    const index = sample();
    index.upsert(doc('a', 'Rừng Xanh', 'lâm nghiệp', { kind: ['startup'] }));
    index.remove('b');
    expect(names(index, 'nong nghiep')).toEqual(['e']);
    expect(names(index, 'rung')).toEqual(['a']);
    expect(index.size).toBe(4);
    expect(index.dead).toBe(2);
    expect(index.search({ sort: 'name', limit: 10 }).ids).toEqual(['d', 'e', 'c', 'a']);
  });

  it('keeps many records in name order and counts exactly, also on bitsets of common words', () => {
    const index = new TextIndex();
    const n = 5_000;
    for (let i = n - 1; i >= 0; i--) {
      const name = `Công ty ${String(i).padStart(5, '0')}`;
      index.upsert(
        doc(`id${i}`, name, i % 2 ? 'nông nghiệp' : 'du lịch', { even: i % 2 ? [] : ['y'] }),
      );
    }
    const farms = index.search({ text: 'nong', sort: 'name', limit: 3, facets: ['even'] });
    expect(farms.total).toBe(n / 2);
    expect(farms.ids).toEqual(['id1', 'id3', 'id5']);
    expect(farms.facets.even?.size ?? 0).toBe(0);
    const page = index.search({ text: 'cong ty', sort: 'relevance', limit: 2, offset: 4_998 });
    expect(page.ids).toEqual(['id4998', 'id4999']);
    const after = (i: number) => ({
      sortKey: sortKey(`Công ty ${String(i).padStart(5, '0')}`),
      id: `id${i}`,
    });
    expect(index.search({ sort: 'name', limit: 2, after: after(2000) }).ids).toEqual([
      'id2001',
      'id2002',
    ]);
    expect(index.search({ sort: 'name', limit: 2, after: after(n - 1) }).ids).toEqual([]);
  });
  it('counts facet values exactly, whether few or most records match, with and without filters', () => {
    const index = new TextIndex();
    const provinces = ['01', '79', '48', '92', '31'];
    const sectors = ['agri', 'iot', 'ai', 'edu'];
    const docs: SearchDocument[] = [];
    for (let i = 0; i < 3_000; i++) {
      const facets = {
        // a record without a province, and records with several sectors or none
        provinceCode: i % 7 === 0 ? [] : [provinces[i % provinces.length]!],
        sector: sectors.filter((_, k) => (i >> k) % 3 === 0),
      };
      const body = i % 50 === 0 ? 'hiếm gặp' : i % 2 ? 'nông nghiệp' : 'du lịch';
      docs.push(doc(`r${i}`, `Hợp tác xã ${i}`, body, facets));
      index.upsert(docs[i]!);
    }
    // Replaced and removed records must not count.
    docs[10] = doc('r10', 'Hợp tác xã 10', 'nông nghiệp', { provinceCode: ['92'], sector: [] });
    index.upsert(docs[10]);
    index.remove('r11');
    const listed = docs.filter((d) => d.id !== 'r11');
    const naive = (field: string, keep: (d: SearchDocument) => boolean) => {
      const counts = new Map<string, number>();
      for (const d of listed.filter(keep))
        for (const v of d.facets[field] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
      return counts;
    };
    const sorted = (m: Map<string, number> | undefined) => [...(m ?? [])].sort();
    const has = (d: SearchDocument, word: string) => d.body.split(' ').includes(word);
    for (const [text, word] of [
      ['hiem', 'hiem'],
      ['nong', 'nong'],
      [undefined, undefined],
    ] as const) {
      const matches = (d: SearchDocument) => !word || has(d, word);
      const all = index.search({
        text,
        sort: 'name',
        limit: 1,
        facets: ['provinceCode', 'sector'],
      });
      expect(sorted(all.facets.provinceCode)).toEqual(sorted(naive('provinceCode', matches)));
      expect(sorted(all.facets.sector)).toEqual(sorted(naive('sector', matches)));
      // A filter on sectors: the province counts follow it, the sector counts leave it out.
      const where = [{ key: 'sector', field: 'sector', anyOf: ['ai'] }];
      const inAi = (d: SearchDocument) => matches(d) && d.facets.sector!.includes('ai');
      const some = index.search({
        text,
        where,
        sort: 'name',
        limit: 1,
        facets: ['provinceCode', 'sector'],
      });
      expect(sorted(some.facets.provinceCode)).toEqual(sorted(naive('provinceCode', inAi)));
      expect(sorted(some.facets.sector)).toEqual(sorted(naive('sector', matches)));
    }
  });
});

describe('BitCounter', () => {
  it('counts per slot across bit planes and finds the slots counted at least k times', () => {
    const counter = new BitCounter(wordsFor(100), 7);
    const sets = [
      [1, 2, 3, 64],
      [2, 3, 64, 99],
      [3, 64, 99],
      [64, 99],
    ];
    for (const slots of sets) {
      const bits = emptyBitset(100);
      for (const s of slots) setBit(bits, s);
      counter.add(bits);
    }
    expect([1, 2, 3, 64, 99, 50].map((s) => counter.count(s))).toEqual([1, 2, 3, 4, 3, 0]);
    const atLeast3: number[] = [];
    forEachBit(counter.atLeast(3), (s) => atLeast3.push(s));
    expect(atLeast3).toEqual([3, 64, 99]);
  });
});
