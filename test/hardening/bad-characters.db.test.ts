import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../support/actors';
import { createTestApp, NO_RATE_LIMITS, TEST_ORIGIN, type TestApp } from '../support/app';
import { BrowserSession } from '../support/browser-session';
import { testEngines } from '../support/db';

/**
 * NUL and other control characters in the address, in form fields and file names, and lone
 * surrogates in JSON, on every route: refused with 400 and a message at the boundary, never a 500.
 */
describe.each(testEngines)('bad characters are refused at the boundary on %s', (engine) => {
  let t: TestApp;
  let admin: BrowserSession;
  let anonymous: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.deps.rateLimiter = NO_RATE_LIMITS;
    await createUser(t, { email: 'admin@nul.example', roles: ['admin', 'staff'] });
    admin = await signIn(t, 'admin@nul.example');
    anonymous = new BrowserSession(t.app);
  });
  afterAll(() => t.close());

  const withNul = (path: string) => path.replace(/:[A-Za-z]+/g, 'a%00b').replace(/\*$/, '%00.css');

  async function send(browser: BrowserSession, method: string, path: string, isApi: boolean) {
    if (method === 'GET') return browser.get(path);
    return browser.send(method, path, isApi ? '{}' : 'a=b', {
      'content-type': isApi ? 'application/json' : 'application/x-www-form-urlencoded',
    });
  }

  it('a NUL in any route parameter answers 400, for anonymous visitors and staff', async () => {
    const failures: string[] = [];
    const routes = t.router.routes.filter((r) => r.path.includes(':') || r.path.endsWith('*'));
    expect(routes.length).toBeGreaterThan(33);
    for (const route of routes) {
      for (const [who, browser] of [
        ['anonymous', anonymous],
        ['admin', admin],
      ] as const) {
        const res = await send(browser, route.method, withNul(route.path), route.kind === 'api');
        if (res.status !== 400)
          failures.push(`${route.method} ${route.path} (${who}): ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('a NUL in the query (next=, a token, a filter) answers 400 with a message', async () => {
    for (const path of [
      '/locale/en?next=/%00',
      '/reset-password?token=%00',
      '/directory?q=%00',
      '/directory/export.csv?q=%00',
      '/api/v1/directory/organizations?cursor=%00',
    ]) {
      const visitor = new BrowserSession(t.app);
      visitor.set('lang', 'en');
      const res = await visitor.get(path, { 'accept-language': 'en' });
      expect(res.status, path).toBe(400);
      expect(await res.text(), path).toContain('not allowed');
    }
  });

  it('a NUL in any form field of any page answers 400 and changes nothing', async () => {
    const failures: string[] = [];
    const forms = t.router.routes.filter((r) => r.method === 'POST' && r.kind === 'page');
    for (const route of forms) {
      const res = await admin.post(route.path.replace(/:[A-Za-z]+/g, 'x'), {
        name: 'Tên\u0000',
        version: '1',
      });
      if (res.status !== 400) failures.push(`${route.path}: ${res.status}`);
    }
    expect(failures).toEqual([]);
    const profile = await admin.post('/account/profile', { name: 'Lê\u0000Thu', locale: 'vi' });
    expect(profile.status).toBe(400);
  }, 120_000);

  it('an uploaded file whose name holds a NUL answers 400', async () => {
    const form = new FormData();
    form.set('file', new File(['legalName\nCông ty A\n'], 'danh-sach\u0000.csv'));
    const res = await admin.postMultipart('/directory/import', form);
    expect(res.status).toBe(400);
  });

  it('an API key name with a NUL answers a 400 problem', async () => {
    const res = await admin.send(
      'POST',
      '/api/v1/api-keys',
      JSON.stringify({ name: 'Khoá\u0000', scopes: [] }),
      { 'content-type': 'application/json' },
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it.each(['{"legalName":"\\ud800","kind":"startup"}', '{"\\udc00":1}', '{"a":"x\\u0000"}'])(
    'the directory API answers %s with a 400 problem',
    async (body) => {
      for (const [method, path] of [
        ['POST', '/api/v1/directory/organizations'],
        ['POST', '/api/v1/directory/people'],
      ]) {
        const res = await admin.send(method!, path!, body, {
          'content-type': 'application/json',
          origin: TEST_ORIGIN,
        });
        expect(res.status, `${method} ${path}`).toBe(400);
        expect(((await res.json()) as { code: string }).code).toBe('BAD_REQUEST');
      }
    },
  );

  it('JSON nested deeper than any contract answers 400, not a stack overflow', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const res = await admin.send('POST', '/api/v1/directory/organizations', deep, {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
  });

  it('paired surrogates (emoji), tabs and line breaks are still welcome', async () => {
    const res = await admin.post('/account/profile', { name: 'Lê Thu 🌾', locale: 'vi' });
    expect(res.status).toBe(303);
    const api = await admin.send(
      'POST',
      '/api/v1/directory/organizations',
      JSON.stringify({
        kind: 'startup',
        legalName: 'Công ty Lúa 🌾',
        provinceCode: 'Huế',
        descriptionVi: 'Dòng một\n\tDòng hai',
      }),
      { 'content-type': 'application/json' },
    );
    expect(api.status).toBe(201);
  });
});
