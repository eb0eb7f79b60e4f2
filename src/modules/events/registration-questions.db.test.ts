// Registration with questions and approval, as staff and registrants live it: staff ask two
// questions with the programmes' form builder (an attachment question is refused, a stale save
// too); registration is refused before it opens, with the time; a member must answer the required
// question, in either language; the investors' ticket type asks approval: registrations wait, staff
// approve (the ticket is mailed once, however often they click) or reject (the registrant is told
// and the seat goes to the first in line, who claims it and waits for approval in turn).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { linkIn, type Mailbox } from '../../../test/support/mailbox';
import {
  addTicketTypes,
  createEvent,
  openBackOffice,
  publishDraft,
  questionsForm,
  signInMembers,
} from './testing/back-office';

const STAFF = '/admin/events';
const BEFORE_OPENING = new Date('2026-12-01T03:00:00Z');
const OPEN = new Date('2026-12-02T03:00:00Z');
const PAGE = '/events/doi-thoai-nha-dau-tu';

const event = {
  type: 'dialogue',
  titleVi: 'Đối thoại nhà đầu tư',
  startsAt: '2026-12-20T08:00',
  endsAt: '2026-12-20T11:00',
  registrationOpensAt: '2026-12-02T08:00',
  venueAddress: '31 Trần Phú, Hải Châu',
  slug: 'doi-thoai-nha-dau-tu',
};

const COMPANY = {
  id: 'company',
  kind: 'short_text',
  labelVi: 'Tên doanh nghiệp',
  labelEn: 'Company name',
  isRequired: 'yes',
};
const STAGE = {
  id: 'stage',
  kind: 'single_choice',
  labelVi: 'Giai đoạn gọi vốn',
  labelEn: 'Funding stage',
  options: 'seed | Hạt giống | Seed\nseries_a | Vòng A | Series A',
};

const keyIn = (html: string) => /name="key" value="([^"]+)"/.exec(html)![1]!;
const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)![1]!;

