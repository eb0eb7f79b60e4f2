// The back-office's registrants tools: the list a page at a time, the whole list as XLSX with
// the answers to the event's questions, registrations awaiting approval in "work waiting", and
// a co-organiser's members managing their event's registrants (list, export, approve) and no
// other event's.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/support/actors';
import type { TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import type { Mailbox } from '../../../test/support/mailbox';
import type { Actor } from '../../platform/authz';
import { registerMember } from './services/register';
import {
  createMember,
  manageOrganization,
  openCentre,
  publishEvent,
  questionsForm,
  register,
  seedOrganization,
  type TestEvent,
} from './testing/back-office';

const MEMBERS = 53;

const COMPANY = {
  id: 'company',
  kind: 'short_text',
  labelVi: 'Tên doanh nghiệp',
  labelEn: 'Company',
};
const STAFF_SIZE = { id: 'staff', kind: 'number', labelVi: 'Số nhân viên', labelEn: 'Staff' };

const memberActor = (i: number, name: string, email: string): Actor => ({
  kind: 'user',
  user: { id: `member-${i}`, name, email, locale: 'vi', twoFactorEnabled: false },
  roles: new Set(['member']),
});

describe.each(testEngines)('registrants tools on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: BrowserSession;
  let coOrganizer: BrowserSession;
  let event: TestEvent;
  let other: TestEvent;

  async function sheetRows(res: Response) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    return rows;
  }

  beforeAll(async () => {
    ({ t, mailbox, staff } = await openCentre(engine));
    const partner = await seedOrganization(t, {
      slug: 'dai-hoc-da-lat',
      name: 'Đại học Đà Lạt',
      kind: 'university',
    });
    await createMember(t, { email: 'giang@dhdl.example', name: 'Giang' });
    await manageOrganization(t, partner, 'giang@dhdl.example');
    coOrganizer = await signIn(t, 'giang@dhdl.example');
    event = await publishEvent(staff, {
      slug: 'ngay-hoi-khoi-nghiep',
      title: 'Ngày hội khởi nghiệp',
      organizers: 'trung-tam\ndai-hoc-da-lat',
      startsAt: '2026-12-20T08:00',
      tickets: [
        ['Chung', 100],
        ['Nhà đầu tư', 5, 'approval'],
      ],
    });
    other = await publishEvent(staff, {
      slug: 'ca-phe-cong-nghe',
      title: 'Cà phê công nghệ',
      organizers: 'trung-tam',
      startsAt: '2026-12-22T08:00',
      tickets: [['Chung', 10]],
    });
    const questions = `${event.base}/questions`;
    const version = /name="version" value="(\d+)"/.exec(
      await (await staff.get(questions)).text(),
    )![1]!;
    expect(
      (await staff.post(questions, { version, ...questionsForm([COMPANY, STAFF_SIZE]) })).status,
    ).toBe(303);
    const [general, investors] = event.ticketTypes;
    for (let i = 1; i <= MEMBERS; i += 1) {
      const email = `nguoi${i}@mail.example`;
      const name = `Người ${String(i).padStart(2, '0')}`;
      // As the one-step form registers a signed-in member (registration.db.test.ts walks the form).
      const registered = await registerMember(
        t.deps,
        { actor: memberActor(i, name, email) },
        {
          slug: 'ngay-hoi-khoi-nghiep',
          ticketTypeId: i <= 2 ? investors! : general!,
          idempotencyKey: `registration-key-${i}`,
          locale: 'vi',
          posted: { 'a.company': `Công ty ${i}`, 'a.staff': String(i * 10) },
        },
      );
      expect(registered.ok).toBe(true);
    }
    const third = await createMember(t, { email: 'nguoi3@khac.example', name: 'Người khác' });
    await register(third.browser, other, other.ticketTypes[0]!);
  }, 300_000); // 53 registrations on a shared machine
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  it('lists the registrants 50 a page, in arrival order, with page links', async () => {
    const first = await (await staff.get(`${event.base}/registrations`)).text();
    expect(first).toContain('Người 01');
    expect(first).toContain('Người 50');
    expect(first).not.toContain('Người 51');
    expect(first).toContain(`${event.base}/registrations?page=2`);
    const second = await (await staff.get(`${event.base}/registrations?page=2`)).text();
    expect(second).toContain('Người 53');
    expect(second).not.toContain('Người 50<');
    const mistyped = await staff.get(`${event.base}/registrations?page=abc`);
    expect(mistyped.status).toBe(200);
  });

  it('exports every registrant as XLSX, numbers as numbers', async () => {
    const res = await staff.get(`${event.base}/registrations.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const rows = await sheetRows(res);
    const people = rows.filter((r) => typeof r[0] === 'number');
    expect(people).toHaveLength(MEMBERS);
    const header = rows.find((r) => r[0] === 'STT')!;
    expect(header.slice(-2)).toEqual(['Tên doanh nghiệp', 'Số nhân viên']);
    expect(people[0]!.slice(0, 6)).toEqual([
      1,
      'Người 01',
      'nguoi1@mail.example',
      '', // no organisation given: only a guest list gives one (guest-import.db.test.ts)
      'Nhà đầu tư',
      'Chờ duyệt',
    ]);
    expect(people[0]!.slice(-2)).toEqual(['Công ty 1', 10]);
    expect(people[52]![1]).toBe('Người 53');
    expect(people[52]!.slice(-2)).toEqual(['Công ty 53', 530]);
  });

  it('shows registrations awaiting approval as work waiting, for staff and the co-organiser', async () => {
    const admin = await (await staff.get('/admin')).text();
    expect(admin).toContain('2 đăng ký sự kiện chờ duyệt');
    expect(admin).toContain(`${event.base}/registrations?status=pending`);
    const account = await (await coOrganizer.get('/account')).text();
    expect(account).toContain('2 đăng ký sự kiện chờ duyệt');
  });

  it("a co-organiser's member manages that event's registrants and no other's", async () => {
    expect((await coOrganizer.get(`${event.base}/registrations`)).status).toBe(200);
    expect((await coOrganizer.get(`${event.base}/registrations.xlsx`)).status).toBe(200);
    const pending = await (
      await coOrganizer.get(`${event.base}/registrations?status=pending`)
    ).text();
    const id = /registrations\/([0-9a-f-]{36})\/decide/.exec(pending)![1]!;
    const approved = await coOrganizer.post(`${event.base}/registrations/${id}/decide`, {
      decision: 'approve',
    });
    expect(approved.status).toBe(303);
    for (const path of ['/registrations', '/registrations.xlsx', '/figures'])
      expect((await coOrganizer.get(`${other.base}${path}`)).status).toBe(404);
    const [row] = await t.database.query<{ id: string }>(
      `select id from events_registrations where event_id = $1`,
      [other.id],
    );
    const refused = await coOrganizer.post(`${other.base}/registrations/${row!.id}/decide`, {
      decision: 'reject',
    });
    expect(refused.status).toBe(404);
    const [seat] = await t.database.query<{ status: string }>(
      `select s.status from platform_reservations s join events_registrations r on r.reservation_id = s.id where r.id = $1`,
      [row!.id],
    );
    expect(seat!.status).toBe('confirmed');
    // The event's own back-office (edit, publish, tickets) stays the centre's.
    expect((await coOrganizer.get(event.base)).status).toBe(404);
  });

  it('a member who organises nothing, or a visitor, gets none of it', async () => {
    const member = await signIn(t, 'nguoi3@khac.example');
    expect((await member.get(`${event.base}/registrations`)).status).toBe(404);
    expect((await member.get(`${event.base}/registrations.xlsx`)).status).toBe(404);
    const visitor = await t.app.request(`${event.base}/registrations.xlsx`, { redirect: 'manual' });
    expect([302, 303, 401]).toContain(visitor.status);
  });
});
