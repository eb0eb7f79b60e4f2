import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { linkIn, startMailbox, type Mailbox } from '../../../test/support/mailbox';
import { grantRole } from './db/users.repository';

const PASSWORD = 'Ca-phe-sua-da-2026';
const WINDOWS_CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

describe.each(testEngines)('account pages on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  async function registerAndVerify(email: string, name = 'Lê Thị Thu') {
    const browser = new BrowserSession(t.app);
    const res = await browser.post('/register', {
      name,
      email,
      password: PASSWORD,
      consent: 'yes',
    });
    expect(res.status).toBe(200);
    const link = new URL(linkIn(await mailbox.latestTo(email), '/verify-email?token='));
    expect((await browser.get(link.pathname + link.search)).status).toBe(303);
    return browser;
  }

  async function logIn(email: string, headers: Record<string, string> = {}) {
    const browser = new BrowserSession(t.app);
    const res = await browser.post('/login', { email, password: PASSWORD }, headers);
    expect(res.status).toBe(303);
    return browser;
  }

  const userId = async (email: string) =>
    (
      await t.database.query<{ id: string }>('select id from identity_users where email = $1', [
        email,
      ])
    )[0]!.id;

  it('sends anonymous visitors to log in first', async () => {
    const res = await new BrowserSession(t.app).get('/account/sessions');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/login?next=%2Faccount%2Fsessions');
  });

  it('shows the profile, platform roles, links and the consent given at registration', async () => {
    const browser = await registerAndVerify('thu@example.vn');
    await grantRole(t.database.db, await userId('thu@example.vn'), 'mentor');
    const res = await browser.get('/account');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Tài khoản của tôi');
    expect(html).toContain('value="Lê Thị Thu"');
    expect(html).toContain('thu@example.vn');
    expect(html).toContain('Cố vấn');
    expect(html).toContain('Thành viên');
    for (const href of [
      '/account/sessions',
      '/account/two-factor',
      '/account/organizations',
      '/account/api-keys',
    ]) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(html).toContain('Quản lý tài khoản');
    expect(html).toContain('2026-01');
    expect(html).toContain('Đang hiệu lực');
  });

  it('saves the name and language preference, and refuses bad input with field messages', async () => {
    const browser = await logIn('thu@example.vn');
    const bad = await browser.post('/account/profile', { name: '  ', locale: 'fr' });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('role="alert"');
    expect(badHtml).toContain('href="#name"');
    expect(badHtml).toContain('aria-invalid="true"');

    const ok = await browser.post('/account/profile', { name: 'Lê Thu', locale: 'en' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/account?done=saved');
    const [row] = await t.database.query<{ name: string; locale: string }>(
      'select name, locale from identity_users where email = $1',
      ['thu@example.vn'],
    );
    expect(row).toEqual({ name: 'Lê Thu', locale: 'en' });
    const page = await (await browser.get('/account?done=saved')).text();
    expect(page).toContain('<html lang="en"');
    expect(page).toContain('Profile saved.');
    expect(page).toContain('<option value="en" selected="">English</option>');

    // The preference follows the account to a new device that has no language cookie.
    const other = await logIn('thu@example.vn');
    expect(await (await other.get('/account')).text()).toContain('My account');
  });

  it('lists the sessions with "this device", and logs one out by id', async () => {
    const phone = await logIn('thu@example.vn', { 'user-agent': WINDOWS_CHROME });
    const laptop = await logIn('thu@example.vn');
    const res = await laptop.get('/account/sessions');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/This device/g)).toHaveLength(1);
    expect(html).toContain('Chrome on Windows');

    const [phoneSession] = await t.database.query<{ id: string }>(
      'select id from identity_sessions where user_agent = $1',
      [WINDOWS_CHROME],
    );
    expect(html).toContain(`/account/sessions/${phoneSession!.id}/revoke`);
    const revoked = await laptop.post(`/account/sessions/${phoneSession!.id}/revoke`);
    expect(revoked.status).toBe(303);
    expect(revoked.headers.get('location')).toBe('/account/sessions?done=revoked');
    expect((await phone.get('/account')).status).toBe(302);
    expect((await laptop.get('/account')).status).toBe(200);
  });

  it('still lists the sessions from a session signed in days ago', async () => {
    // better-auth lists sessions only from "fresh" ones; the page must not break on older ones.
    const browser = await logIn('thu@example.vn');
    await t.database.query(
      `update identity_sessions set created_at = now() - interval '3 days' where user_id = $1`,
      [await userId('thu@example.vn')],
    );
    const res = await browser.get('/account/sessions');
    expect(res.status).toBe(200);
    expect((await res.text()).match(/This device/g)).toHaveLength(1);
  });

  it("answers 404 for another account's session and leaves it alive", async () => {
    const victim = await registerAndVerify('victim@example.vn');
    const [victimSession] = await t.database.query<{ id: string }>(
      'select s.id from identity_sessions s join identity_users u on u.id = s.user_id where u.email = $1',
      ['victim@example.vn'],
    );
    const attacker = await logIn('thu@example.vn');
    const res = await attacker.post(`/account/sessions/${victimSession!.id}/revoke`);
    expect(res.status).toBe(404);
    expect((await victim.get('/account')).status).toBe(200);
    const stillThere = await t.database.query('select 1 from identity_sessions where id = $1', [
      victimSession!.id,
    ]);
    expect(stillThere).toHaveLength(1);
  });

  it('logs out every other device, keeping this one', async () => {
    const a = await logIn('thu@example.vn');
    const b = await logIn('thu@example.vn');
    const here = await logIn('thu@example.vn');
    const res = await here.post('/account/sessions/revoke-others');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account/sessions?done=revokedOthers');
    expect((await a.get('/account')).status).toBe(302);
    expect((await b.get('/account')).status).toBe(302);
    const page = await here.get('/account/sessions?done=revokedOthers');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('All other devices have been logged out.');
    expect(html).toContain('signed in on this device only');
    const [row] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from identity_sessions where user_id = $1',
      [await userId('thu@example.vn')],
    );
    expect(row!.n).toBe(1);
  });

  it('logging out the current session from the list signs this browser out', async () => {
    const browser = await logIn('thu@example.vn');
    const [current] = await t.database.query<{ id: string }>(
      'select id from identity_sessions where user_id = $1 order by created_at desc limit 1',
      [await userId('thu@example.vn')],
    );
    const res = await browser.post(`/account/sessions/${current!.id}/revoke`);
    expect(res.status).toBe(303);
    expect(browser.has('innohub.session_token')).toBe(false);
    expect((await browser.get('/account')).status).toBe(302);
  });

  it('audits the profile changes of staff with before and after', async () => {
    await grantRole(t.database.db, await userId('victim@example.vn'), 'staff');
    const staff = await logIn('victim@example.vn');
    expect((await staff.post('/account/profile', { name: 'Cán bộ A', locale: 'vi' })).status).toBe(
      303,
    );
    const rows = await t.database.query<{ before: unknown; after: unknown }>(
      `select before, after from platform_audit_log where action = 'identity.profile:update'`,
    );
    expect(rows).toEqual([
      { before: { name: 'Lê Thị Thu', locale: 'vi' }, after: { name: 'Cán bộ A', locale: 'vi' } },
    ]);
  });
});