describe.each(testEngines)('registration questions and approval on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: BrowserSession;
  const members: Record<string, BrowserSession> = {};
  let eventId = '';
  let investorTicket = '';
  const statusOf = async (email: string) =>
    (
      await t.database.query<{ status: string }>(
        `select p.status from events_registrations r
           join platform_reservations p on p.id = r.reservation_id where r.email = $1`,
        [email],
      )
    ).map((r) => r.status);
  const mailsTo = (email: string) => mailbox.messages.filter((m) => m.to.includes(email));

  beforeAll(async () => {
    ({ t, mailbox, staff } = await openBackOffice(engine, BEFORE_OPENING));
    Object.assign(members, await signInMembers(t, ['an', 'binh', 'chi']));
    eventId = await createEvent(staff, event);
    await publishDraft(staff, eventId);
    investorTicket = (await addTicketTypes(staff, eventId, [['Nhà đầu tư', 1, 'approval']]))[0]!;
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('staff build the questions with the form builder; attachments and stale saves are refused', async () => {
    const path = `${STAFF}/${eventId}/questions`;
    expect((await members.an!.get(path)).status).toBe(404);
    const empty = await (await staff.get(path)).text();
    expect(empty).toContain('Sự kiện chưa hỏi gì thêm khi đăng ký.');
    const version = versionIn(empty);
    const added = await staff.post(path, { version, sections: '0', op: 'addSection' });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain('name="s0.q0.labelVi"');
    const file = await staff.post(path, {
      version,
      ...questionsForm([COMPANY, { id: 'deck', kind: 'file', labelVi: 'Hồ sơ', types: 'pdf' }]),
    });
    expect(file.status).toBe(422);
    expect(await file.text()).toContain('Mẫu đăng ký sự kiện không nhận tệp đính kèm');
    const saved = await staff.post(path, { version, ...questionsForm([COMPANY, STAGE]) });
    expect(saved.status).toBe(303);
    const stale = await staff.post(path, { version, ...questionsForm([COMPANY]) });
    expect(stale.status).toBe(409);
    const form = await (await staff.get(path)).text();
    expect(form).toContain('value="Giai đoạn gọi vốn"');
    expect(
      (
        await t.database.query<{ n: number }>(
          `select jsonb_array_length(registration_form->'sections'->0->'questions') as n
           from events_events where id = $1`,
          [eventId],
        )
      )[0]!.n,
    ).toBe(2);
  });

  it('refuses registration before it opens, saying when', async () => {
    const page = await (await members.an!.get(PAGE)).text();
    expect(page).toContain('Đăng ký sẽ mở lúc 08:00, 02/12/2026.');
    const early = await members.an!.post(`${PAGE}/register`, {
      ticketTypeId: investorTicket,
      key: 'an-early-form-key',
      'a.company': 'Công ty An',
    });
    expect(early.status).toBe(409);
    expect(await early.text()).toContain('Đăng ký sẽ mở lúc 08:00, 02/12/2026.');
    expect(await statusOf('an@startup.example')).toEqual([]);
  });

  it('asks the questions in the reader’s language; the required one must be answered', async () => {
    t.setNow(OPEN);
    const reader = new BrowserSession(t.app);
    await reader.get(`/locale/en?next=${encodeURIComponent(PAGE)}`);
    const english = await (await reader.get(PAGE)).text();
    expect(english).toContain('Company name');
    expect(english).toContain('Series A');
    const page = await (await members.an!.get(PAGE)).text();
    expect(page).toContain('Tên doanh nghiệp');
    expect(page).toContain('Vòng A');
    const missing = await members.an!.post(`${PAGE}/register`, {
      ticketTypeId: investorTicket,
      key: keyIn(page),
      'a.stage': 'seed',
    });
    expect(missing.status).toBe(422);
    const refused = await missing.text();
    expect(refused).toContain('aria-invalid="true"');
    expect(refused).toMatch(/<option[^>]*value="seed"[^>]*selected/);
    expect(await statusOf('an@startup.example')).toEqual([]);
    const done = await members.an!.post(`${PAGE}/register`, {
      ticketTypeId: investorTicket,
      key: keyIn(page),
      'a.company': 'Công ty Cổ phần An Nông',
      'a.stage': 'series_a',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toContain('registered=pending');
    expect(await statusOf('an@startup.example')).toEqual(['pending']);
    expect((await mailbox.latestTo('an@startup.example')).subject).toBe(
      'Đã nhận đăng ký: Đối thoại nhà đầu tư',
    );
    const rows = await t.database.query<{ answers: unknown }>(
      'select answers from events_registrations where email = $1',
      ['an@startup.example'],
    );
    expect(rows[0]!.answers).toEqual({ company: 'Công ty Cổ phần An Nông', stage: 'series_a' });
  });

  it('staff see the answers and who waits; rejecting tells them and offers the seat on', async () => {
    const binhForm = await (await members.binh!.get(PAGE)).text();
    await members.binh!.post(`${PAGE}/register`, {
      ticketTypeId: investorTicket,
      key: keyIn(binhForm),
      'a.company': 'Bình Tech',
    });
    expect(await statusOf('binh@startup.example')).toEqual(['waitlisted']);
    const list = `${STAFF}/${eventId}/registrations`;
    expect((await members.binh!.get(list)).status).toBe(404);
    const pending = await (await staff.get(`${list}?status=pending`)).text();
    expect(pending).toContain('Công ty Cổ phần An Nông');
    expect(pending).toContain('Vòng A');
    expect(pending).not.toContain('Bình Tech');
    const anId = /registrations\/([0-9a-f-]{36})\/decide/.exec(pending)![1]!;
    const decide = `${list}/${anId}/decide`;
    expect((await members.binh!.post(decide, { decision: 'reject' })).status).toBe(404);
    expect(await statusOf('an@startup.example')).toEqual(['pending']);
    const rejected = await staff.post(decide, { decision: 'reject' });
    expect(rejected.status).toBe(303);
    expect(await statusOf('an@startup.example')).toEqual(['rejected']);
    expect((await mailbox.latestTo('an@startup.example')).subject).toBe(
      'Đăng ký không được chấp nhận: Đối thoại nhà đầu tư',
    );
    const offer = await mailbox.latestTo('binh@startup.example');
    expect(offer.subject).toBe('Có chỗ cho bạn: Đối thoại nhà đầu tư');
    // Approving what was rejected is refused and changes nothing.
    const late = await staff.post(decide, { decision: 'approve' });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('không còn chờ duyệt');
    expect(await statusOf('an@startup.example')).toEqual(['rejected']);
    const claimed = await members.binh!.post(new URL(linkIn(offer, '/events/claim/')).pathname);
    expect(claimed.status).toBe(200);
    expect(await statusOf('binh@startup.example')).toEqual(['pending']);
  });

  it('approving mails the ticket once, however often staff click', async () => {
    const list = `${STAFF}/${eventId}/registrations`;
    const pending = await (await staff.get(`${list}?status=pending`)).text();
    expect(pending).toContain('Bình Tech');
    const decide = `${list}/${/registrations\/([0-9a-f-]{36})\/decide/.exec(pending)![1]!}/decide`;
    const [first, second] = await Promise.all([
      staff.post(decide, { decision: 'approve' }),
      staff.post(decide, { decision: 'approve' }),
    ]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(await statusOf('binh@startup.example')).toEqual(['confirmed']);
    const ticket = await mailbox.latestTo('binh@startup.example');
    expect(ticket.subject).toBe('Vé tham dự: Đối thoại nhà đầu tư');
    expect(
      mailsTo('binh@startup.example').filter((m) => m.subject === ticket.subject),
    ).toHaveLength(1);
    const all = await (await staff.get(list)).text();
    expect(all).toContain('Bị từ chối');
    expect(all).toContain('Có chỗ');
  });
});
