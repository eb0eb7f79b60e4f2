// What the national portal (and anyone) takes from ours: published content as JSON with clean
// HTML, one kind or sector at a time, or what changed since the last poll; drafts never.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app';
import { testEngines } from '../../../../test/support/db';
import { contentModule } from '../index';

type Page = {
  items: { slug: string; kind: string; bodyHtml: { vi: string }; updatedAt: string }[];
  total: number;
};

describe.each(testEngines)('the content API on %s', (engine) => {
  let t: TestApp;
  const get = async (path: string) => t.app.request(`/api/v1${path}`);
  beforeAll(async () => {
    t = await createTestApp(engine);
    await contentModule.seeds!.demo!(t.deps);
  });
  afterAll(() => t.close());

  it('lists published items, never drafts, by kind and sector', async () => {
    const all = (await (await get('/content/items?limit=100')).json()) as Page;
    const [{ n }] = (await t.database.query(
      `select count(*)::int as n from content_items where status = 'published'`,
    )) as [{ n: number }];
    expect(all.total).toBe(n);
    expect(all.items.map((i) => i.slug)).not.toContain('du-thao-ke-hoach-ho-tro-he-sinh-thai-2027');
    const stories = (await (await get('/content/items?kind=story')).json()) as Page;
    expect(stories.items.map((i) => i.kind)).toEqual(['story']);
    const agritech = (await (await get('/content/items?topic=agritech')).json()) as Page;
    expect(agritech.total).toBe(3);
    expect((await get('/content/items?kind=poem')).status).toBe(422);
  });

  it('gives what changed since a time', async () => {
    const later = new Date(t.deps.clock().getTime() + 60_000);
    await t.database.query(`update content_items set updated_at = $1 where slug = 'gioi-thieu'`, [
      later,
    ]);
    const changed = (await (
      await get(`/content/items?updatedSince=${later.toISOString()}`)
    ).json()) as Page;
    expect(changed.items.map((i) => i.slug)).toEqual(['gioi-thieu']);
  });

  it('serves one item with clean HTML, and 404 for a draft', async () => {
    const res = await get('/content/items/khai-mac-techfest-dia-phuong-2026');
    expect(res.status).toBe(200);
    const item = (await res.json()) as Page['items'][number];
    expect(item.bodyHtml.vi).toContain('<strong>Techfest địa phương 2026</strong>');
    const draft = await get('/content/items/du-thao-ke-hoach-ho-tro-he-sinh-thai-2027');
    expect(draft.status).toBe(404);
    expect(draft.headers.get('content-type')).toContain('application/problem+json');
  });

  it('searches the legal library', async () => {
    const res = (await (await get('/content/legal?q=188%2FQD-TTg')).json()) as {
      items: { number: string }[];
    };
    expect(res.items[0]?.number).toBe('188/QĐ-TTg');
  });
});
