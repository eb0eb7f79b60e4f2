import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { authFor } from './services/auth';

const PASSWORD = 'Ca-phe-sua-da-2026';
const KEY_FORMAT = /^ihk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/;

describe.each(testEngines)('API keys on %s', (engine) => {
  let t: TestApp;
  let member: BrowserSession;
  let outsider: BrowserSession;
  let admin: BrowserSession;
  beforeAll(async () => {
    t = await createTestApp(engine);
    member = await signedIn('member@example.vn');
    outsider = await signedIn('outsider@example.vn');
    admin = await signedIn('admin@example.vn', { role: 'admin' });
  });
  afterAll(() => t.close());

  /** A verified account signed in through the real log-in form. */
  async function signedIn(email: string, options: { role?: string; locale?: 'vi' | 'en' } = {}) {
    const { user } = await authFor(t.deps).api.signUpEmail({
      body: { name: `Người dùng ${email}`, email, password: PASSWORD, locale: options.locale },
    });
    await t.database.query(`update identity_users set email_verified = true where id = $1`, [
      user.id,
    ]);
    if (options.role) {
      await t.database.query(`insert into identity_user_roles (user_id, role) values ($1, $2)`, [
        user.id,
        options.role,
      ]);
    }
    const browser = new BrowserSession(t.app);
    const res = await browser.post('/login', { email, password: PASSWORD });
    expect(res.status).toBe(303);
    return browser;
  }

  /** A JSON call from the browser's own page (session cookie, same origin). */
  function sessionJson(
    browser: BrowserSession,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    return t.app.request(path, {
      method,
      headers: {
        cookie: browser.cookieHeader,
        origin: TEST_ORIGIN,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  const withKey = (secret: string, path = '/api/v1/me', init: RequestInit = {}) =>
    t.app.request(path, {
      ...init,
      headers: { authorization: `Bearer ${secret}`, ...(init.headers ?? {}) },
    });

  async function createKey(browser: BrowserSession, body: Record<string, unknown>) {
    const res = await sessionJson(browser, 'POST', '/api/v1/api-keys', body);
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; secret: string; prefix: string; scopes: string[] };
  }

  async function expectProblem(res: Response, status: number, code: string) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { status: number; code: string; detail: string };
    expect(problem).toMatchObject({ status, code });
    return problem;
  }

  it('shows the signed-in caller their account through the session', async () => {
    const res = await sessionJson(member, 'GET', '/api/v1/me');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      email: 'member@example.vn',
      locale: 'vi',
      roles: ['member'],
    });
  });

  it('creates a key whose secret is shown once and stored only as a hash, then uses it', async () => {
    const created = await createKey(member, {
      name: 'Bảng tính báo cáo',
      scopes: ['identity.profile:read:own'],
    });
    expect(created.secret).toMatch(KEY_FORMAT);
    expect(created.secret.slice(4, 12)).toBe(created.prefix);

    const [row] = await t.database.query<Record<string, unknown>>(
      `select * from identity_api_keys where id = $1`,
      [created.id],
    );
    expect(row!.hash).toBe(createHash('sha256').update(created.secret).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(13));

    const me = await withKey(created.secret);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'member@example.vn', roles: ['member'] });

    const list = await sessionJson(member, 'GET', '/api/v1/api-keys');
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: Record<string, unknown>[] };
    const listed = items.find((k) => k.id === created.id)!;
    expect(listed).toMatchObject({ status: 'active', prefix: created.prefix });
    expect(listed.lastUsedAt).toEqual(expect.any(String));
    expect(JSON.stringify(items)).not.toContain(created.secret);
    expect(listed).not.toHaveProperty('hash');
  });

  it('refuses revoked, expired and made-up keys with a 401 problem', async () => {
    const revoked = await createKey(member, {
      name: 'Sắp thu hồi',
      scopes: ['identity.profile:read:own'],
    });
    expect((await withKey(revoked.secret)).status).toBe(200);
    const del = await sessionJson(member, 'DELETE', `/api/v1/api-keys/${revoked.id}`);
    expect(del.status).toBe(204);
    const afterRevoke = await withKey(revoked.secret);
    await expectProblem(afterRevoke, 401, 'UNAUTHENTICATED');
    expect(afterRevoke.headers.get('www-authenticate')).toContain('invalid_token');
    // Revoking again changes nothing.
    expect((await sessionJson(member, 'DELETE', `/api/v1/api-keys/${revoked.id}`)).status).toBe(
      204,
    );

    const inAnHour = new Date(t.deps.clock().getTime() + 3600_000);
    const expiring = await createKey(member, {
      name: 'Ngắn hạn',
      scopes: ['identity.profile:read:own'],
      expiresAt: inAnHour.toISOString(),
    });
    expect((await withKey(expiring.secret)).status).toBe(200);
    const now = t.deps.clock();
    t.setNow(new Date(now.getTime() + 2 * 3600_000));
    try {
      await expectProblem(await withKey(expiring.secret), 401, 'UNAUTHENTICATED');
      const list = await sessionJson(member, 'GET', '/api/v1/api-keys');
      const { items } = (await list.json()) as { items: { id: string; status: string }[] };
      expect(items.find((k) => k.id === expiring.id)!.status).toBe('expired');
    } finally {
      t.setNow(now);
    }

    for (const garbage of ['ihk_garbage', 'ihk_00000000_' + 'A'.repeat(43), 'not-a-key']) {
      const res = await withKey(garbage, '/api/v1/me', { headers: { 'accept-language': 'en' } });
      await expectProblem(res, 401, 'UNAUTHENTICATED');
    }
  });

  it('refuses a key without the scope an operation needs with a 403 problem', async () => {
    const key = await createKey(admin, { name: 'Chỉ nhật ký', scopes: ['audit.log:read'] });
    const problem = await expectProblem(await withKey(key.secret), 403, 'FORBIDDEN');
    expect(problem.detail).toContain('phạm vi');
  });

  it('lets no key list, create or revoke keys: only a browser session may', async () => {
    const key = await createKey(member, {
      name: 'Không quản lý khoá',
      scopes: ['identity.profile:read:own'],
    });
    await expectProblem(await withKey(key.secret, '/api/v1/api-keys'), 403, 'FORBIDDEN');
    const create = await withKey(key.secret, '/api/v1/api-keys', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', scopes: ['identity.profile:read:own'] }),
    });
    await expectProblem(create, 403, 'FORBIDDEN');
    const revoke = await withKey(key.secret, `/api/v1/api-keys/${key.id}`, { method: 'DELETE' });
    await expectProblem(revoke, 403, 'FORBIDDEN');
    expect((await withKey(key.secret)).status).toBe(200);

    const page = await withKey(key.secret, '/account/api-keys');
    expect(page.status).toBe(403);
    const anonymous = await t.app.request('/account/api-keys');
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toBe('/login?next=%2Faccount%2Fapi-keys');
  });

  it('answers malformed JSON with 400 and invalid fields with 422 messages per field', async () => {
    const malformed = await sessionJson(member, 'POST', '/api/v1/api-keys', '{"name": ');
    await expectProblem(malformed, 400, 'BAD_REQUEST');

    const invalid = await sessionJson(member, 'POST', '/api/v1/api-keys', {
      name: '   ',
      scopes: [],
      expiresAt: 'next tuesday',
    });
    const problem = await expectProblem(invalid, 422, 'INVALID');
    expect(problem).toMatchObject({
      title: 'Dữ liệu không hợp lệ',
      errors: [
        { field: 'name', message: 'Vui lòng nhập trường này.' },
        { field: 'scopes', message: 'Vui lòng chọn ít nhất một phạm vi.' },
        { field: 'expiresAt', message: expect.stringContaining('ISO 8601') },
      ],
    });

    const unknownScope = await sessionJson(member, 'POST', '/api/v1/api-keys', {
      name: 'Khoá',
      scopes: ['identity.user:manage'],
    });
    expect(await expectProblem(unknownScope, 422, 'INVALID')).toMatchObject({
      errors: [{ field: 'scopes.0', message: 'Vui lòng chọn một giá trị trong danh sách.' }],
    });

    const past = await sessionJson(member, 'POST', '/api/v1/api-keys', {
      name: 'Khoá',
      scopes: ['identity.profile:read:own'],
      expiresAt: '2001-01-01T00:00:00Z',
    });
    expect(await expectProblem(past, 422, 'INVALID')).toMatchObject({
      errors: [{ field: 'expiresAt', message: 'Ngày hết hạn phải ở tương lai.' }],
    });

    // A member's roles do not grant the audit log, so no key of theirs may carry it.
    const notHeld = await sessionJson(member, 'POST', '/api/v1/api-keys', {
      name: 'Khoá',
      scopes: ['audit.log:read'],
    });
    expect(await expectProblem(notHeld, 422, 'INVALID')).toMatchObject({
      errors: [{ field: 'scopes', message: expect.stringContaining('không có quyền') }],
    });
  });

  it('speaks the caller’s language: the lang cookie, else the account’s language', async () => {
    const body = { name: '', scopes: ['identity.profile:read:own'] };
    const cookie = await sessionJson(member, 'POST', '/api/v1/api-keys', body, {
      cookie: `${member.cookieHeader}; lang=en`,
    });
    expect(await expectProblem(cookie, 422, 'INVALID')).toMatchObject({
      title: 'Invalid input',
      errors: [{ field: 'name', message: 'This field is required.' }],
    });

    const english = await signedIn('english@example.vn', { locale: 'en' });
    const res = await sessionJson(english, 'POST', '/api/v1/api-keys', body, {
      'accept-language': 'en',
    });
    expect(await expectProblem(res, 422, 'INVALID')).toMatchObject({
      errors: [{ field: 'name', message: 'This field is required.' }],
    });
    const anonymous = await t.app.request('/api/v1/me', { headers: { 'accept-language': 'en' } });
    expect(await expectProblem(anonymous, 401, 'UNAUTHENTICATED')).toMatchObject({
      title: 'Sign-in required',
    });
  });

  it('refuses a cross-site write made with the session cookie', async () => {
    const res = await sessionJson(
      member,
      'POST',
      '/api/v1/api-keys',
      { name: 'CSRF', scopes: ['identity.profile:read:own'] },
      { origin: 'https://evil.example' },
    );
    await expectProblem(res, 403, 'CSRF');
  });

  it('answers 404 to an outsider revoking someone else’s key, which keeps working', async () => {
    const key = await createKey(member, {
      name: 'Của thành viên',
      scopes: ['identity.profile:read:own'],
    });
    const res = await sessionJson(outsider, 'DELETE', `/api/v1/api-keys/${key.id}`);
    await expectProblem(res, 404, 'NOT_FOUND');
    const viaForm = await outsider.post(`/account/api-keys/${key.id}/revoke`);
    expect(viaForm.status).toBe(404);
    const [row] = await t.database.query<{ revoked_at: Date | null }>(
      `select revoked_at from identity_api_keys where id = $1`,
      [key.id],
    );
    expect(row!.revoked_at).toBeNull();
    expect((await withKey(key.secret)).status).toBe(200);

    const list = await sessionJson(outsider, 'GET', '/api/v1/api-keys');
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('creates a key from the account page, shows the secret once, and revokes it', async () => {
    const page = await member.get('/account/api-keys');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Khoá API');
    expect(html).toContain('Xem họ tên, e-mail, ngôn ngữ và vai trò');
    // A member may not grant what their roles lack.
    expect(html).not.toContain('value="audit.log:read"');

    const invalid = await member.post('/account/api-keys', { name: '', expiresAt: '2001-01-01' });
    expect(invalid.status).toBe(422);
    const invalidHtml = await invalid.text();
    expect(invalidHtml).toContain('Vui lòng nhập trường này.');
    expect(invalidHtml).toContain('Vui lòng chọn ít nhất một phạm vi.');

    const past = await member.post('/account/api-keys', {
      name: 'Hết hạn rồi',
      scopes: 'identity.profile:read:own',
      expiresAt: '2001-01-01',
    });
    expect(past.status).toBe(422);
    expect(await past.text()).toContain('Ngày hết hạn phải ở tương lai.');

    const created = await member.post('/account/api-keys', {
      name: 'Từ biểu mẫu',
      scopes: 'identity.profile:read:own',
      expiresAt: '2099-12-31',
    });
    expect(created.status).toBe(200);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const createdHtml = await created.text();
    expect(createdHtml).toContain('sẽ không bao giờ hiển thị lại');
    const secret = /id="api-key-secret"[^>]*value="([^"]+)"/.exec(createdHtml)?.[1] ?? '';
    expect(secret).toMatch(KEY_FORMAT);

    const me = await withKey(secret);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'member@example.vn' });

    const again = await (await member.get('/account/api-keys')).text();
    expect(again).not.toContain(secret);
    expect(again).toContain(`ihk_${secret.slice(4, 12)}_…`);
    expect(again).toContain('Từ biểu mẫu');
    expect(again).toContain('31/12/2099 23:59');

    const [row] = await t.database.query<{ id: string; expires_at: Date }>(
      `select id, expires_at from identity_api_keys where prefix = $1`,
      [secret.slice(4, 12)],
    );
    expect(new Date(row!.expires_at).toISOString()).toBe('2099-12-31T16:59:59.999Z');

    const revoke = await member.post(`/account/api-keys/${row!.id}/revoke`);
    expect(revoke.status).toBe(303);
    expect(revoke.headers.get('location')).toBe('/account/api-keys?revoked=1');
    expect(await (await member.get('/account/api-keys?revoked=1')).text()).toContain(
      'Đã thu hồi khoá',
    );
    await expectProblem(await withKey(secret), 401, 'UNAUTHENTICATED');
  });

  it('audits keys created and revoked by staff and administrators, not by members', async () => {
    const key = await createKey(admin, {
      name: 'Khoá quản trị',
      scopes: ['identity.profile:read:own', 'audit.log:read'],
    });
    expect((await sessionJson(admin, 'DELETE', `/api/v1/api-keys/${key.id}`)).status).toBe(204);
    const rows = await t.database.query<{ action: string; after: Record<string, unknown> }>(
      `select action, after from platform_audit_log where entity_id = $1 order by action`,
      [key.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['identity.apiKey:create', 'identity.apiKey:revoke']);
    expect(rows[0]!.after).toMatchObject({ name: 'Khoá quản trị', prefix: key.prefix });
    expect(JSON.stringify(rows)).not.toContain(key.secret);

    const own = await createKey(member, {
      name: 'Không kiểm toán',
      scopes: ['identity.profile:read:own'],
    });
    const none = await t.database.query(`select 1 from platform_audit_log where entity_id = $1`, [
      own.id,
    ]);
    expect(none).toHaveLength(0);
  });
});
