// What crawlers and the national portal take from ours: sitemap.xml lists the public pages every
// module contributes (the directory's organisations, published programmes, published articles
// and legal documents) and nothing unpublished; the content API tells a poller which items were
// taken off since its last poll, so it can drop them.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { MODULES } from '../../wiring';

const STAFF = '/admin/content';
const DRAFT = 'du-thao-ke-hoach-ho-tro-he-sinh-thai-2027';

type Url = { loc: string; lastmod?: string };

async function sitemap(t: TestApp): Promise<Url[]> {
  const res = await t.app.request('/sitemap.xml');
  expect(res.status).toBe(200);
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as {
    urlset: { url: Url[] };
  };
  return parsed.urlset.url;
}

describe.each(testEngines)('sitemap.xml and removals on %s', (engine) => {
  let t: TestApp;
  let publisher: BrowserSession;
  const q = <T>(sql: string, params: unknown[] = []) => t.database.query<T>(sql, params);
  const slugs = async (sql: string) => (await q<{ slug: string }>(sql)).map((r) => r.slug);

  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const m of MODULES) await m.seeds?.demo?.(t.deps);
    await createUser(t, { email: 'pd@sitemap.example', roles: ['publisher'] });
    publisher = await signIn(t, 'pd@sitemap.example');
    // Every module's demo data, as a new portal starts: 15-20 s, more on a loaded machine.
  }, 180_000);
  afterAll(() => t.close());

  it('lists every module’s public pages with their last change, and nothing unpublished', async () => {
    const urls = await sitemap(t);
    const locs = urls.map((u) => u.loc);
    for (const path of ['/', '/news', '/directory', '/directory/stats', '/programs', '/legal'])
      expect(locs).toContain(`${TEST_ORIGIN}${path}`);

    const published = await slugs(
      `select slug from content_items where status = 'published' and kind in ('news', 'announcement', 'story')`,
    );
    expect(published.length).toBeGreaterThan(5);
    for (const slug of published) expect(locs).toContain(`${TEST_ORIGIN}/news/${slug}`);
    const page = urls.find((u) => u.loc === `${TEST_ORIGIN}/pages/gioi-thieu`);
    expect(page?.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const hidden = await slugs(`select slug from content_items where status <> 'published'`);
    expect(hidden).toContain(DRAFT);
    for (const slug of hidden) expect(locs.some((l) => l.endsWith(`/${slug}`))).toBe(false);

    for (const slug of await slugs(`select slug from content_legal_documents where is_published`))
      expect(locs).toContain(`${TEST_ORIGIN}/legal/${slug}`);
    for (const slug of await slugs(
      `select slug from programs_programmes where status = 'published'`,
    ))
      expect(locs).toContain(`${TEST_ORIGIN}/programs/${slug}`);
    for (const slug of await slugs(
      `select slug from programs_programmes where status <> 'published'`,
    ))
      expect(locs).not.toContain(`${TEST_ORIGIN}/programs/${slug}`);
    expect(locs.filter((l) => l.includes('/directory/organizations/')).length).toBeGreaterThan(0);
    expect(new Set(locs).size).toBe(locs.length);
  });

  it('drops an unpublished item and a hidden legal document, which the API lists as removed', async () => {
    const since = new Date(t.deps.clock().getTime() - 1000).toISOString();
    const [item] = await q<{ id: string; slug: string; version: number }>(
      `select id, slug, version from content_items where status = 'published' and kind = 'news' order by published_at desc limit 1`,
    );
    const unpublished = await publisher.post(`${STAFF}/${item!.id}/step`, {
      step: 'unpublish',
      version: String(item!.version),
    });
    expect(unpublished.status).toBe(303);
    const [doc] = await q<{ id: string; slug: string; version: number }>(
      `select id, slug, version from content_legal_documents where is_published order by issued_on desc limit 1`,
    );
    expect(
      (
        await publisher.post(`${STAFF}/legal/${doc!.id}/unpublish`, {
          version: String(doc!.version),
        })
      ).status,
    ).toBe(303);

    const locs = (await sitemap(t)).map((u) => u.loc);
    expect(locs).not.toContain(`${TEST_ORIGIN}/news/${item!.slug}`);
    expect(locs).not.toContain(`${TEST_ORIGIN}/legal/${doc!.slug}`);

    const feed = (await (
      await t.app.request(`/api/v1/content/items?updatedSince=${encodeURIComponent(since)}`)
    ).json()) as {
      items: { slug: string }[];
      removed: { slug: string; kind: string; url: string; removedAt: string }[];
      removedTotal: number;
    };
    expect(feed.items.map((i) => i.slug)).not.toContain(item!.slug);
    expect(feed.removed).toEqual([
      {
        slug: item!.slug,
        kind: 'news',
        url: `${TEST_ORIGIN}/news/${item!.slug}`,
        removedAt: expect.any(String),
      },
    ]);
    expect(feed.removedTotal).toBe(1);
    // A draft never published is nobody's business, removed or not.
    expect(feed.removed.map((r) => r.slug)).not.toContain(DRAFT);
    // Without updatedSince there is nothing to drop.
    const all = (await (await t.app.request('/api/v1/content/items')).json()) as object;
    expect(all).not.toHaveProperty('removed');
  });
});
