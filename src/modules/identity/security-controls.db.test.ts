// The state's level-3 controls (issue 11, item 10) landed so far: staff sessions end when idle,
// the security log (searchable, exportable), the lock after failed log-ins, and staff accounts
// disabled after 45 days unused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { scheduleInactiveStaffCheck } from './services/inactive-staff';

const MINUTE = 60_000;

describe.each(testEngines)('level-3 security controls on %s', (engine) => {
  let t: TestApp;
  let start: number;
  beforeAll(async () => {
    t = await createTestApp(engine, { STAFF_IDLE_MINUTES: '15', TRUST_PROXY: 'true' });
    start = t.deps.clock().getTime();
  });
  afterAll(() => t.close());

  it('ends a staff session after 15 minutes without a request, not a member’s', async () => {
    t.setNow(new Date(start));
    await createUser(t, { email: 'desk@idle.example', roles: ['staff'] });
    await createUser(t, { email: 'member@idle.example' });
    const staff = await signIn(t, 'desk@idle.example');
    const member = await signIn(t, 'member@idle.example');

    t.setNow(new Date(start + 14 * MINUTE));
    expect((await staff.get('/admin')).status).toBe(200);
    // Activity is kept to the minute: a request seconds later does not write the session again.
    const lastActive = () =>
      t.database.query<{ at: Date }>(
        `select s.updated_at as at from identity_sessions s join identity_users u on u.id = s.user_id
          where u.email = 'desk@idle.example'`,
      );
    const touched = await lastActive();
    t.setNow(new Date(start + 14 * MINUTE + 30_000));
    expect((await staff.get('/admin')).status).toBe(200);
    expect(await lastActive()).toEqual(touched);
    // Each request counts as activity: 14 more minutes are still within the limit.
    t.setNow(new Date(start + 28 * MINUTE));
    expect((await staff.get('/admin')).status).toBe(200);

    t.setNow(new Date(start + 44 * MINUTE));
    const idle = await staff.get('/admin');
    expect(idle.status).toBe(302);
    expect(idle.headers.get('location')).toBe('/login?next=%2Fadmin');
    expect((await member.get('/account')).status).toBe(200);

    const ended = await t.database.query<{ action: string }>(
      `select action from platform_audit_log where actor_label = 'desk@idle.example'
        and action = 'security.session:idleEnd'`,
    );
    expect(ended).toHaveLength(1);
  });

  it('logs every sign-in, failed or not, with its address; administrators search and export it', async () => {
    // Sessions start on the real clock (better-auth's): bring the app's back to it.
    t.setNow(new Date());
    await createUser(t, { email: 'root@security.example', roles: ['admin'] });
    await createUser(t, { email: 'staff@security.example', roles: ['staff'] });
    await createUser(t, { email: 'someone@security.example' });
    const failed = await new BrowserSession(t.app).post(
      '/login',
      { email: 'someone@security.example', password: 'not-the-password-9' },
      { 'x-forwarded-for': '203.0.113.77' },
    );
    expect(failed.status).toBe(422);
    await signIn(t, 'someone@security.example');
    const admin = await signIn(t, 'root@security.example');

    const page = await admin.get('/admin/audit?actor=someone%40security.example&action=security.');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('security.signIn:failure');
    expect(html).toContain('security.signIn:success');
    expect(html).toContain(
      'href="/admin/audit/export.csv?actor=someone%40security.example&amp;action=security."',
    );

    const csv = await admin.get('/admin/audit/export.csv?actor=someone%40security.example');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('at,actor,action,entity_type,entity_id,ip,request_id,before,after');
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual([
      '"security.signIn:success"',
      '"security.signIn:failure"',
    ]);
    expect(lines[2]).toContain('"203.0.113.77"');
    const exported = await t.database.query(
      `select 1 from platform_audit_log where action = 'audit.log:export'
        and actor_label = 'root@security.example'`,
    );
    expect(exported).toHaveLength(1);

    const staff = await signIn(t, 'staff@security.example');
    expect((await staff.get('/admin/audit/export.csv')).status).toBe(404);
  });
});

