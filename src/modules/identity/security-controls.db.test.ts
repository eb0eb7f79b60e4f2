// The state's level-3 controls (issue 11, item 10) landed so far: staff sessions end when idle,
// and the security log of sign-ins, searchable and exportable by administrators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';

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
