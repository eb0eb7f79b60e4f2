// What probing the portal from outside found in its way in (issue 11, item 5), one test each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, TEST_PASSWORD } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { linkIn, startMailbox, type Mailbox } from '../../../test/support/mailbox';

const from = (ip: string) => ({ 'x-forwarded-for': ip });

describe.each(testEngines)('the way in, hardened, on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url, TRUST_PROXY: 'true' });
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  const mailsTo = (address: string) => mailbox.messages.filter((m) => m.to.includes(address));
  const register = (email: string, ip = '198.51.100.1') =>
    new BrowserSession(t.app).post(
      '/register',
      { name: 'Phạm Minh Quân', email, password: 'Tra-sen-Tay-Ho-2026', consent: 'yes' },
      from(ip),
    );
  /** The page without what differs by design: the address typed and per-request tokens. */
  const shape = async (res: Response, email: string) =>
    (await res.text()).replaceAll(email, '<email>').replace(/nonce="[^"]*"/g, '');

  it('answers registration the same whether or not the address has an account, and mails its owner', async () => {
    await createUser(t, { email: 'taken@example.vn' });
    const fresh = await register('new-one@example.vn');
    const taken = await register('taken@example.vn');
    expect(taken.status).toBe(fresh.status);
    expect(await shape(taken, 'taken@example.vn')).toBe(await shape(fresh, 'new-one@example.vn'));
    const notice = await mailbox.latestTo('taken@example.vn');
    expect(notice.text).toContain('/forgot-password');
    expect(notice.text).toContain('/login');
  });

  it('rate-limits registration per address', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) last = await register(`burst-${i}@example.vn`, '198.51.100.2');
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await register('other@example.vn', '198.51.100.3')).status).toBe(200);
  }, 120_000);

  it('does the same work for a forgotten password whatever the address: a queued job decides', async () => {
    await createUser(t, { email: 'known@example.vn' });
    const jobs = async () =>
      (
        await t.database.query<{ n: number }>(
          `select count(*)::int as n from platform_jobs where name = 'identity.password-reset'`,
        )
      )[0]!.n;
    const before = await jobs();
    const unknown = await new BrowserSession(t.app).post('/forgot-password', {
      email: 'nobody@example.vn',
    });
    const known = await new BrowserSession(t.app).post('/forgot-password', {
      email: 'known@example.vn',
    });
    expect(await jobs()).toBe(before + 2);
    expect(known.status).toBe(unknown.status);
    expect(await shape(known, 'known@example.vn')).toBe(await shape(unknown, 'nobody@example.vn'));
    expect((await mailbox.latestTo('known@example.vn')).subject).toBe('Đặt lại mật khẩu InnoHub');
    expect(mailsTo('nobody@example.vn')).toEqual([]);
  });

  it('caps failed log-ins per account across addresses', async () => {
    await createUser(t, { email: 'target@example.vn' });
    const attempt = (ip: string, password = 'not-the-password-1') =>
      new BrowserSession(t.app).post('/login', { email: 'target@example.vn', password }, from(ip));
    for (let i = 0; i < 20; i++) {
      expect((await attempt(`203.0.113.${i + 1}`)).status).toBe(422);
    }
    const next = await attempt('203.0.113.200');
    expect(next.status).toBe(429);
  }, 120_000);

  it('does not count successful log-ins towards the cap of an address', async () => {
    await createUser(t, { email: 'office@example.vn' });
    for (let i = 0; i < 31; i++) {
      const res = await new BrowserSession(t.app).post(
        '/login',
        { email: 'office@example.vn', password: TEST_PASSWORD },
        from('192.0.2.50'),
      );
      expect(res.status, `log-in ${i + 1}`).toBe(303);
    }
  }, 120_000);

  it('never lets reset requests by someone else keep the owner from resetting', async () => {
    await createUser(t, { email: 'victim@example.vn' });
    for (let i = 0; i < 5; i++) {
      await new BrowserSession(t.app).post(
        '/forgot-password',
        { email: 'victim@example.vn' },
        from('198.51.100.66'),
      );
    }
    const own = await new BrowserSession(t.app).post(
      '/forgot-password',
      { email: 'victim@example.vn' },
      from('192.0.2.7'),
    );
    expect(own.status).toBe(200);
    const link = new URL(
      linkIn(await mailbox.latestTo('victim@example.vn'), '/reset-password?token='),
    );
    const done = await new BrowserSession(t.app).post('/reset-password', {
      token: link.searchParams.get('token')!,
      password: 'Hu-tieu-Nam-Vang-77',
    });
    expect(done.status).toBe(200);
  });

  it('asks before a verification link switches a signed-in browser to another account', async () => {
    await createUser(t, { email: 'signed-in@example.vn', name: 'Người Đang Dùng' });
    const browser = await signIn(t, 'signed-in@example.vn');
    expect((await register('second@example.vn')).status).toBe(200);
    const link = new URL(
      linkIn(await mailbox.latestTo('second@example.vn'), '/verify-email?token='),
    );

    const asked = await browser.get(link.pathname + link.search);
    expect(asked.status).toBe(200);
    const page = await asked.text();
    expect(page).toContain('signed-in@example.vn');
    expect(page).toContain('second@example.vn');
    expect(await (await browser.get('/account')).text()).toContain('signed-in@example.vn');

    const confirmed = await browser.post('/verify-email', {
      token: link.searchParams.get('token')!,
    });
    expect(confirmed.status).toBe(303);
    expect(await (await browser.get('/account')).text()).toContain('second@example.vn');
  });

  it('hides the back-office, the import and the export from signed-in outsiders (404)', async () => {
    await createUser(t, { email: 'outsider@example.vn' });
    await createUser(t, { email: 'desk@example.vn', roles: ['staff'] });
    const outsider = await signIn(t, 'outsider@example.vn');
    const staff = await signIn(t, 'desk@example.vn');
    for (const path of [
      '/admin',
      '/admin/audit',
      '/admin/outbox',
      '/admin/users',
      '/admin/directory',
      '/admin/directory/claims',
      '/directory/import',
      '/directory/import/template.csv',
      '/directory/export.csv',
      '/directory/export.xlsx',
    ]) {
      expect((await outsider.get(path)).status, path).toBe(404);
    }
    for (const path of ['/admin/audit', '/admin/outbox', '/admin/users']) {
      expect((await staff.get(path)).status, path).toBe(404);
    }
  });
});

describe('the language cookie over HTTPS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', { PUBLIC_URL: 'https://innohub.example' });
  });
  afterAll(() => t.close());

  it('is Secure when the site is served over HTTPS', async () => {
    const res = await t.app.request('/locale/en?next=/');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('lang='));
    expect(cookie).toMatch(/;\s*Secure/i);
  });
});
