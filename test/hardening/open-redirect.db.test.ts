import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, formPost, type TestApp } from '../support/app';
import { createUser, TEST_PASSWORD } from '../support/actors';
import { BrowserSession } from '../support/browser-session';

// What a browser makes of these: "/\t/evil.example" and "/\t\evil.example" are http://evil.example.
const OFF_SITE = [
  '/%09/evil.example',
  '/%09%5Cevil.example',
  '/%0A/evil.example',
  '/%5C%5Cevil.example',
];

describe('?next= never leaves the site', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    await createUser(t, { email: 'next@redirect.example' });
  });
  afterAll(() => t.close());

  it.each(OFF_SITE)('the language switch sends next=%s home', async (next) => {
    const res = await t.app.request(`/locale/en?next=${next}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
  });

  it.each(OFF_SITE)('signing in with next=%s lands on the home page', async (next) => {
    const res = await t.app.request(
      formPost(`/login?next=${next}`, { email: 'next@redirect.example', password: TEST_PASSWORD }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });

  it('a page of the site is still returned to', async () => {
    const browser = new BrowserSession(t.app);
    const res = await browser.post('/login?next=%2Fdirectory%3Fq%3Dx', {
      email: 'next@redirect.example',
      password: TEST_PASSWORD,
    });
    expect(res.headers.get('location')).toBe('/directory?q=x');
    const locale = await t.app.request('/locale/en?next=%2Fprograms');
    expect(locale.headers.get('location')).toBe('/programs');
  });
});
