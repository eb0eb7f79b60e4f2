import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import { createUser, signIn, type TestUser } from '../../../test/support/actors';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { createAdmin } from './services/admin-create';

describe.each(testEngines)('account administration on %s', (engine) => {
  let t: TestApp;
  let admin: TestUser;
  let browser: BrowserSession;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await createUser(t, {
      email: 'quantri@so-khcn.vn',
      roles: ['admin'],
      name: 'Quản Trị',
    });
    browser = await signIn(t, admin.email);
  });
  afterAll(() => t.close());

  const rolesInDb = async (userId: string) =>
    (
      await t.database.query<{ role: string }>(
        'select role from identity_user_roles where user_id = $1 order by role',
        [userId],
      )
    ).map((r) => r.role);

  it('searches accounts by name or e-mail and shows verification and roles', async () => {
    await createUser(t, {
      email: 'hoa.nguyen@startup.vn',
      name: 'Nguyễn Thị Hoà',
      roles: ['mentor'],
    });
    const res = await browser.get('/admin/users?q=Hoà');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('hoa.nguyen@startup.vn');
    expect(html).toContain('Thành viên, Chuyên gia cố vấn');
    expect(html).not.toContain('quantri@so-khcn.vn</td>');
    expect(html).toContain('Trang 1/1 · 1 kết quả');
    const none = await (await browser.get('/admin/users?q=khong-co-ai')).text();
    expect(none).toContain('Không có kết quả nào khớp với bộ lọc.');
  });

  it('grants roles in one audited change with before and after', async () => {
    const user = await createUser(t, { email: 'can-bo@so-khcn.vn', roles: ['mentor'] });
    const page = await browser.get(`/admin/users/${user.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/name="roles" value="mentor" checked/);

    // Two ticked boxes send the same name twice.
    const res = await t.app.request(`/admin/users/${user.id}/roles`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: TEST_ORIGIN,
        cookie: browser.cookieHeader,
      },
      body: 'roles=staff&roles=reviewer',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/admin/users/${user.id}?saved=1`);
    expect(await rolesInDb(user.id)).toEqual(['reviewer', 'staff']);
    expect(await (await browser.get(res.headers.get('location')!)).text()).toContain(
      'Đã lưu vai trò.',
    );

    const audit = await t.database.query<{ actor_label: string; before: unknown; after: unknown }>(
      `select actor_label, before, after from platform_audit_log
        where action = 'identity.role:grant' and entity_type = 'user' and entity_id = $1`,
      [user.id],
    );
    expect(audit).toEqual([
      {
        actor_label: 'quantri@so-khcn.vn',
        before: { roles: ['mentor'] },
        after: { roles: ['staff', 'reviewer'] },
      },
    ]);
    // The safety net added no second, request-level entry.
    const requestLevel = await t.database.query(
      `select 1 from platform_audit_log where action = 'http:POST' and entity_id like '/admin/users/%'`,
    );
    expect(requestLevel).toHaveLength(0);

    // The new staff member now gets into the back office.
    const staff = await signIn(t, user.email);
    expect((await staff.get('/admin')).status).toBe(200);
  });

  it('refuses an unknown role value and an unknown account', async () => {
    const user = await createUser(t, { email: 'khac@example.vn' });
    const bad = await browser.post(`/admin/users/${user.id}/roles`, { roles: 'superuser' });
    expect(bad.status).toBe(422);
    expect(await rolesInDb(user.id)).toEqual([]);
    expect((await browser.get('/admin/users/no-such-id')).status).toBe(404);
    expect((await browser.post('/admin/users/no-such-id/roles', { roles: 'staff' })).status).toBe(
      404,
    );
    expect((await browser.get('/admin/users?page=-1')).status).toBe(422);
  });

  it('refuses an administrator removing their own admin role, changing nothing', async () => {
    const before = await t.database.query('select count(*)::int as n from platform_audit_log');
    const res = await browser.post(`/admin/users/${admin.id}/roles`, { roles: 'staff' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Bạn không thể tự gỡ vai trò quản trị của chính mình.');
    expect(await rolesInDb(admin.id)).toEqual(['admin']);
    const after = await t.database.query('select count(*)::int as n from platform_audit_log');
    expect(after).toEqual(before);
    expect((await browser.get('/admin')).status).toBe(200);
  });

  it('creates a verified administrator from the command line who can log in', async () => {
    const weak = await createAdmin(t.deps, {
      email: 'giamdoc@so-khcn.vn',
      name: 'Giám Đốc',
      password: 'matkhau123',
    });
    expect(weak).toEqual({
      ok: false,
      reason: 'INVALID',
      fields: { password: { key: 'identity.password.common' } },
    });
    expect(
      await createAdmin(t.deps, {
        email: 'giamdoc@so-khcn.vn',
        name: 'Giám Đốc',
        password: 'short',
      }),
    ).toMatchObject({ ok: false, fields: { password: { key: 'validation.tooShort' } } });
    expect(await createAdmin(t.deps, { email: 'giamdoc@so-khcn.vn', name: 'Giám Đốc' })).toEqual({
      ok: false,
      reason: 'PASSWORD_REQUIRED',
    });

    const created = await createAdmin(t.deps, {
      email: 'GiamDoc@so-khcn.vn',
      name: 'Giám Đốc',
      password: 'Pho-bo-tai-chin-2026',
    });
    expect(created).toMatchObject({ ok: true, outcome: 'CREATED', verified: true });
    const [row] = await t.database.query<{ email_verified: boolean }>(
      `select email_verified from identity_users where email = 'giamdoc@so-khcn.vn'`,
    );
    expect(row?.email_verified).toBe(true);
    const [entry] = await t.database.query<{ actor_label: string; after: { roles: string[] } }>(
      `select actor_label, after from platform_audit_log where action = 'identity.admin:create'`,
    );
    expect(entry?.actor_label).toBe('cli');
    expect(entry?.after.roles).toEqual(['admin']);
    // Created verified, so no "verify your e-mail" letter is waiting for them.
    const letters = await t.database.query(
      `select 1 from platform_mail_outbox where "to" = 'giamdoc@so-khcn.vn'`,
    );
    expect(letters).toHaveLength(0);

    const director = new BrowserSession(t.app);
    const login = await director.post('/login?next=/admin/users', {
      email: 'giamdoc@so-khcn.vn',
      password: 'Pho-bo-tai-chin-2026',
    });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/admin/users');
    expect((await director.get('/admin/users')).status).toBe(200);

    const again = await createAdmin(t.deps, { email: 'giamdoc@so-khcn.vn', name: 'X' });
    expect(again).toMatchObject({ ok: true, outcome: 'ALREADY_ADMIN' });
  });

  it('grants admin to an existing account from the command line, keeping its password', async () => {
    const user = await createUser(t, { email: 'pho-giam-doc@so-khcn.vn', roles: ['staff'] });
    const result = await createAdmin(t.deps, { email: user.email, name: 'Phó Giám Đốc' });
    expect(result).toMatchObject({ ok: true, outcome: 'GRANTED', userId: user.id });
    expect(await rolesInDb(user.id)).toEqual(['admin', 'staff']);
    const [entry] = await t.database.query<{ before: unknown; after: unknown }>(
      `select before, after from platform_audit_log
        where action = 'identity.admin:create' and entity_id = $1`,
      [user.id],
    );
    expect(entry).toEqual({ before: { roles: ['staff'] }, after: { roles: ['admin', 'staff'] } });
    expect((await (await signIn(t, user.email)).get('/admin/audit')).status).toBe(200);
  });
});
