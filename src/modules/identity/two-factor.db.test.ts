import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { linkIn, startMailbox, type Mailbox } from '../../../test/support/mailbox';
import type { Actor } from '../../platform/authz';
import { createApp } from '../../platform/http/app';
import { shellModule } from '../../platform/shell/shell.module';
import { grantRole } from './db/users.repository';
import { identityModule, resolveActor } from './index';
import { mustSetUpTwoFactor } from './services/two-factor-policy';
import { requireTwoFactorForStaff } from './two-factor.middleware';

const PASSWORD = 'Ca-phe-sua-da-2026';

/** RFC 4648 base32, as in otpauth:// URIs. */
function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text.replace(/=+$/, '').toUpperCase()) {
    const index = alphabet.indexOf(ch);
    if (index < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
      value &= (1 << bits) - 1;
    }
  }
  return Buffer.from(out);
}

/** RFC 6238: HMAC-SHA1 over the 30-second step counter, dynamic truncation, 6 digits. */
function totp(secretBase32: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', base32Decode(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** A code that is certainly not valid now (nor in the neighbouring steps). */
function wrongCode(secret: string): string {
  const valid = new Set([-30_000, 0, 30_000].map((d) => totp(secret, Date.now() + d)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, '0');
    if (!valid.has(candidate)) return candidate;
  }
}

const decode = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&#x3D;/g, '=')
    .replace(/&#61;/g, '=');

describe('TOTP code generator used by these tests', () => {
  it('matches the RFC 6238 SHA-1 vectors', () => {
    // Secret "12345678901234567890" (ASCII); the RFC lists 8 digits, we keep the last 6.
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(totp(secret, 59_000)).toBe('287082');
    expect(totp(secret, 1_111_111_109_000)).toBe('081804');
    expect(totp(secret, 2_000_000_000_000)).toBe('279037');
  });
});

describe.each(testEngines)('two-factor authentication on %s', (engine) => {
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

  async function registerAndVerify(app: TestApp, email: string) {
    const browser = new BrowserSession(app.app);
    const res = await browser.post('/register', {
      name: 'Phạm Minh Đức',
      email,
      password: PASSWORD,
      consent: 'yes',
    });
    expect(res.status).toBe(200);
    const link = new URL(linkIn(await mailbox.latestTo(email), '/verify-email?token='));
    expect((await browser.get(link.pathname + link.search)).status).toBe(303);
    return browser;
  }

  /** Starts set-up and reads the key and backup codes off the page, as a person would. */
  async function startSetup(browser: BrowserSession) {
    const res = await browser.post('/account/two-factor/enable', { password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = decode(await res.text());
    const uri = /href="(otpauth:\/\/totp\/[^"]+)"/.exec(html)?.[1];
    expect(uri).toBeDefined();
    const secret = new URL(uri!).searchParams.get('secret')!;
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    // The key is also printed for typing, in groups of four.
    expect(html).toContain(secret.match(/.{1,4}/g)!.join(' '));
    const backupCodes = [...html.matchAll(/<li><code>([A-Za-z0-9-]+)<\/code><\/li>/g)].map(
      (m) => m[1]!,
    );
    expect(backupCodes).toHaveLength(10);
    return { secret, backupCodes };
  }

  async function logIn(browser: BrowserSession, email: string) {
    const res = await browser.post('/login?next=/account', { email, password: PASSWORD });
    expect(res.status).toBe(303);
    return res.headers.get('location');
  }

  let secret = '';
  let backupCodes: string[] = [];

  it('turns on with the password and a code from the app, then log-in asks for the code', async () => {
    const browser = await registerAndVerify(t, 'duc@example.vn');
    const status = await (await browser.get('/account/two-factor')).text();
    expect(status).toContain('Đang tắt');

    const wrongPassword = await browser.post('/account/two-factor/enable', {
      password: 'not-my-password-at-all',
    });
    expect(wrongPassword.status).toBe(422);
    expect(await wrongPassword.text()).toContain('Mật khẩu không đúng');

    ({ secret, backupCodes } = await startSetup(browser));

    const bad = await browser.post('/account/two-factor/confirm', { code: wrongCode(secret) });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Mã xác thực không đúng');
    expect(badHtml).not.toContain(secret.slice(0, 4) + ' ' + secret.slice(4, 8));
    // Not on until a correct code proves the app holds the key.
    expect(await (await browser.get('/account/two-factor')).text()).toContain('Đang tắt');

    const ok = await browser.post('/account/two-factor/confirm', { code: totp(secret) });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/account/two-factor?done=enabled');
    const on = await (await browser.get('/account/two-factor?done=enabled')).text();
    expect(on).toContain('Đã bật xác thực hai lớp');
    expect(on).toContain('Đang bật');
    const [row] = await t.database.query<{ two_factor_enabled: boolean }>(
      'select two_factor_enabled from identity_users where email = $1',
      ['duc@example.vn'],
    );
    expect(row!.two_factor_enabled).toBe(true);

    expect((await browser.post('/logout')).status).toBe(303);
    const next = await logIn(browser, 'duc@example.vn');
    expect(next).toBe('/login/two-factor?next=%2Faccount');
    expect(browser.has('innohub.session_token')).toBe(false);
    expect((await browser.get('/account')).status).toBe(302);

    const refused = await browser.post(next!, { code: wrongCode(secret) });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Mã xác thực không đúng');
    expect(browser.has('innohub.session_token')).toBe(false);

    const accepted = await browser.post(next!, { code: totp(secret) });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe('/account');
    expect((await browser.get('/account')).status).toBe(200);
  });

  it('accepts a backup code once, instead of the app', async () => {
    const browser = new BrowserSession(t.app);
    const next = await logIn(browser, 'duc@example.vn');
    const first = await browser.post(next!, { code: backupCodes[0]! });
    expect(first.status).toBe(303);
    expect((await browser.get('/account')).status).toBe(200);
    await browser.post('/logout');

    const again = new BrowserSession(t.app);
    const next2 = await logIn(again, 'duc@example.vn');
    const reused = await again.post(next2!, { code: backupCodes[0]! });
    expect(reused.status).toBe(422);
    expect(again.has('innohub.session_token')).toBe(false);
    const other = await again.post(next2!, { code: backupCodes[1]! });
    expect(other.status).toBe(303);
  });

  it('turns off only with the password, and log-in no longer asks for a code', async () => {
    const browser = new BrowserSession(t.app);
    const next = await logIn(browser, 'duc@example.vn');
    await browser.post(next!, { code: totp(secret) });
    const wrong = await browser.post('/account/two-factor/disable', {
      password: 'wrong-password-1',
    });
    expect(wrong.status).toBe(422);
    const off = await browser.post('/account/two-factor/disable', { password: PASSWORD });
    expect(off.status).toBe(303);
    expect(off.headers.get('location')).toBe('/account/two-factor?done=disabled');
    // The session was renewed by the change and this browser stays signed in.
    expect((await browser.get('/account/two-factor')).status).toBe(200);
    const fresh = new BrowserSession(t.app);
    expect(await logIn(fresh, 'duc@example.vn')).toBe('/account');
  });

  it('is not forced on staff outside production', async () => {
    const browser = await registerAndVerify(t, 'staff-dev@example.vn');
    const [user] = await t.database.query<{ id: string }>(
      'select id from identity_users where email = $1',
      ['staff-dev@example.vn'],
    );
    await grantRole(t.database.db, user!.id, 'staff');
    const app = createApp(t.deps, {
      resolveActor,
      modules: [shellModule, { ...identityModule, middleware: [requireTwoFactorForStaff] }],
    }).app;
    const res = await app.request('/account', { headers: { cookie: browser.cookieHeader } });
    expect(res.status).toBe(200);
  });

  describe('in production', () => {
    let prod: TestApp;
    let app: ReturnType<typeof createApp>['app'];
    beforeAll(async () => {
      prod = await createTestApp(engine, { SMTP_URL: mailbox.url, NODE_ENV: 'production' });
      // Built as identity will be wired, with the policy among the module's middleware.
      app = createApp(prod.deps, {
        resolveActor,
        modules: [shellModule, { ...identityModule, middleware: [requireTwoFactorForStaff] }],
      }).app;
    });
    afterAll(() => prod.close());

    async function accountWithRole(email: string, role?: 'admin' | 'staff') {
      await registerAndVerify(prod, email);
      const [user] = await prod.database.query<{ id: string }>(
        'select id from identity_users where email = $1',
        [email],
      );
      if (role) await grantRole(prod.database.db, user!.id, role);
      const browser = new BrowserSession(app);
      expect((await browser.post('/login', { email, password: PASSWORD })).status).toBe(303);
      return browser;
    }

    it('sends staff and admins without a second factor to set it up, and refuses other writes', async () => {
      for (const role of ['staff', 'admin'] as const) {
        const browser = await accountWithRole(`${role}@prod.example.vn`, role);
        const page = await browser.get('/account/organizations');
        expect(page.status).toBe(303);
        expect(page.headers.get('location')).toBe('/account/two-factor');
        const setup = await browser.get('/account/two-factor');
        expect(setup.status).toBe(200);
        expect(await setup.text()).toContain('bắt buộc bật xác thực hai lớp');
        expect((await browser.get('/locale/en?next=/')).status).toBe(302);
        expect((await browser.get('/assets/app.css')).status).toBe(200);
        const write = await browser.post('/account/profile', { name: 'X', locale: 'vi' });
        expect(write.status).toBe(403);
        const api = await browser.get('/api/v1/me');
        expect(api.status).toBe(403);
        expect(api.headers.get('content-type')).toContain('application/problem+json');
      }
      const names = await prod.database.query(
        `select 1 from identity_users where name = 'X' and email like '%@prod.example.vn'`,
      );
      expect(names).toHaveLength(0);
    });

    it('lets them in once two-factor authentication is on, and may always log out', async () => {
      const browser = await accountWithRole('boss@prod.example.vn', 'admin');
      const { secret: key } = await startSetup(browser);
      const confirmed = await browser.post('/account/two-factor/confirm', { code: totp(key) });
      expect(confirmed.status).toBe(303);
      expect((await browser.get('/account')).status).toBe(200);

      const other = await accountWithRole('other-staff@prod.example.vn', 'staff');
      expect((await other.post('/logout')).status).toBe(303);
      expect(other.has('innohub.session_token')).toBe(false);
    });

    it('leaves members alone', async () => {
      const browser = await accountWithRole('member@prod.example.vn');
      expect((await browser.get('/account')).status).toBe(200);
    });
  });

  it('does not apply to API keys or visitors', () => {
    const production = { NODE_ENV: 'production' as const };
    const staff = (extra: Partial<Extract<Actor, { kind: 'user' }>>): Actor => ({
      kind: 'user',
      user: { id: 'u', name: 'S', email: 's@x.vn', locale: 'vi', twoFactorEnabled: false },
      roles: new Set(['member', 'staff']),
      ...extra,
    });
    expect(mustSetUpTwoFactor(staff({ sessionId: 's' }), production)).toBe(true);
    expect(mustSetUpTwoFactor(staff({ apiKey: { id: 'k', scopes: [] } }), production)).toBe(false);
    expect(mustSetUpTwoFactor({ kind: 'anonymous' }, production)).toBe(false);
    expect(mustSetUpTwoFactor(staff({ sessionId: 's' }), { NODE_ENV: 'test' })).toBe(false);
  });
});
