import { describe, expect, it } from 'vitest';
import { TextIndex, type SearchDocument } from './text-index';

/** Record i: created on day i % 97 (many share a day), named by i, holding "chung" and maybe "hiem". */
function doc(i: number, createdAt = (i % 97) * 86_400_000): SearchDocument {
  const name = `ban ghi ${String(i).padStart(5, '0')}`;
  return {
    id: `r${i}`,
    names: name,
    title: name,
    body: i % 500 === 0 ? 'chung hiem' : 'chung',
    sortKey: name,
    createdAt,
    updatedAt: createdAt,
    facets: {},
  };
}

/** The newest first, ties in name order, by sorting everything: what a search must return. */
function expected(docs: Map<string, SearchDocument>, word: string, limit: number): string[] {
  return [...docs.values()]
    .filter((d) => d.body.split(' ').includes(word))
    .sort((a, b) => b.createdAt - a.createdAt || (a.sortKey < b.sortKey ? -1 : 1))
    .slice(0, limit)
    .map((d) => d.id);
}

describe('newest first', () => {
  const docs = new Map<string, SearchDocument>();
  const index = new TextIndex();
  for (let i = 0; i < 6_000; i++) docs.set(`r${i}`, doc(i));
  for (const d of docs.values()) index.upsert(d);
  index.compact();
  const newest = (text: string, limit: number) => index.search({ text, sort: 'newest', limit }).ids;

  it('takes the first of many matches as a full sort would, and of few', () => {
    expect(newest('chung', 200)).toEqual(expected(docs, 'chung', 200));
    expect(newest('hiem', 5)).toEqual(expected(docs, 'hiem', 5));
    expect(index.search({ text: 'chung', sort: 'newest', limit: 0 })).toMatchObject({
      ids: [],
      total: 6_000,
    });
  });

  it('follows records added, replaced and removed', () => {
    newest('chung', 10);
    const newer = doc(6_000, 200 * 86_400_000);
    docs.set(newer.id, newer);
    index.upsert(newer);
    const older = doc(5, 0);
    docs.set(older.id, older);
    index.upsert(older);
    index.remove('r96');
    docs.delete('r96');
    expect(newest('chung', 300)).toEqual(expected(docs, 'chung', 300));
    expect(newest('chung', 1)).toEqual(['r6000']);
  });
});
