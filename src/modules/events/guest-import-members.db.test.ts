// A guest list that names members (issue 13, item 7): a row whose e-mail is a member account's
// verified address registers that member as registerMember would — linked to the account, in its
// language, holding the account's seat, under the name the list gives (an organiser's list never
// learns an account's name) — so the member finds the ticket on the event's page; any other row
// registers a guest. Nobody the event already has is registered twice: not by the same e-mail,
// whether a guest's or a member's registration, nor by the member's account under the address it
// had when it registered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import {
  createMember,
  publishEvent,
  register,
  seedOrganization,
  type TestEvent,
  signInStaff,
} from './testing/back-office';

const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? '';

describe.each(testEngines)('a guest list naming members on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let event: TestEvent;
  let importPath: string;
  let ha: { id: string; browser: BrowserSession };
  let khoa: { id: string; browser: BrowserSession };
  let minh: { id: string; browser: BrowserSession };

  const preview = async (csv: string) => {
    const form = new FormData();
    form.append('file', new File([new TextEncoder().encode(csv)], 'khach-moi.csv'));
    const res = await staff.postMultipart(importPath, form);
    expect(res.status).toBe(200);
    return res.text();
  };
  const confirm = async (previewed: string) =>
    staff.post(`${importPath}/confirm`, {
      file: hidden(previewed, 'file'),
      key: hidden(previewed, 'key'),
    });
  /** The registrations of the account with this address, or of the address itself. */
  const registrationsOf = async (email: string) => {
    const [row] = await t.database.query<{ n: number }>(
      `select count(*)::int as n from events_registrations
        where email = $1 or account_id = (select id from identity_users where email = $1)`,
      [email],
    );
    return row!.n;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-12-01T03:00:00Z'));
    staff = await signInStaff(t);
    await seedOrganization(t, { slug: 'trung-tam', name: 'Trung tâm ĐMST', kind: 'support_org' });
    event = await publishEvent(staff, {
      slug: 'ca-phe-cong-nghe',
      title: 'Cà phê công nghệ',
      organizers: 'trung-tam',
      startsAt: '2026-12-20T08:00',
      tickets: [
        ['Chung', 10],
        ['Báo chí', 10],
      ],
    });
    importPath = `${event.base}/registrations/import`;
    // Hà registered and cancelled; Khoa never registered and reads English.
    ha = await createMember(t, { email: 'ha@thanhvien.example', name: 'Nguyễn Thu Hà' });
    await register(ha.browser, event, event.ticketTypes[0]!);
    expect((await ha.browser.post(`${event.page}/cancel`, {})).status).toBe(303);
    khoa = await createMember(t, { email: 'khoa@thanhvien.example', name: 'Trần Đăng Khoa' });
    await t.database.query(`update identity_users set locale = 'en' where id = $1`, [khoa.id]);
    // Minh registered as a member, then changed the account's address.
    minh = await createMember(t, { email: 'minh-cu@thanhvien.example', name: 'Lê Minh' });
    await register(minh.browser, event, event.ticketTypes[0]!);
    await t.database.query(`update identity_users set email = $1 where id = $2`, [
      'minh@thanhvien.example',
      minh.id,
    ]);
    // Lan, a member, registered as a guest while signed out (her e-mail not confirmed yet).
    await createMember(t, { email: 'lan@thanhvien.example', name: 'Phạm Lan' });
    await register(new BrowserSession(t.app), event, event.ticketTypes[1]!, {
      name: 'Lan',
      email: 'lan@thanhvien.example',
    });
    // An account whose address was never verified is nobody's yet.
    const vo = await createUser(t, { email: 'vo@chuaxacminh.example', name: 'Võ Chưa Xác Minh' });
    await t.database.query(`update identity_users set email_verified = false where id = $1`, [
      vo.id,
    ]);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('registers a member’s e-mail as that member, and nobody the event already has', async () => {
    const previewed = await preview(
      [
        'Họ tên,Email,Loại vé,Tổ chức',
        'Hà,HA@thanhvien.example,Chung,Sở KH&CN',
        'Khoa,khoa@thanhvien.example,Báo chí,',
        'Minh,minh@thanhvien.example,Báo chí,',
        'Lan,lan@thanhvien.example,,',
        'Võ,vo@chuaxacminh.example,,',
        'Khách,khach@ngoai.example,,',
      ].join('\n'),
    );
    expect(previewed).toContain('4 trong 6 dòng sẽ được nhập');
    expect(previewed.match(/Email này đã đăng ký sự kiện/g)).toHaveLength(2);
    const done = await confirm(previewed);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain(
      'Có chỗ: 4; vào danh sách chờ: 0; hết chỗ, chưa đăng ký: 0; bỏ qua: 2.',
    );
    const imported = await t.database.query(
      `select r.email, r.name, r.account_id as "account", r.locale, r.organization,
              p.account_id as "seatAccount", p.holder_key as "holder", p.status
         from events_registrations r join platform_reservations p on p.id = r.reservation_id
        where r.idempotency_key like 'import:%' order by r.email`,
    );
    expect(imported).toEqual([
      {
        email: 'ha@thanhvien.example',
        name: 'Hà',
        account: ha.id,
        locale: 'vi',
        organization: 'Sở KH&CN',
        seatAccount: ha.id,
        holder: `account:${ha.id}`,
        status: 'confirmed',
      },
      {
        email: 'khach@ngoai.example',
        name: 'Khách',
        account: null,
        locale: 'vi',
        organization: '',
        seatAccount: null,
        holder: 'email:khach@ngoai.example',
        status: 'confirmed',
      },
      {
        email: 'khoa@thanhvien.example',
        name: 'Khoa',
        account: khoa.id,
        locale: 'en',
        organization: '',
        seatAccount: khoa.id,
        holder: `account:${khoa.id}`,
        status: 'confirmed',
      },
      {
        email: 'vo@chuaxacminh.example',
        name: 'Võ',
        account: null,
        locale: 'vi',
        organization: '',
        seatAccount: null,
        holder: 'email:vo@chuaxacminh.example',
        status: 'confirmed',
      },
    ]);
    // The members find their tickets on the event's page, as if they had registered themselves.
    for (const member of [ha, khoa]) {
      const page = await (await member.browser.get(event.page)).text();
      expect(page).toMatch(/Bạn đã có chỗ tại sự kiện\.|You have a seat at the event\./);
    }
    // Minh (by the account) and Lan (by the e-mail) keep their one registration each.
    expect(await registrationsOf('minh@thanhvien.example')).toBe(1);
    expect(await registrationsOf('lan@thanhvien.example')).toBe(1);
  });

  it('does not register again a member who registered between the preview and its confirmation', async () => {
    const phong = await createMember(t, { email: 'phong@thanhvien.example', name: 'Đỗ Phong' });
    const previewed = await preview('Họ tên,Email\nPhong,phong@thanhvien.example\n');
    expect(previewed).toContain('1 trong 1 dòng sẽ được nhập');
    await register(phong.browser, event, event.ticketTypes[1]!);
    const done = await confirm(previewed);
    expect(await done.text()).toContain('Có chỗ: 0; vào danh sách chờ: 0;');
    expect(await registrationsOf('phong@thanhvien.example')).toBe(1);
  });
});