describe.each(testEngines)('account lock after failed log-ins on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  const logIn = (email: string, password: string, ip: string) =>
    new BrowserSession(t.app).post('/login', { email, password }, { 'x-forwarded-for': ip });
  /** Ten wrong passwords, each from another address (the per-address limits stay out of it). */
  async function failTenTimes(email: string, round: number) {
    for (let i = 1; i <= 10; i++) {
      const res = await logIn(email, `wrong-password-${i}`, `10.${round}.0.${i}`);
      expect(res.status, `failure ${i}`).toBe(422);
    }
  }
  /** The rate-limit windows (15 minutes) pass between rounds; the lock does not. */
  const later = (minutes: number) =>
    t.setNow(new Date(t.deps.clock().getTime() + minutes * 60_000));

  it('locks after ten failures in a row; the mailed link or an administrator unlocks', async () => {
    const user = await createUser(t, { email: 'locked@security.example' });
    await createUser(t, { email: 'admin@lock.example', roles: ['admin'] });
    await failTenTimes(user.email, 1);
    const refused = await logIn(user.email, user.password, '10.9.9.9');
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('đã bị khoá');

    const [mail] = await t.database.query<{ text: string }>(
      `select text from platform_mail_outbox where "to" = $1 and template = 'identity.locked'`,
      [user.email],
    );
    const token = /unlock-account\?token=(\S+)/.exec(mail!.text)![1]!;
    const page = await new BrowserSession(t.app).get(`/unlock-account?token=${token}`);
    expect(await page.text()).toContain('name="token"');
    const unlocked = await new BrowserSession(t.app).post('/unlock-account', {
      token: decodeURIComponent(token),
    });
    expect(unlocked.status).toBe(200);
    expect((await logIn(user.email, user.password, '10.9.9.9')).status).toBe(303);
    const reused = await new BrowserSession(t.app).post('/unlock-account', {
      token: decodeURIComponent(token),
    });
    expect(reused.status).toBe(400);

    later(16);
    await failTenTimes(user.email, 2);
    expect((await logIn(user.email, user.password, '10.9.9.8')).status).toBe(422);
    const admin = await signIn(t, 'admin@lock.example');
    const detail = await admin.get(`/admin/users/${user.id}`);
    expect(await detail.text()).toContain(`action="/admin/users/${user.id}/unlock"`);
    expect((await admin.post(`/admin/users/${user.id}/unlock`)).status).toBe(303);
    expect((await logIn(user.email, user.password, '10.9.9.8')).status).toBe(303);

    const log = await t.database.query<{ action: string }>(
      `select action from platform_audit_log where entity_id = $1
        and action like 'security.account:%' order by at`,
      [user.id],
    );
    expect(log.map((r) => r.action)).toEqual([
      'security.account:lock',
      'security.account:unlock',
      'security.account:lock',
      'security.account:unlock',
    ]);
  }, 120_000);

  it('forgets failures after a successful log-in', async () => {
    const user = await createUser(t, { email: 'forgetful@security.example' });
    later(16);
    for (let i = 1; i <= 9; i++) await logIn(user.email, `wrong-${i}-password`, `10.3.0.${i}`);
    expect((await logIn(user.email, user.password, '10.3.1.1')).status).toBe(303);
    later(16);
    for (let i = 1; i <= 9; i++) await logIn(user.email, `wrong-${i}-password`, `10.4.0.${i}`);
    expect((await logIn(user.email, user.password, '10.4.1.1')).status).toBe(303);
  }, 120_000);
});

describe.each(testEngines)('staff accounts unused for 45 days on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('are disabled by the daily job until an administrator enables them again', async () => {
    const old = await createUser(t, { email: 'old@inactive.example', roles: ['staff'] });
    await createUser(t, { email: 'busy@inactive.example', roles: ['staff'] });
    await createUser(t, { email: 'plain@inactive.example' });
    await createUser(t, { email: 'root@inactive.example', roles: ['admin'] });
    await t.database.query(
      `update identity_users set created_at = now() - interval '60 days'
        where email like '%@inactive.example'`,
    );
    await signIn(t, 'busy@inactive.example');
    const admin = await signIn(t, 'root@inactive.example');

    await scheduleInactiveStaffCheck(t.deps);
    await settleJobs(t);
    const disabled = await t.database.query<{ email: string }>(
      `select u.email from identity_account_locks l join identity_users u on u.id = l.user_id
        where l.reason = 'inactive' order by u.email`,
    );
    expect(disabled.map((r) => r.email)).toEqual(['old@inactive.example']);
    const refused = await new BrowserSession(t.app).post('/login', {
      email: old.email,
      password: old.password,
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('45 ngày');

    expect((await admin.post(`/admin/users/${old.id}/unlock`)).status).toBe(303);
    await signIn(t, old.email);
    // The next day's run leaves the account enabled: the unlock and sign-in are recent.
    t.setNow(new Date(t.deps.clock().getTime() + 24 * 3600_000 + 60_000));
    await settleJobs(t);
    const still = await t.database.query(
      `select 1 from identity_account_locks where reason = 'inactive' and locked_at is not null`,
    );
    expect(still).toHaveLength(0);
    const [next] = await t.database.query<{ run_at: Date }>(
      `select run_at from platform_jobs where key = 'identity.disable-inactive-staff'`,
    );
    expect(new Date(next!.run_at).getTime()).toBeGreaterThan(t.deps.clock().getTime());
  }, 120_000);
});
