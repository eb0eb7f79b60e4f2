// One search box for the whole portal: the words go to every module's sources (content, legal
// library, directory, programmes), each answering with its first hits, its total and a link to
// its own list; diacritics are optional, unpublished content is never found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../src/wiring';
import { createTestApp, type TestApp } from '../support/app';
import { testEngines } from '../support/db';

describe.each(testEngines)('the portal search on %s', (engine) => {
  let t: TestApp;
  const search = async (q: string) =>
    (await t.app.request(`/search?q=${encodeURIComponent(q)}`)).text();
  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const m of MODULES) await m.seeds?.demo?.(t.deps);
  });
  afterAll(() => t.close());

  it('is on the home page and answers an empty search with the form alone', async () => {
    expect(await (await t.app.request('/')).text()).toContain('action="/search"');
    const res = await t.app.request('/search');
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain('role="status"');
  });

  it('finds news, legal texts, organisations and programmes, without diacritics', async () => {
    const news = await search('techfest dia phuong');
    expect(news).toContain('id="found-content-items"');
    expect(news).toContain('href="/news/khai-mac-techfest-dia-phuong-2026"');
    const legal = await search('188/QĐ-TTg');
    expect(legal).toMatch(/href="\/legal\/188-qd-ttg[^"]*">188\/QĐ-TTg — /);
    const org = await search('nong nghiep xanh me kong');
    expect(org).toContain('id="found-directory-organizations"');
    expect(org).toContain('Công ty CP Nông nghiệp Xanh Mê Kông');
    const programme = await search('speedup');
    expect(programme).toContain('id="found-programs-programmes"');
    expect(programme).toContain('SpeedUP — Hỗ trợ dự án khởi nghiệp đổi mới sáng tạo');
  });

  it('never finds a draft and says so when nothing matches', async () => {
    const draft = await search('du thao ke hoach ho tro he sinh thai 2027');
    expect(draft).not.toContain('href="/news/du-thao-ke-hoach-ho-tro-he-sinh-thai-2027"');
    expect(await search('zzqqxx')).toContain('Không tìm thấy kết quả nào cho «zzqqxx».');
  });
});
