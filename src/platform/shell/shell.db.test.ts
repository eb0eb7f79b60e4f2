import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, formPost, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { scheduleJob } from '../jobs';

describe.each(testEngines)('shell on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('reports alive and ready with migrations applied', async () => {
    expect((await t.app.request('/healthz')).status).toBe(200);
    const ready = await t.app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', engine, jobsWaiting: 0 });
  });

  it('reports the background backlog: jobs due and not yet run', async () => {
    const now = new Date();
    t.setNow(now);
    await scheduleJob(t.database.db, { name: 'shell.test-due', runAt: now, key: 'due-1' });
    const later = new Date(now.getTime() + 3600_000);
    await scheduleJob(t.database.db, { name: 'shell.test-later', runAt: later, key: 'later-1' });
    expect(await (await t.app.request('/readyz')).json()).toMatchObject({ jobsWaiting: 1 });
    await t.database.query(`delete from platform_jobs where key in ('due-1', 'later-1')`);
  });

  it('renders the home page in Vietnamese by default and English after switching', async () => {
    const vi = await t.app.request('/');
    expect(vi.status).toBe(200);
    const html = await vi.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Cổng thông tin đổi mới sáng tạo');

    const sw = await t.app.request('/locale/en?next=/events');
    expect(sw.status).toBe(302);
    expect(sw.headers.get('location')).toBe('/events');
    const cookie = sw.headers.get('set-cookie')!;
    expect(cookie).toContain('lang=en');
    expect(cookie).toMatch(/Max-Age=\d{6,}/);

    const en = await t.app.request('/', { headers: { cookie: 'lang=en' } });
    expect(await en.text()).toContain('<html lang="en">');
  });

  it('refuses to redirect elsewhere after switching language', async () => {
    const res = await t.app.request('/locale/en?next=//evil.example');
    expect(res.headers.get('location')).toBe('/');
  });

  it('answers unknown pages with a 404 page in the visitor language and API paths with problem+json', async () => {
    const page = await t.app.request('/no-such-page', { headers: { cookie: 'lang=en' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Page not found');
    const api = await t.app.request('/api/v1/no-such', { headers: { 'accept-language': 'vi' } });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect(await api.json()).toMatchObject({ status: 404, title: 'Không tìm thấy trang' });
  });

  it('says honestly that unbuilt modules are coming soon', async () => {
    const res = await t.app.request('/network');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Sắp ra mắt');
  });

  it('sends security headers', async () => {
    const res = await t.app.request('/');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('refuses a cross-site form post and one without an origin', async () => {
    const cross = await t.app.request(formPost('/logout', {}, { origin: 'https://evil.example' }));
    expect(cross.status).toBe(403);
    const bare = await t.app.request('/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(bare.status).toBe(403);
  });

  it('lets an upload path declare a larger limit than the rest of the site', async () => {
    const twoMb = 'x'.repeat(2_000_000);
    const headers = { 'content-length': String(twoMb.length + 6) };
    expect(
      (await t.app.request(formPost('/directory/import', { f: twoMb }, headers))).status,
    ).not.toBe(413);
    expect((await t.app.request(formPost('/login', { f: twoMb }, headers))).status).toBe(413);
  });

  it('rejects an oversize body with 413 and a clear message', async () => {
    const big = 'x'.repeat(t.deps.config.BODY_LIMIT_BYTES + 10);
    const res = await t.app.request(
      formPost('/login', { email: big }, { 'content-length': String(big.length + 6) }),
    );
    expect(res.status).toBe(413);
    const page = await res.text();
    expect(page).toContain('Dữ liệu gửi lên quá lớn');
    // The figure, which the message once left out ("Dung lượng tối đa là .").
    expect(page).toContain('Dung lượng tối đa là 1 MB.');
    const importPage = await t.app.request(
      formPost(
        '/directory/import',
        { f: 'x'.repeat(11_000_000) },
        { 'content-length': '11000006' },
      ),
    );
    expect(importPage.status).toBe(413);
    expect(await importPage.text()).toContain('Dung lượng tối đa là 10,5 MB.');
  });
});
