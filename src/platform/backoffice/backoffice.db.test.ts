import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { recordAudit } from '../audit';
import type { Actor } from '../authz';
import type { BrowserSession as Browser } from '../../../test/support/browser-session';

describe.each(testEngines)('back office on %s', (engine) => {
  let t: TestApp;
  let admin: Browser;
  let staff: Browser;
  let member: Browser;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'admin@so-khcn.vn', roles: ['admin'] });
    await createUser(t, { email: 'staff@so-khcn.vn', roles: ['staff'] });
    await createUser(t, { email: 'member@example.vn' });
    admin = await signIn(t, 'admin@so-khcn.vn');
    staff = await signIn(t, 'staff@so-khcn.vn');
    member = await signIn(t, 'member@example.vn');
  });
  afterAll(() => t.close());

  it('sends an anonymous visitor to log in and back', async () => {
    const res = await new BrowserSession(t.app).get('/admin');
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!, 'http://x');
    expect(location.pathname).toBe('/login');
    expect(location.searchParams.get('next')).toBe('/admin');
  });

  it('refuses a member, lets staff in to the dashboard only, and shows an admin everything', async () => {
    expect((await member.get('/admin')).status).toBe(404);

    const staffHome = await staff.get('/admin');
    expect(staffHome.status).toBe(200);
    const staffHtml = await staffHome.text();
    expect(staffHtml).toContain('Tổng quan quản trị');
    expect(staffHtml).not.toContain('href="/admin/audit"');
    for (const path of ['/admin/audit', '/admin/outbox', '/admin/users']) {
      expect((await staff.get(path)).status, path).toBe(404);
    }

    const adminHome = await admin.get('/admin');
    expect(adminHome.status).toBe(200);
    const html = await adminHome.text();
    expect(html).toMatch(/data-stat="users">3</);
    expect(html).toMatch(/data-stat="verifiedUsers">3</);
    for (const link of ['/admin/users', '/admin/audit', '/admin/outbox']) {
      expect(html).toContain(`href="${link}"`);
    }
  });

  it('filters the audit log by action prefix and by Vietnamese days, newest first', async () => {
    const actor: Actor = {
      kind: 'user',
      user: {
        id: 'u-1',
        name: 'Lan',
        email: 'lan@so-khcn.vn',
        locale: 'vi',
        twoFactorEnabled: false,
      },
      roles: new Set(['staff', 'member']),
    };
    const db = t.deps.database.db;
    await recordAudit(
      db,
      { actor },
      {
        action: 'programs.call:publish',
        entityType: 'call',
        entityId: 'c-1',
        before: { status: 'draft' },
        after: { status: 'open', title: '<b>Ươm tạo 2026</b>' },
      },
    );
    await recordAudit(
      db,
      { actor },
      { action: 'programs.call:close', entityType: 'call', entityId: 'c-1' },
    );
    await recordAudit(db, { actor }, { action: 'events.event:create', entityType: 'event' });
    // 23:30 on 30/06/2025 and 00:30 on 01/07/2025, Vietnam time.
    await t.database.query(
      `update platform_audit_log set at = '2025-06-30T16:30:00Z' where action = 'programs.call:publish'`,
    );
    await t.database.query(
      `update platform_audit_log set at = '2025-06-30T17:30:00Z' where action = 'programs.call:close'`,
    );

    const byAction = await admin.get('/admin/audit?action=programs.');
    expect(byAction.status).toBe(200);
    const html = await byAction.text();
    expect(html).toContain('programs.call:publish');
    expect(html).toContain('programs.call:close');
    expect(html).not.toContain('events.event:create');
    expect(html.indexOf('programs.call:close')).toBeLessThan(html.indexOf('programs.call:publish'));
    expect(html).toContain('01/07/2025 00:30');
    expect(html).toContain('lan@so-khcn.vn');
    // before/after pretty-printed and escaped
    expect(html).toContain('&quot;status&quot;: &quot;draft&quot;');
    expect(html).toContain('&lt;b&gt;Ươm tạo 2026&lt;/b&gt;');
    expect(html).not.toContain('<b>Ươm');
    expect(html).toContain('Trang 1/1 · 2 kết quả');

    const july = await (await admin.get('/admin/audit?action=programs.&from=01/07/2025')).text();
    expect(july).toContain('programs.call:close');
    expect(july).not.toContain('programs.call:publish');
    const june = await (await admin.get('/admin/audit?from=30/06/2025&to=30/06/2025')).text();
    expect(june).toContain('programs.call:publish');
    expect(june).not.toContain('programs.call:close');

    const byEntity = await (await admin.get('/admin/audit?entityType=event')).text();
    expect(byEntity).toContain('events.event:create');
    expect(byEntity).not.toContain('programs.call');
    const nobody = await (await admin.get('/admin/audit?actor=nobody%25')).text();
    expect(nobody).toContain('Không có kết quả nào khớp với bộ lọc.');
  });

  it('answers an invalid date with 422 and a message in Vietnamese', async () => {
    const res = await admin.get('/admin/audit?from=31/02/2026&to=hôm%20qua');
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Ngày không hợp lệ. Hãy nhập theo dạng dd/mm/yyyy');
    expect(html).toContain('id="from-error"');
    expect(html).toContain('id="to-error"');
    expect(html).toContain('value="31/02/2026"');

    const page = await admin.get('/admin/audit?page=abc');
    expect(page.status).toBe(422);
    expect(await page.text()).toContain('Số trang không hợp lệ.');
  });

  it('lists a mail kept without SMTP and shows its full text, on the record', async () => {
    await t.deps.mail.queue(t.database.db, {
      to: 'chu-tich@startup.vn',
      subject: 'Hồ sơ của bạn đã được tiếp nhận',
      text: 'Xin chào,\nHồ sơ <ƯT-2026-017> đã được tiếp nhận.\nTrân trọng',
      template: 'programs.received',
    });
    const list = await admin.get('/admin/outbox?status=kept');
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain('chu-tich@startup.vn');
    expect(html).toContain('Lưu giữ (chưa có SMTP)');
    const id = /href="\/admin\/outbox\/([0-9a-f-]{36})"/.exec(html)?.[1];
    expect(id).toBeDefined();

    const sent = await (await admin.get('/admin/outbox?status=sent')).text();
    expect(sent).not.toContain('chu-tich@startup.vn');
    expect(sent).toContain('Không có kết quả nào khớp với bộ lọc.');
    expect((await admin.get('/admin/outbox?status=lost')).status).toBe(422);

    const one = await admin.get(`/admin/outbox/${id}`);
    expect(one.status).toBe(200);
    const text = await one.text();
    expect(text).toContain('Xin chào,\nHồ sơ &lt;ƯT-2026-017&gt; đã được tiếp nhận.');
    const [read] = await t.database.query<{ actor_label: string }>(
      `select actor_label from platform_audit_log where action = 'mail.message:read' and entity_id = $1`,
      [id],
    );
    expect(read?.actor_label).toBe('admin@so-khcn.vn');

    expect((await admin.get('/admin/outbox/not-a-uuid')).status).toBe(404);
    expect((await admin.get('/admin/outbox/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
  });
});
