// Registration as people live it: staff give an event two ticket types; a member registers in one
// step (a double-click makes one registration and one mail), a guest confirms by the mailed link;
// the ticket type fills and the next ones wait in arrival order; a cancellation offers the seat
// to the first in line by mail, a hold that ran out passes on, the next claims it. Registering
// after closing and cancelling after the deadline are refused with the time; nobody's e-mail is
// shown to another registrant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { linkIn, type Mailbox } from '../../../test/support/mailbox';
import { indicatorById } from '../../platform/modules/registry';
import { createEvent, openBackOffice, publishDraft, signInMembers } from './testing/back-office';

const STAFF = '/admin/events';
const NOW = new Date('2026-12-01T03:00:00Z');
const HOUR = 3600_000;
const PAGE = '/events/cafe-cong-nghe-thang-12';

const event = {
  type: 'meetup',
  titleVi: 'Cà phê công nghệ tháng 12',
  startsAt: '2026-12-20T18:00',
  endsAt: '2026-12-20T20:00',
  registrationClosesAt: '2026-12-19T17:00',
  cancelUntil: '2026-12-19T12:00',
  venueAddress: '31 Trần Phú, Hải Châu',
  holdHours: '24',
  slug: 'cafe-cong-nghe-thang-12',
};

const keyIn = (html: string) => /name="key" value="([^"]+)"/.exec(html)![1]!;

