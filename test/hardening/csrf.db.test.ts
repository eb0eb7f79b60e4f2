import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../support/actors';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../support/app';
import type { BrowserSession } from '../support/browser-session';

const FOREIGN = { origin: 'https://evil.example' };

describe('CSRF: only a valid API key exempts a write', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let userId = '';

  const nameOfUser = async () =>
    (
      await t.database.query<{ name: string }>('select name from identity_users where id = $1', [
        userId,
      ])
    )[0]?.name;

  beforeAll(async () => {
    t = await createTestApp('pglite');
    userId = (await createUser(t, { email: 'victim@csrf.example', name: 'Nạn Nhân' })).id;
    browser = await signIn(t, 'victim@csrf.example');
  });
  afterAll(() => t.close());

  it.each(['Basic dXNlcjpwYXNz', 'Bearer junk', 'Bearer ihk_madeup_secret'])(
    'a cross-site profile change with "Authorization: %s" and the session cookie is refused',
    async (authorization) => {
      const res = await browser.post(
        '/account/profile',
        { name: 'Kẻ Tấn Công', locale: 'vi' },
        { ...FOREIGN, authorization },
      );
      expect(res.status).toBe(403);
      expect(await nameOfUser()).toBe('Nạn Nhân');
    },
  );

  it('from our own page, a proxy’s Basic header leaves the session working', async () => {
    const res = await browser.post(
      '/account/profile',
      { name: 'Nạn Nhân Mới', locale: 'vi' },
      { origin: TEST_ORIGIN, authorization: 'Basic dXNlcjpwYXNz' },
    );
    expect(res.status).toBe(303);
    expect(await nameOfUser()).toBe('Nạn Nhân Mới');
  });

  it('a write with a valid API key is exempt, whatever its Origin', async () => {
    const created = await browser.send(
      'POST',
      '/api/v1/api-keys',
      JSON.stringify({ name: 'Máy chủ', scopes: ['directory.organization:create'] }),
      { 'content-type': 'application/json' },
    );
    expect(created.status).toBe(201);
    const { secret } = (await created.json()) as { secret: string };
    const res = await t.app.request('/api/v1/directory/organizations', {
      method: 'POST',
      headers: {
        ...FOREIGN,
        authorization: `Bearer ${secret}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ kind: 'startup', legalName: 'Công ty Máy Gọi', provinceCode: 'Huế' }),
    });
    expect(res.status).toBe(201);
  });
});
