import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { linkIn, startMailbox, type Mailbox } from '../../../test/support/mailbox';

const PASSWORD = 'Ca-phe-sua-da-2026';

describe.each(testEngines)('accounts on %s', (engine) => {
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

  async function registerAndVerify(email: string, browser = new BrowserSession(t.app)) {
    const res = await browser.post('/register', {
      name: 'Nguyễn Thị Hoà',
      email,
      password: PASSWORD,
      consent: 'yes',
    });
    expect(res.status).toBe(200);
    const mail = await mailbox.latestTo(email);
    const link = new URL(linkIn(mail, '/verify-email?token='));
    const verified = await browser.get(link.pathname + link.search);
    expect(verified.status).toBe(303);
    return browser;
  }

  it('registers, receives the verification mail over SMTP, follows it and is signed in', async () => {
    const browser = new BrowserSession(t.app);
    const res = await browser.post('/register', {
      name: 'Trần Văn Khởi',
      email: 'Khoi@Example.vn',
      password: PASSWORD,
      consent: 'yes',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Kiểm tra hộp thư');

    const mail = await mailbox.latestTo('khoi@example.vn');
    expect(mail.subject).toBe('Xác thực địa chỉ e-mail của bạn');
    expect(mail.text).toContain('Xin chào Trần Văn Khởi');

    // Not yet verified: log-in is refused and the mail is sent again.
    const early = await new BrowserSession(t.app).post('/login', {
      email: 'khoi@example.vn',
      password: PASSWORD,
    });
    expect(early.status).toBe(422);
    expect(await early.text()).toContain('xác thực e-mail');

    const link = new URL(linkIn(mail, '/verify-email?token='));
    const verified = await browser.get(link.pathname + link.search);
    expect(verified.status).toBe(303);
    const done = await browser.get(verified.headers.get('location')!);
    const html = await done.text();
    expect(html).toContain('Đã xác thực e-mail');
    expect(html).toContain('Trần Văn Khởi');
  });

  it('records the account consent with its notice version', async () => {
    const rows = await t.database.query<{ purpose: string; notice_version: string }>(
      `select c.purpose, c.notice_version from identity_consents c join identity_users u on u.id = c.user_id where u.email = 'khoi@example.vn'`,
    );
    expect(rows).toEqual([{ purpose: 'account', notice_version: '2026-01' }]);
  });

  it('refuses a common password and a missing consent with field messages, storing nothing', async () => {
    const browser = new BrowserSession(t.app);
    // A taken address is answered as a new one would be (auth-hardening.db.test.ts): no second account.
    const dup = await browser.post('/register', {
      name: 'A',
      email: 'khoi@example.vn',
      password: PASSWORD,
      consent: 'yes',
    });
    expect(dup.status).toBe(200);
    const accounts = await t.database.query(
      `select 1 from identity_users where email = 'khoi@example.vn'`,
    );
    expect(accounts).toHaveLength(1);

    const common = await browser.post(
      '/register',
      { name: 'B', email: 'b@example.vn', password: 'password123', consent: 'yes' },
      { cookie: 'lang=en' },
    );
    expect(common.status).toBe(422);
    expect(await common.text()).toContain('This password is too common');

    const short = await browser.post('/register', {
      name: 'B',
      email: 'b@example.vn',
      password: 'short',
      consent: 'yes',
    });
    expect(await short.text()).toContain('Cần ít nhất 10 ký tự');

    const noConsent = await browser.post('/register', {
      name: 'B',
      email: 'b@example.vn',
      password: PASSWORD,
    });
    expect(noConsent.status).toBe(422);
    expect(await noConsent.text()).toContain('Bạn cần đồng ý');

    const rows = await t.database.query(
      `select 1 from identity_users where email = 'b@example.vn'`,
    );
    expect(rows).toHaveLength(0);
  });

  it('logs in and out, and a wrong password gets a clear message', async () => {
    await registerAndVerify('login@example.vn');
    const browser = new BrowserSession(t.app);
    const wrong = await browser.post('/login', {
      email: 'login@example.vn',
      password: 'not-the-password',
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('E-mail hoặc mật khẩu không đúng');

    const ok = await browser.post('/login?next=/events', {
      email: 'login@example.vn',
      password: PASSWORD,
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/events');
    expect(browser.has('innohub.session_token')).toBe(true);

    const out = await browser.post('/logout');
    expect(out.status).toBe(303);
    expect(browser.has('innohub.session_token')).toBe(false);
    expect(await (await browser.get('/')).text()).toContain('href="/login"');
  });

  it('rate-limits repeated failed log-ins with a clear message and Retry-After', async () => {
    const browser = new BrowserSession(t.app);
    let last: Response | undefined;
    for (let i = 0; i < 6; i++) {
      last = await browser.post(
        '/login',
        { email: 'login@example.vn', password: `wrong-${i}-password` },
        { cookie: 'lang=en' },
      );
    }
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last!.text()).toMatch(
      /Too many log-in attempts\. Please try again in \d+ seconds/,
    );
  });

  it('resets a forgotten password through the mailed link, and old sessions end', async () => {
    const signedIn = await registerAndVerify('reset@example.vn');
    const browser = new BrowserSession(t.app);
    const asked = await browser.post('/forgot-password', { email: 'reset@example.vn' });
    expect(await asked.text()).toContain('chúng tôi đã gửi liên kết');
    const mail = await mailbox.latestTo('reset@example.vn');
    expect(mail.subject).toBe('Đặt lại mật khẩu InnoHub');
    const link = new URL(linkIn(mail, '/reset-password?token='));
    const token = link.searchParams.get('token')!;

    const weak = await browser.post('/reset-password', { token, password: '1234567890' });
    expect(weak.status).toBe(422);
    const done = await browser.post('/reset-password', { token, password: 'Banh-mi-nong-gion-9' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Đã đổi mật khẩu');

    const reused = await browser.post('/reset-password', {
      token,
      password: 'Another-good-pass-7',
    });
    expect(reused.status).toBe(400);

    expect(await (await signedIn.get('/')).text()).toContain('href="/login"');
    const login = await browser.post('/login', {
      email: 'reset@example.vn',
      password: 'Banh-mi-nong-gion-9',
    });
    expect(login.status).toBe(303);
  });

  it('answers the same for unknown addresses, so the form reveals no accounts', async () => {
    const res = await new BrowserSession(t.app).post('/forgot-password', {
      email: 'nobody@example.vn',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('chúng tôi đã gửi liên kết');
  });

  it('rejects a forged verification token', async () => {
    const res = await new BrowserSession(t.app).get('/verify-email?token=forged');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('không hợp lệ');
  });
});
