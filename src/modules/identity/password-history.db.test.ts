// Level-3 controls (issue 11, item 10): staff may not reuse their last 10 passwords, on change or
// on reset; members may; the history holds hashes, never a password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, TEST_PASSWORD } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { linkIn, startMailbox, type Mailbox } from '../../../test/support/mailbox';
import { settleJobs } from '../../../test/support/jobs';

const passwordNo = (n: number) => `Tra-sen-Tay-Ho-${n}x`;

describe.each(testEngines)('password history on %s', (engine) => {
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

  const change = (browser: BrowserSession, currentPassword: string, newPassword: string) =>
    browser.post('/account/password', { currentPassword, newPassword });

  it('refuses a staff password among the last 10, on change and on reset; the 11th back is allowed', async () => {
    const staff = await createUser(t, { email: 'desk@history.example', roles: ['staff'] });
    const browser = await signIn(t, staff.email);
    let current = TEST_PASSWORD;
    for (let n = 1; n <= 10; n++) {
      t.setNow(new Date(t.deps.clock().getTime() + 60_000));
      const res = await change(browser, current, passwordNo(n));
      expect(res.status, `change ${n}`).toBe(303);
      current = passwordNo(n);
    }
    // The current password (10) and the nine before it (1-9) are refused, with the reason.
    for (const reused of [passwordNo(10), passwordNo(1), passwordNo(5)]) {
      const res = await change(browser, current, reused);
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain('Tài khoản cán bộ không được dùng lại 10 mật khẩu gần nhất');
    }
    const kept = await t.database.query<{ hash: string }>(
      `select hash from identity_password_history where user_id = $1`,
      [staff.id],
    );
    expect(kept).toHaveLength(9);
    for (const { hash } of kept) {
      expect(hash).not.toContain('Tra-sen');
      expect(hash).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
    }

    // A reset link is held to the same rule, in English for an English visitor.
    await new BrowserSession(t.app).post('/forgot-password', { email: staff.email });
    await settleJobs(t);
    const token = new URL(
      linkIn(await mailbox.latestTo(staff.email), '/reset-password?token='),
    ).searchParams.get('token')!;
    const english = new BrowserSession(t.app);
    await english.get('/locale/en?next=/');
    const refused = await english.post('/reset-password', { token, password: passwordNo(3) });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Staff accounts may not reuse their last 10 passwords');
    // The 11th password back (the first one) is old enough.
    const reset = await english.post('/reset-password', { token, password: TEST_PASSWORD });
    expect(reset.status).toBe(200);
    await signIn(t, staff.email, TEST_PASSWORD);

    const logged = await t.database.query<{ action: string }>(
      `select action from platform_audit_log where entity_id = $1 and action like 'security.password:%'`,
      [staff.id],
    );
    expect(logged.filter((r) => r.action === 'security.password:change')).toHaveLength(10);
    expect(logged.filter((r) => r.action === 'security.password:reset')).toHaveLength(1);
    // Each change compares up to ten scrypt hashes, deliberately slow.
  }, 300_000);

  it('asks for the right current password, and lets a member go back to an earlier password', async () => {
    const member = await createUser(t, { email: 'member@history.example' });
    const browser = await signIn(t, member.email);
    const wrong = await change(browser, 'not-my-password-1', passwordNo(1));
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('Mật khẩu hiện tại không đúng.');
    expect((await change(browser, TEST_PASSWORD, passwordNo(1))).status).toBe(303);
    expect((await change(browser, passwordNo(1), TEST_PASSWORD)).status).toBe(303);
    const kept = await t.database.query(
      `select 1 from identity_password_history where user_id = $1`,
      [member.id],
    );
    expect(kept).toHaveLength(0);
    await signIn(t, member.email, TEST_PASSWORD);
  });
});