describe.each(testEngines)('event registration on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: BrowserSession;
  const members: Record<string, BrowserSession> = {};
  let eventId = '';
  let startupTicket = '';
  const reservations = async () =>
    (
      await t.database.query<{ n: number }>('select count(*)::int as n from platform_reservations')
    )[0]!.n;
  const statuses = () =>
    t.database.query<{ email: string; status: string }>(
      `select r.email, p.status from events_registrations r
         join platform_reservations p on p.id = r.reservation_id order by p.seq`,
    );

  beforeAll(async () => {
    ({ t, mailbox, staff } = await openBackOffice(engine, NOW));
    Object.assign(members, await signInMembers(t, ['an', 'binh', 'chi']));
    eventId = await createEvent(staff, event);
    await publishDraft(staff, eventId);
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('staff add ticket types with a capacity each; a wrong capacity is refused', async () => {
    expect(
      (await members.an!.post(`${STAFF}/${eventId}/tickets`, { nameVi: 'X', capacity: '5' }))
        .status,
    ).toBe(404);
    const bad = await staff.post(`${STAFF}/${eventId}/tickets`, {
      nameVi: 'Khởi nghiệp',
      capacity: 'nhiều',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Vui lòng nhập một số.');
    expect(
      (await staff.post(`${STAFF}/${eventId}/tickets`, { nameVi: 'Khởi nghiệp', capacity: '2' }))
        .status,
    ).toBe(303);
    expect(
      (await staff.post(`${STAFF}/${eventId}/tickets`, { nameVi: 'Báo chí', capacity: '1' }))
        .status,
    ).toBe(303);
    const page = await (await staff.get(`${STAFF}/${eventId}`)).text();
    startupTicket = /id="capacity-([0-9a-f-]{36})"/.exec(page)![1]!;
    const visitor = await (await new BrowserSession(t.app).get(PAGE)).text();
    expect(visitor).toContain('Khởi nghiệp — còn 2 chỗ');
    expect(visitor).toContain('Báo chí — còn 1 chỗ');
  });

  it('a ticket type of another event, or none, is refused as a wrong choice and writes nothing', async () => {
    const otherId = await createEvent(staff, {
      ...event,
      slug: 'hoi-thao-khac',
      titleVi: 'Hội thảo khác',
    });
    await staff.post(`${STAFF}/${otherId}/tickets`, { nameVi: 'Chung', capacity: '5' });
    const otherPage = await (await staff.get(`${STAFF}/${otherId}`)).text();
    const otherTicket = /id="capacity-([0-9a-f-]{36})"/.exec(otherPage)![1]!;
    const form = await (await members.chi!.get(PAGE)).text();
    for (const ticketTypeId of [otherTicket, 'khong-co', '']) {
      const res = await members.chi!.post(`${PAGE}/register`, { ticketTypeId, key: keyIn(form) });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('Vui lòng chọn một giá trị trong danh sách.');
    }
    expect(await reservations()).toBe(0);
    const rows = await t.database.query<{ n: number }>(
      'select count(*)::int as n from events_registrations',
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('a member registers in one step; a double-click makes one registration and one mail', async () => {
    const form = await (await members.an!.get(PAGE)).text();
    expect(form).toContain('Đăng ký với tên AN (an@startup.example)');
    const fields = { ticketTypeId: startupTicket, key: keyIn(form) };
    const [first, second] = await Promise.all([
      members.an!.post(`${PAGE}/register`, fields),
      members.an!.post(`${PAGE}/register`, fields),
    ]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(await reservations()).toBe(1);
    const mail = await mailbox.latestTo('an@startup.example');
    expect(mail.subject).toBe('Vé tham dự: Cà phê công nghệ tháng 12');
    const code = /Mã vé \(xuất trình khi đến\): (\S+)/.exec(mail.text)![1]!;
    expect(mailbox.messages.filter((m) => m.to.includes('an@startup.example'))).toHaveLength(1);
    expect(mail.text).toContain('/events/cafe-cong-nghe-thang-12/event.ics');
    const page = await (await members.an!.get(`${PAGE}?registered=confirmed`)).text();
    expect(page).toContain('Đăng ký thành công.');
    expect(page).toContain(code);
    // A second registration with a fresh form is refused: one seat per person.
    const again = await members.an!.post(`${PAGE}/register`, {
      ticketTypeId: startupTicket,
      key: 'another-form-key',
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Bạn đã đăng ký sự kiện này rồi.');
    // The refused registration's row went with its transaction: nothing half-written is left.
    const rows = await t.database.query<{ n: number }>(
      `select count(*)::int as n from events_registrations where email = 'an@startup.example'`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('a guest confirms by the mailed link; nothing is reserved before', async () => {
    const guest = new BrowserSession(t.app);
    const form = await (await guest.get(PAGE)).text();
    const bad = await guest.post(`${PAGE}/register`, {
      ticketTypeId: startupTicket,
      key: keyIn(form),
      name: 'Dũng',
      email: 'không phải thư',
    });
    expect(bad.status).toBe(422);
    const res = await guest.post(`${PAGE}/register`, {
      ticketTypeId: startupTicket,
      key: keyIn(form),
      name: 'Phạm Dũng',
      email: 'Dung@Guest.example',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('registered=check-email');
    expect(await reservations()).toBe(1);
    const link = linkIn(
      await mailbox.latestTo('dung@guest.example'),
      '/events/registrations/confirm/',
    );
    const path = new URL(link).pathname;
    expect(await (await guest.get(path)).text()).toContain('Xác nhận đăng ký');
    expect(await reservations()).toBe(1);
    const confirmed = await guest.post(path);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Bạn đã có chỗ tại sự kiện.');
    expect((await guest.post(path)).status).toBe(200);
    expect(await reservations()).toBe(2);
    const ticket = await mailbox.latestTo('dung@guest.example');
    expect(ticket.subject).toBe('Vé tham dự: Cà phê công nghệ tháng 12');
    const manage = new URL(linkIn(ticket, '/events/registrations/')).pathname;
    expect(await (await guest.get(manage)).text()).toContain('Mã vé');
  });

  it('the full ticket type waitlists in arrival order and shows nobody else’s e-mail', async () => {
    for (const name of ['binh', 'chi']) {
      const form = await (await members[name]!.get(PAGE)).text();
      expect(form).toContain('Khởi nghiệp — hết chỗ');
      await members[name]!.post(`${PAGE}/register`, {
        ticketTypeId: startupTicket,
        key: keyIn(form),
      });
    }
    expect(await statuses()).toEqual([
      { email: 'an@startup.example', status: 'confirmed' },
      { email: 'dung@guest.example', status: 'confirmed' },
      { email: 'binh@startup.example', status: 'waitlisted' },
      { email: 'chi@startup.example', status: 'waitlisted' },
    ]);
    expect((await mailbox.latestTo('binh@startup.example')).subject).toBe(
      'Danh sách chờ: Cà phê công nghệ tháng 12',
    );
    const chi = await (await members.chi!.get(PAGE)).text();
    expect(chi).toContain('trước bạn còn 1 người');
    for (const other of ['an@startup.example', 'dung@guest.example', 'binh@startup.example'])
      expect(chi).not.toContain(other);
  });

  it('a cancellation offers the seat to the first in line; a hold that ran out passes on', async () => {
    expect((await members.an!.post(`${PAGE}/cancel`)).status).toBe(303);
    const offer = await mailbox.latestTo('binh@startup.example');
    expect(offer.subject).toBe('Có chỗ cho bạn: Cà phê công nghệ tháng 12');
    expect(offer.text).toContain('02/12/2026');
    const binhClaim = new URL(linkIn(offer, '/events/claim/')).pathname;
    // Binh waits too long: 25 hours later the hold is over and goes to Chi.
    t.setNow(new Date(NOW.getTime() + 25 * HOUR));
    expect(await (await members.binh!.get(binhClaim)).text()).toContain('Nhận chỗ');
    const late = await members.binh!.post(binhClaim);
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Thời hạn giữ chỗ đã hết');
    const chiOffer = await mailbox.latestTo('chi@startup.example');
    expect(chiOffer.subject).toBe('Có chỗ cho bạn: Cà phê công nghệ tháng 12');
    const claimed = await members.chi!.post(new URL(linkIn(chiOffer, '/events/claim/')).pathname);
    expect(claimed.status).toBe(200);
    expect(await claimed.text()).toContain('Bạn đã nhận chỗ.');
    expect((await mailbox.latestTo('chi@startup.example')).subject).toBe(
      'Vé tham dự: Cà phê công nghệ tháng 12',
    );
    expect((await statuses()).map((s) => s.status)).toEqual([
      'cancelled',
      'confirmed',
      'expired',
      'confirmed',
    ]);
    expect((await members.binh!.post('/events/claim/not-a-token')).status).toBe(404);
  });

  it('refuses registration after closing and cancellation after the deadline, with the time', async () => {
    t.setNow(new Date('2026-12-19T06:00:00Z')); // 13:00 on 19/12, after the cancel deadline
    const cancel = await members.chi!.post(`${PAGE}/cancel`);
    expect(cancel.status).toBe(409);
    expect(await cancel.text()).toContain('12:00, 19/12/2026');
    t.setNow(new Date('2026-12-19T11:00:00Z')); // 18:00 on 19/12, registration closed
    const guest = new BrowserSession(t.app);
    const page = await (await guest.get(PAGE)).text();
    expect(page).toContain('Sự kiện đã đóng đăng ký lúc 17:00, 19/12/2026.');
    const late = await guest.post(`${PAGE}/register`, {
      ticketTypeId: startupTicket,
      key: 'a-late-form-key',
      name: 'Muộn',
      email: 'muon@example.vn',
    });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Sự kiện đã đóng đăng ký lúc 17:00, 19/12/2026.');
    expect(
      await t.database.query('select 1 from events_registrations where email = $1', [
        'muon@example.vn',
      ]),
    ).toEqual([]);
  });

  it('staff check people in at the door by typed code or by name; a second scan says when and by whom', async () => {
    const door = `${STAFF}/${eventId}/check-in`;
    expect((await members.chi!.get(door)).status).toBe(404);
    t.setNow(new Date('2026-12-20T11:12:00Z')); // 18:12 on the day
    const ticket = [...mailbox.messages]
      .reverse()
      .find((m) => m.to.includes('chi@startup.example') && m.subject.startsWith('Vé tham dự'))!;
    const code = /Mã vé \(xuất trình khi đến\): (\S+)/.exec(ticket.text)![1]!;
    const first = await staff.post(door, { code: code.toLowerCase().replace(/-/g, ' ') });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Đã điểm danh: CHI.');
    const second = await staff.post(door, { code });
    expect(second.status).toBe(409);
    expect(await second.text()).toContain('CHI đã điểm danh lúc 18:12 bởi');
    const forged = await staff.post(door, {
      code: `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`,
    });
    expect(forged.status).toBe(422);
    expect(await forged.text()).toContain('Mã vé không hợp lệ');
    const search = await (await staff.get(`${door}?q=dung`)).text();
    const reservationId = /name="reservationId" value="([0-9a-f-]{36})"/.exec(search)![1]!;
    expect(search).toContain('Phạm Dũng');
    const byName = await staff.post(door, { reservationId, q: 'dung' });
    expect(byName.status).toBe(200);
    expect(await byName.text()).toContain('đã điểm danh lúc 18:12');
    const rows = await t.database.query<{ n: number }>(
      'select count(*)::int as n from platform_reservation_checkins',
    );
    expect(rows[0]!.n).toBe(2);
    // The month's figure counts the people checked in (no paper figure was recorded).
    const participants = indicatorById('events.participants')!;
    const december = {
      from: new Date('2026-11-30T17:00:00Z'),
      to: new Date('2026-12-31T17:00:00Z'),
    };
    expect(await participants.compute(t.deps.database.db, december)).toBe(2);
  });
});
