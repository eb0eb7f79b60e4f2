import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { ANONYMOUS } from '../../platform/authz';
import { updateOrganization as updateRow } from './db/organizations.repository';
import type { TOrganizationFieldsInput } from './contracts';
import { createOrganization } from './services/create-organization';
import { buildSitemap, buildSitemapPart } from '../../platform/sitemap/sitemap';
import { getDirectoryStats, STATS_MAX_AGE_MS } from './services/stats';

/** A small XML well-formedness check: one root, balanced tags, quoted attributes, escaped text. */
function expectWellFormedXml(xml: string) {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const token of body.split(/(<[^>]*>)/).filter((s) => s.trim() !== '')) {
    if (token.startsWith('</')) {
      expect(stack.pop(), token).toBe(token.slice(2, -1));
    } else if (token.startsWith('<')) {
      expect(token).toMatch(/^<[A-Za-z][\w:-]*(\s+[\w:-]+="[^"<&]*")*\s*\/?>$/);
      if (token.endsWith('/>')) continue;
      if (stack.length === 0) roots++;
      stack.push(/^<([\w:-]+)/.exec(token)![1]!);
    } else {
      expect(stack.length, token).toBeGreaterThan(0);
      expect(token).not.toMatch(/<|&(?!(amp|lt|gt|quot|apos);)/);
    }
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

describe.each(testEngines)('statistics and sitemap on %s', (engine) => {
  let t: TestApp;
  const audit = { actor: ANONYMOUS, label: 'test' };
  const now = new Date('2026-03-01T03:00:00Z');
  const asOf = (at: Date) => ({ database: t.deps.database, clock: () => at });

  async function create(input: TOrganizationFieldsInput) {
    const r = await createOrganization(t.deps.database.db, audit, input);
    if (!r.ok) throw new Error(JSON.stringify(r.fields));
    return r.organization;
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(now);
    await create({
      kind: 'startup',
      legalName: 'Lúa Thông Minh',
      provinceCode: 'Cần Thơ',
      sectors: ['agritech', 'ai'],
      stage: 'uom_tao',
      firstRegisteredOn: '2021-05-01',
    });
    await create({
      kind: 'startup',
      legalName: 'Tôm Sạch & Co',
      provinceCode: 'Cần Thơ',
      sectors: ['agritech'],
      stage: 'tang_toc',
      firstRegisteredOn: '2021-09-01',
    });
    await create({
      kind: 'incubator',
      legalName: 'Vườn ươm Sông Hàn',
      provinceCode: 'Đà Nẵng',
      firstRegisteredOn: '2010-01-01',
    });
    await create({
      kind: 'sme',
      legalName: 'Ví Điện Tử Hà Nội',
      provinceCode: 'Hà Nội',
      sectors: ['fintech'],
      firstRegisteredOn: '2021-01-01',
      visibility: { firstRegisteredOn: 'staff' },
    });
    await create({ kind: 'enterprise', legalName: 'Tập đoàn Không Tỉnh' });
    await create({
      kind: 'cooperative',
      legalName: 'Hợp tác xã Lâu Đời',
      provinceCode: 'Huế',
      firstRegisteredOn: '1980-06-01',
    });
    const archived = await create({ kind: 'startup', legalName: 'Đã Lưu Trữ', provinceCode: '92' });
    await updateRow(t.deps.database.db, archived.id, 1, { archivedAt: now });
    const merged = await create({ kind: 'startup', legalName: 'Đã Gộp', provinceCode: '92' });
    await updateRow(t.deps.database.db, merged.id, 1, { mergedInto: archived.id });
    await create({
      kind: 'startup',
      legalName: 'Ngừng Hoạt Động',
      provinceCode: '92',
      status: 'inactive',
    });
  });
  afterAll(() => t.close());

  it('counts active, non-archived, non-merged organisations by every facet', async () => {
    const stats = await getDirectoryStats(asOf(now));
    expect(stats.total).toBe(6);
    const of = (list: { value: string | null; count: number }[]) =>
      Object.fromEntries(list.filter((b) => b.count > 0).map((b) => [b.value, b.count]));
    expect(of(stats.byKind)).toEqual({
      startup: 2,
      incubator: 1,
      sme: 1,
      enterprise: 1,
      cooperative: 1,
    });
    expect(stats.byProvince).toHaveLength(34);
    expect(of(stats.byProvince)).toEqual({ '92': 2, '48': 1, '01': 1, '46': 1 });
    expect(of(stats.bySector)).toEqual({ agritech: 2, ai: 1, fintech: 1 });
    expect(of(stats.byStage)).toEqual({ uom_tao: 1, tang_toc: 1 });
    // The years 1992–2021 one by one; 1980 before them; the hidden date unknown.
    expect(stats.byYear).toHaveLength(30);
    expect(stats.byYear[0]).toEqual({ value: '1992', count: 0 });
    expect(of(stats.byYear)).toEqual({ '2010': 1, '2021': 2 });
    expect(stats.yearsBefore).toBe(1);
    expect(stats.unknown).toEqual({ province: 1, sector: 3, stage: 4, year: 2 });
  });

  it('renders the page with SVG charts, their titles and the figures in tables', async () => {
    const res = await t.app.request('/directory/stats');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Thống kê hệ sinh thái</h1>');
    expect(html).toContain('6 tổ chức đang hoạt động');
    expect(html.match(/<svg role="img"/g)).toHaveLength(5);
    expect(html).toContain(
      '<svg role="img" aria-labelledby="chart-kind-title chart-kind-desc" width="100%"',
    );
    expect(html).toContain('<title id="chart-province-title">Theo tỉnh, thành phố</title>');
    expect(html).toMatch(/<desc id="chart-kind-desc">[^<]*Doanh nghiệp khởi nghiệp: 2/);
    expect(html).toContain(
      '<th scope="row"><a href="/directory?kind=startup">Doanh nghiệp khởi nghiệp</a></th><td>2</td>',
    );
    expect(html).toContain(
      '<th scope="row"><a href="/directory?province=92">Cần Thơ</a></th><td>2</td>',
    );
    expect(html).toContain('<th scope="row">Trước năm 1992</th><td>1</td>');
    expect(html).toContain('<th scope="row">Chưa cho biết hoặc không công khai</th><td>2</td>');
    expect(html).toContain(`<link rel="canonical" href="${TEST_ORIGIN}/directory/stats"/>`);
    expect(html).not.toContain('Đã Lưu Trữ');

    const en = await (
      await t.app.request('/directory/stats', { headers: { cookie: 'lang=en' } })
    ).text();
    expect(en).toContain('<h1>Ecosystem statistics</h1>');
    expect(en).toContain('<title id="chart-sector-title">By sector</title>');
    expect(en).toContain('<summary>Show the figures as a table</summary>');
  });

  it('recounts after a change, at most once a minute', async () => {
    await create({ kind: 'media', legalName: 'Báo Khởi Nghiệp', provinceCode: '92' });
    expect((await getDirectoryStats(asOf(now))).total).toBe(6);
    const later = new Date(now.getTime() + STATS_MAX_AGE_MS);
    expect((await getDirectoryStats(asOf(later))).total).toBe(7);
  });

  it('serves a well-formed sitemap.xml with the public pages and every public organisation', async () => {
    const res = await t.app.request('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    expectWellFormedXml(xml);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const urls = locs(xml);
    for (const path of ['/', '/directory', '/directory/stats', '/programs', '/events']) {
      expect(urls).toContain(`${TEST_ORIGIN}${path}`);
    }
    expect(xml).toMatch(
      new RegExp(
        `<url><loc>${TEST_ORIGIN}/directory/organizations/lua-thong-minh</loc><lastmod>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ</lastmod></url>`,
      ),
    );
    expect(urls).toContain(`${TEST_ORIGIN}/directory/organizations/tom-sach-co`);
    expect(urls).toContain(`${TEST_ORIGIN}/directory/organizations/ngung-hoat-dong`);
    expect(urls.some((u) => u.endsWith('/da-luu-tru') || u.endsWith('/da-gop'))).toBe(false);
    const [row] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from directory_organizations where archived_at is null and merged_into is null',
    );
    const n = row!.n;
    expect(urls.filter((u) => u.includes('/directory/organizations/'))).toHaveLength(Number(n));
    expect((await t.app.request('/sitemap-1.xml')).status).toBe(404);
  });

  it('becomes an index of parts past the limit of URLs per file', async () => {
    const { deps } = t;
    const whole = locs(await buildSitemap(deps, { origin: TEST_ORIGIN }));
    const index = await buildSitemap(deps, { origin: TEST_ORIGIN, maxUrls: 5, partSize: 3 });
    expectWellFormedXml(index);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const parts = locs(index);
    expect(parts).toHaveLength(Math.ceil(whole.length / 3));
    expect(parts[0]).toBe(`${TEST_ORIGIN}/sitemap-1.xml`);
    const collected: string[] = [];
    for (let n = 1; n <= parts.length; n++) {
      const part = await buildSitemapPart(deps, {
        part: n,
        origin: TEST_ORIGIN,
        maxUrls: 5,
        partSize: 3,
      });
      expectWellFormedXml(part!);
      collected.push(...locs(part!));
    }
    expect(collected).toEqual(whole);
    expect(
      await buildSitemapPart(deps, {
        part: parts.length + 1,
        origin: TEST_ORIGIN,
        maxUrls: 5,
        partSize: 3,
      }),
    ).toBeUndefined();
    expect(
      await buildSitemapPart(deps, { part: 0, origin: TEST_ORIGIN, maxUrls: 5, partSize: 3 }),
    ).toBeUndefined();
  });

  it('names the sitemap in robots.txt', async () => {
    const res = await t.app.request('/robots.txt');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain(`Sitemap: ${TEST_ORIGIN}/sitemap.xml`);
    expect(text).toContain('User-agent: *');
  });
});
