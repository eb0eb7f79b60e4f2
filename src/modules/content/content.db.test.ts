// The editorial flow as the centre's staff and visitors live it: an editor writes a draft, it is
// private (but for its preview link), a publisher schedules it, it goes out at its time (the
// injected clock, the durable job) onto the news list, the home page and the feeds, and comes
// down again when unpublished. Stale edits get 409 with both versions; every step is audited.
import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { BrowserSession as Browser } from '../../../test/support/browser-session';
import { indicatorById } from '../../platform/modules/registry';

const STAFF = '/admin/content';
const START = new Date('2026-12-01T02:00:00Z');
const HOUR = 3600_000;

const draft = {
  kind: 'news',
  titleVi: 'Khai mạc Techfest Đà Nẵng 2026',
  summaryVi: 'Hơn 120 gian hàng khởi nghiệp.',
  bodyVi: '## Điểm nhấn\n\nPhiên **gọi vốn** <script>alert(1)</script><img src=x onerror=alert(2)>',
  topics: 'agritech',
  tags: 'Techfest, gọi vốn',
};

const idFrom = (res: Response) =>
  /\/admin\/content\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1];
const versionIn = (html: string) => Number(/name="version" value="(\d+)"/.exec(html)?.[1]);

describe.each(testEngines)('portal content on %s', (engine) => {
  let t: TestApp;
  let editor: BrowserSession;
  let publisher: BrowserSession;
  let outsider: BrowserSession;
  let visitor: Browser;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(START);
    await createUser(t, {
      email: 'bien-tap@sokhcn.example',
      roles: ['editor'],
      name: 'Lê Biên Tập',
    });
    await createUser(t, {
      email: 'duyet@sokhcn.example',
      roles: ['publisher'],
      name: 'Trần Duyệt',
    });
    await createUser(t, { email: 'thanh-vien@example.vn' });
    editor = await signIn(t, 'bien-tap@sokhcn.example');
    publisher = await signIn(t, 'duyet@sokhcn.example');
    outsider = await signIn(t, 'thanh-vien@example.vn');
    visitor = new Browser(t.app);
  });
  afterAll(() => t.close());

  it('refuses a draft without a title, keeping what was typed', async () => {
    const res = await editor.post(`${STAFF}/new`, { ...draft, titleVi: '  ' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Vui lòng nhập trường này.');
    expect(html).toContain('Hơn 120 gian hàng khởi nghiệp.');
    expect((await t.database.query('select count(*)::int as n from content_items'))[0]).toEqual({
      n: 0,
    });
  });

  it('saves a draft that visitors cannot see, but its preview link shows', async () => {
    const res = await editor.post(`${STAFF}/new`, draft);
    expect(res.status).toBe(303);
    id = idFrom(res)!;
    const page = await (await editor.get(res.headers.get('location')!)).text();
    expect(page).toContain('Đã lưu bản nháp.');
    expect((await visitor.get('/news/khai-mac-techfest-da-nang-2026')).status).toBe(404);
    expect((await outsider.get('/news/khai-mac-techfest-da-nang-2026')).status).toBe(404);
    const token = /preview\?token=([\w-]+)/.exec(page)![1]!;
    const preview = await visitor.get(
      `/news/khai-mac-techfest-da-nang-2026/preview?token=${token}`,
    );
    expect(preview.status).toBe(200);
    expect(preview.headers.get('cache-control')).toContain('no-store');
    const html = await preview.text();
    expect(html).toContain('<strong>gọi vốn</strong>');
    expect(html).not.toMatch(/<script>alert|onerror=/);
    expect(
      (await visitor.get(`/news/khai-mac-techfest-da-nang-2026/preview?token=${token}x`)).status,
    ).toBe(404);
  });

  it('hides the back-office from accounts without the capability', async () => {
    expect((await outsider.get(STAFF)).status).toBe(404);
    expect(
      (await outsider.post(`${STAFF}/${id}/step`, { step: 'publish', version: '1' })).status,
    ).toBe(404);
    const anonymous = await visitor.get(STAFF);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toMatch(/^\/login/);
  });

  it('lets the editor send for review but not publish', async () => {
    expect(
      (await editor.post(`${STAFF}/${id}/step`, { step: 'submit', version: '1' })).status,
    ).toBe(303);
    // A second click on the same button: the item moved on, nothing happens twice.
    expect(
      (await editor.post(`${STAFF}/${id}/step`, { step: 'submit', version: '1' })).status,
    ).toBe(409);
    expect(
      (await editor.post(`${STAFF}/${id}/step`, { step: 'publish', version: '2' })).status,
    ).toBe(403);
    const status = await t.database.query(`select status from content_items where id = $1`, [id]);
    expect(status[0]).toEqual({ status: 'in_review' });
  });

  it('answers a stale edit with 409 and both versions, overwriting nothing', async () => {
    const html = await (await editor.get(`${STAFF}/${id}`)).text();
    const version = versionIn(html);
    expect(
      (
        await publisher.post(`${STAFF}/${id}`, {
          ...draft,
          titleVi: 'Techfest Đà Nẵng 2026 khai mạc',
          version: String(version),
        })
      ).status,
    ).toBe(303);
    const stale = await editor.post(`${STAFF}/${id}`, {
      ...draft,
      summaryVi: 'Tóm tắt mới của biên tập viên.',
      version: String(version),
    });
    expect(stale.status).toBe(409);
    const page = await stale.text();
    expect(page).toContain('Tóm tắt mới của biên tập viên.');
    expect(page).toContain('Techfest Đà Nẵng 2026 khai mạc');
    const row = await t.database.query(
      `select title_vi, summary_vi from content_items where id = $1`,
      [id],
    );
    expect(row[0]).toEqual({
      title_vi: 'Techfest Đà Nẵng 2026 khai mạc',
      summary_vi: draft.summaryVi,
    });
  });

  it('publishes at the scheduled time through the job, onto the list, home page and feeds', async () => {
    const version = versionIn(await (await publisher.get(`${STAFF}/${id}`)).text());
    const at = '2026-12-01T12:30'; // Vietnam time: 05:30 UTC
    const res = await publisher.post(`${STAFF}/${id}/step`, {
      step: 'schedule',
      version: String(version),
      publishAt: at,
    });
    expect(res.status).toBe(303);
    await settleJobs(t);
    expect((await visitor.get('/news/khai-mac-techfest-da-nang-2026')).status).toBe(404);
    expect(await (await visitor.get('/news/rss.xml')).text()).not.toContain('Techfest Đà Nẵng');

    t.setNow(new Date(START.getTime() + 4 * HOUR));
    await settleJobs(t);
    const article = await visitor.get('/news/khai-mac-techfest-da-nang-2026');
    expect(article.status).toBe(200);
    const html = await article.text();
    expect(html).toContain('"@type":"NewsArticle"');
    expect(html).toContain(
      '<link rel="canonical" href="http://localhost:3000/news/khai-mac-techfest-da-nang-2026"',
    );
    expect(await (await visitor.get('/news')).text()).toContain('Techfest Đà Nẵng 2026 khai mạc');
    expect(await (await visitor.get('/')).text()).toContain('Techfest Đà Nẵng 2026 khai mạc');

    const rss = parseRssFeed(await (await visitor.get('/news/rss.xml')).text());
    expect(rss.items?.[0]?.title).toBe('Techfest Đà Nẵng 2026 khai mạc');
    expect(rss.items?.[0]?.link).toBe('http://localhost:3000/news/khai-mac-techfest-da-nang-2026');
    const atom = parseAtomFeed(await (await visitor.get('/news/atom.xml?topic=agritech')).text());
    expect(atom.entries?.[0]?.title?.value).toBe('Techfest Đà Nẵng 2026 khai mạc');
    expect(atom.entries?.[0]?.published).toBe('2026-12-01T05:30:00Z');
    const other = parseAtomFeed(await (await visitor.get('/news/atom.xml?topic=fintech')).text());
    expect(other.entries ?? []).toHaveLength(0);
  });

  it('keeps every revision and compares two side by side', async () => {
    const html = await (await publisher.get(`${STAFF}/${id}`)).text();
    expect(html).toContain('Trần Duyệt');
    const diff = /href="(\/admin\/content\/[^"]+\/diff\?from=\d+&amp;to=\d+)"/g;
    const links = [...html.matchAll(diff)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const edit = links.find((l) => l.endsWith('from=2&to=3'))!;
    const page = await (await publisher.get(edit)).text();
    expect(page).toContain('<del>Khai mạc </del>');
    expect(page).toMatch(/<ins>[^<]*khai mạc<\/ins>/);
  });

  it('takes an unpublished item off the list, the page and the feeds, audited', async () => {
    const version = versionIn(await (await publisher.get(`${STAFF}/${id}`)).text());
    expect(
      (await publisher.post(`${STAFF}/${id}/step`, { step: 'unpublish', version: String(version) }))
        .status,
    ).toBe(303);
    expect((await visitor.get('/news/khai-mac-techfest-da-nang-2026')).status).toBe(404);
    expect(await (await visitor.get('/news')).text()).not.toContain(
      'Techfest Đà Nẵng 2026 khai mạc',
    );
    expect(await (await visitor.get('/news/rss.xml')).text()).not.toContain(
      'Techfest Đà Nẵng 2026 khai mạc',
    );
    const audit = await t.database.query(
      `select action, actor_label from platform_audit_log where entity_id = $1 and action in ('content.item:publish', 'content.item:unpublish') order by at, id`,
      [id],
    );
    expect(audit).toEqual([
      { action: 'content.item:publish', actor_label: 'scheduler' },
      { action: 'content.item:unpublish', actor_label: 'duyet@sokhcn.example' },
    ]);
  });

  it('counts what was published in a period for the plans and reports', async () => {
    const indicator = indicatorById('content.items_published')!;
    const day = (iso: string) => new Date(`${iso}T00:00:00+07:00`);
    // The item went out on 1 December and was unpublished since: not counted.
    expect(
      await indicator.compute(t.database.db, { from: day('2026-12-01'), to: day('2026-12-02') }),
    ).toBe(0);
    await t.database.query(`update content_items set status = 'published' where id = $1`, [id]);
    expect(
      await indicator.compute(t.database.db, { from: day('2026-12-01'), to: day('2026-12-02') }),
    ).toBe(1);
    expect(
      await indicator.compute(t.database.db, { from: day('2026-12-02'), to: day('2026-12-03') }),
    ).toBe(0);
  });
});
