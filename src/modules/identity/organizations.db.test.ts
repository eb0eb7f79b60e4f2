import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { linkIn, startMailbox, type Mailbox } from '../../../test/support/mailbox';
import { grantRole } from './db/users.repository';
import { slugify } from './services/organization-slug';

const PASSWORD = 'Ca-phe-sua-da-2026';

describe('organisation slugs', () => {
  it('are lower-case ASCII with Vietnamese diacritics removed and đ as d', () => {
    expect(slugify('Công ty Đổi mới Sáng tạo Huế')).toBe('cong-ty-doi-moi-sang-tao-hue');
    expect(slugify('  ĐẠI HỌC   Bách khoa!! ')).toBe('dai-hoc-bach-khoa');
    expect(slugify('Nhóm #1 — AI & IoT')).toBe('nhom-1-ai-iot');
    expect(slugify('!!!')).toBe('org');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
  });
});

describe.each(testEngines)('organisations on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let owner: BrowserSession;
  let orgId = '';
  let orgPath = '';
  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    owner = await registerAndVerify('chu@example.vn', 'Nguyễn Văn Chủ');
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  async function registerAndVerify(email: string, name: string) {
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

  const q = <T>(sql: string, params: unknown[] = []) => t.database.query<T>(sql, params);
  const memberIdOf = async (email: string) =>
    (
      await q<{ id: string }>(
        `select m.id from identity_members m join identity_users u on u.id = m.user_id
         where u.email = $1 and m.organization_id = $2`,
        [email, orgId],
      )
    )[0]?.id;
  const invitationCount = async () =>
    (
      await q<{ n: number }>(
        'select count(*)::int as n from identity_invitations where organization_id = $1',
        [orgId],
      )
    )[0]!.n;

  /** Invites through the page and returns the link of the mail that arrives. */
  async function invite(email: string, role: string) {
    const res = await owner.post(`${orgPath}/invitations`, { email, role });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${orgPath}?done=invited`);
    return new URL(linkIn(await mailbox.latestTo(email.toLowerCase()), '/invitations/'));
  }

  it('creates an organisation with its owner and a slug from the name, made unique', async () => {
    const empty = await owner.post('/account/organizations', { name: ' ' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('href="#name"');

    const res = await owner.post('/account/organizations', { name: 'Công ty Đổi mới Huế' });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/account\/organizations\/[\w-]+\?done=created$/);
    orgPath = location.split('?')[0]!;
    orgId = orgPath.split('/').pop()!;

    const twin = await owner.post('/account/organizations', { name: 'Công ty đổi mới HUẾ' });
    expect(twin.status).toBe(303);
    const slugs = await q<{ slug: string }>(
      'select slug from identity_organizations order by slug',
    );
    expect(slugs.map((r) => r.slug)).toEqual(['cong-ty-doi-moi-hue', 'cong-ty-doi-moi-hue-2']);

    const page = await (await owner.get(location)).text();
    expect(page).toContain('Đã tạo tổ chức');
    expect(page).toContain('Vai trò của bạn: Chủ sở hữu');
    const list = await (await owner.get('/account/organizations')).text();
    expect(list).toContain(`href="${orgPath}"`);
    expect(list).toContain('cong-ty-doi-moi-hue-2');
  });

  it('owner invites by e-mail; the invitee registers, follows the mailed link, accepts and is a member', async () => {
    const link = await invite('Moi@Example.vn', 'admin');
    const mail = await mailbox.latestTo('moi@example.vn');
    expect(mail.subject).toBe('Lời mời tham gia Công ty Đổi mới Huế trên InnoHub');
    expect(mail.text).toContain('Nguyễn Văn Chủ');
    const pending = await (await owner.get(orgPath)).text();
    expect(pending).toContain('moi@example.vn');
    expect(pending).toContain('Lời mời đang chờ');

    const anonymous = await new BrowserSession(t.app).get(link.pathname);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toBe(
      `/login?next=${encodeURIComponent(link.pathname)}`,
    );

    const invitee = await registerAndVerify('moi@example.vn', 'Trần Thị Mới');
    const list = await (await invitee.get('/account/organizations')).text();
    expect(list).toContain(`href="${link.pathname}"`);
    const shown = await invitee.get(link.pathname);
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain(
      'Nguyễn Văn Chủ mời bạn tham gia Công ty Đổi mới Huế với vai trò Quản trị',
    );
    expect(html).toContain(`action="${link.pathname}/accept"`);

    const accepted = await invitee.post(`${link.pathname}/accept`);
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe(`${orgPath}?done=joined`);
    const orgPage = await (await invitee.get(`${orgPath}?done=joined`)).text();
    expect(orgPage).toContain('Bạn đã tham gia tổ chức');
    expect(orgPage).toContain('Trần Thị Mới');
    const [member] = await q<{ role: string }>(
      `select m.role from identity_members m join identity_users u on u.id = m.user_id
       where u.email = 'moi@example.vn' and m.organization_id = $1`,
      [orgId],
    );
    expect(member).toEqual({ role: 'admin' });

    const again = await invitee.get(link.pathname);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('không còn hiệu lực');
    const twice = await invitee.post(`${link.pathname}/accept`);
    expect(twice.status).toBe(409);
  });

  it('an outsider gets 404 on the organisation, its forms and an invitation to someone else', async () => {
    const link = await invite('khach@example.vn', 'member');
    const outsider = await registerAndVerify('ngoai@example.vn', 'Người Ngoài');
    const before = await invitationCount();
    const adminMember = await memberIdOf('moi@example.vn');

    expect((await outsider.get(orgPath)).status).toBe(404);
    const posts: [string, Record<string, string>][] = [
      [`${orgPath}/invitations`, { email: 'spam@example.vn', role: 'member' }],
      [`${orgPath}/members/${adminMember}/role`, { role: 'member' }],
      [`${orgPath}/members/${adminMember}/remove`, {}],
      [`${orgPath}/invitations/${link.pathname.split('/').pop()}/cancel`, {}],
    ];
    for (const [path, fields] of posts) {
      expect((await outsider.post(path, fields)).status, path).toBe(404);
    }
    expect((await outsider.get(link.pathname)).status).toBe(404);
    expect((await outsider.post(`${link.pathname}/accept`)).status).toBe(404);
    expect((await outsider.post(`${link.pathname}/decline`)).status).toBe(404);

    expect(await invitationCount()).toBe(before);
    const [adminRow] = await q<{ role: string }>(
      'select role from identity_members where id = $1',
      [adminMember],
    );
    expect(adminRow).toEqual({ role: 'admin' });
    const [invitation] = await q<{ status: string }>(
      'select status from identity_invitations where email = $1',
      ['khach@example.vn'],
    );
    expect(invitation).toEqual({ status: 'pending' });
    expect(await (await outsider.get('/account/organizations')).text()).not.toContain(orgPath);
  });

  it('a plain member sees the members but cannot invite, change roles or remove', async () => {
    const link = await invite('thuong@example.vn', 'member');
    const member = await registerAndVerify('thuong@example.vn', 'Lê Thường');
    expect((await member.post(`${link.pathname}/accept`)).status).toBe(303);

    const page = await member.get(orgPath);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Nguyễn Văn Chủ');
    expect(html).not.toContain(`action="${orgPath}/invitations"`);
    expect(html).not.toContain('khach@example.vn');

    const before = await invitationCount();
    const invited = await member.post(`${orgPath}/invitations`, {
      email: 'ban-be@example.vn',
      role: 'member',
    });
    expect(invited.status).toBe(403);
    expect(await invitationCount()).toBe(before);
    const ownerMember = await memberIdOf('chu@example.vn');
    expect(
      (await member.post(`${orgPath}/members/${ownerMember}/role`, { role: 'member' })).status,
    ).toBe(403);
    expect((await member.post(`${orgPath}/members/${ownerMember}/remove`)).status).toBe(403);
    const [ownerRow] = await q<{ role: string }>(
      'select role from identity_members where id = $1',
      [ownerMember],
    );
    expect(ownerRow).toEqual({ role: 'owner' });
  });

  it('managers change roles, remove members and cancel invitations; the last owner stays', async () => {
    const thuong = (await memberIdOf('thuong@example.vn'))!;
    const promoted = await owner.post(`${orgPath}/members/${thuong}/role`, { role: 'admin' });
    expect(promoted.status).toBe(303);
    expect(promoted.headers.get('location')).toBe(`${orgPath}?done=roleChanged`);

    const bogusRole = await owner.post(`${orgPath}/members/${thuong}/role`, { role: 'king' });
    expect(bogusRole.status).toBe(422);

    const ownerMember = (await memberIdOf('chu@example.vn'))!;
    const lastOwner = await owner.post(`${orgPath}/members/${ownerMember}/role`, {
      role: 'member',
    });
    expect(lastOwner.status).toBe(409);
    expect(await lastOwner.text()).toContain('cần ít nhất một chủ sở hữu');

    // An admin may not touch the owner.
    const admin = new BrowserSession(t.app);
    await admin.post('/login', { email: 'moi@example.vn', password: PASSWORD });
    const adminPage = await (await admin.get(orgPath)).text();
    expect(adminPage).toContain(`action="${orgPath}/invitations"`);
    expect(adminPage).not.toContain('<option value="owner"');
    expect((await admin.post(`${orgPath}/members/${ownerMember}/remove`)).status).toBe(403);
    const ownerInvite = await admin.post(`${orgPath}/invitations`, {
      email: 'x@example.vn',
      role: 'owner',
    });
    expect(ownerInvite.status).toBe(422);

    const removed = await admin.post(`${orgPath}/members/${thuong}/remove`);
    expect(removed.status).toBe(303);
    expect(await memberIdOf('thuong@example.vn')).toBeUndefined();

    const [pending] = await q<{ id: string }>(
      'select id from identity_invitations where email = $1',
      ['khach@example.vn'],
    );
    const canceled = await owner.post(`${orgPath}/invitations/${pending!.id}/cancel`);
    expect(canceled.status).toBe(303);
    const [row] = await q<{ status: string }>(
      'select status from identity_invitations where id = $1',
      [pending!.id],
    );
    expect(row).toEqual({ status: 'canceled' });
    expect(await (await owner.get(orgPath)).text()).not.toContain('khach@example.vn');
  });

  it('refuses a duplicate invitation with a field message, and the invitee may decline', async () => {
    const link = await invite('tu-choi@example.vn', 'member');
    const dup = await owner.post(`${orgPath}/invitations`, {
      email: 'tu-choi@example.vn',
      role: 'member',
    });
    expect(dup.status).toBe(422);
    expect(await dup.text()).toContain('đã có lời mời đang chờ');
    const already = await owner.post(`${orgPath}/invitations`, {
      email: 'moi@example.vn',
      role: 'member',
    });
    expect(already.status).toBe(422);
    expect(await already.text()).toContain('đã là thành viên');
    const badEmail = await owner.post(`${orgPath}/invitations`, { email: 'no', role: 'member' });
    expect(badEmail.status).toBe(422);

    const invitee = await registerAndVerify('tu-choi@example.vn', 'Võ Từ Chối');
    const declined = await invitee.post(`${link.pathname}/decline`);
    expect(declined.status).toBe(303);
    expect(declined.headers.get('location')).toBe('/account/organizations?done=declined');
    const [row] = await q<{ status: string }>(
      'select status from identity_invitations where email = $1',
      ['tu-choi@example.vn'],
    );
    expect(row).toEqual({ status: 'rejected' });
    expect(await memberIdOf('tu-choi@example.vn')).toBeUndefined();
  });

  it('audits what staff do in organisations', async () => {
    const staff = await registerAndVerify('can-bo@example.vn', 'Cán Bộ');
    const [user] = await q<{ id: string }>('select id from identity_users where email = $1', [
      'can-bo@example.vn',
    ]);
    await grantRole(t.database.db, user!.id, 'staff');
    const res = await staff.post('/account/organizations', { name: 'Vườn ươm Tỉnh' });
    expect(res.status).toBe(303);
    const rows = await q<{ action: string; after: { slug: string } }>(
      `select action, after from platform_audit_log where actor_id = $1`,
      [user!.id],
    );
    expect(rows).toEqual([
      {
        action: 'identity.organization:create',
        after: { name: 'Vườn ươm Tỉnh', slug: 'vuon-uom-tinh' },
      },
    ]);
  });
});
