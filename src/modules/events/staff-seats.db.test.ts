// Seats staff give: a raised capacity is offered to the waitlist in arrival order, by mail, and a
// lowered one below the seats taken is refused; a waitlisted registrant is seated by hand, out of
// turn — refused while the ticket type is full unless staff add the seat — and mailed the ticket
// once however often staff click; someone who does not organise the event changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import type { Mailbox } from '../../../test/support/mailbox';
import {
  addTicketTypes,
  createEvent,
  openBackOffice,
  publishDraft,
  signInMembers,
} from './testing/back-office';

const STAFF = '/admin/events';
const NOW = new Date('2026-12-01T03:00:00Z');
const PAGE = '/events/cafe-cong-nghe-thang-12';
const TICKET_MAIL = 'Vé tham dự: Cà phê công nghệ tháng 12';
const OFFER_MAIL = 'Có chỗ cho bạn: Cà phê công nghệ tháng 12';
const PEOPLE = ['an', 'binh', 'chi', 'dung'];

const event = {
  type: 'meetup',
  titleVi: 'Cà phê công nghệ tháng 12',
  startsAt: '2026-12-20T18:00',
  endsAt: '2026-12-20T20:00',
  venueAddress: '31 Trần Phú, Hải Châu',
  holdHours: '24',
  slug: 'cafe-cong-nghe-thang-12',
};

describe.each(testEngines)('seats staff give on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: BrowserSession;
  const members: Record<string, BrowserSession> = {};
  let eventId = '';
  let ticketId = '';
  const registrants = () => `${STAFF}/${eventId}/registrations`;
  const statuses = async () =>
    Object.fromEntries(
      (
        await t.database.query<{ email: string; status: string }>(
          `select r.email, p.status from events_registrations r
             join platform_reservations p on p.id = r.reservation_id order by p.seq`,
        )
      ).map((r) => [r.email.split('@')[0], r.status]),
    );
  const capacity = async () =>
    (
      await t.database.query<{ capacity: number }>(
        'select capacity from platform_reservation_pools',
      )
    )[0]!.capacity;
  const registrationOf = async (name: string) =>
    (
      await t.database.query<{ id: string }>(
        'select id from events_registrations where email = $1',
        [`${name}@startup.example`],
      )
    )[0]!.id;
  const mailsTo = (name: string, subject: string) =>
    mailbox.messages.filter(
      (m) => m.to.includes(`${name}@startup.example`) && m.subject === subject,
    ).length;

  beforeAll(async () => {
    ({ t, mailbox, staff } = await openBackOffice(engine, NOW));
    Object.assign(members, await signInMembers(t, [...PEOPLE, 'outsider']));
    eventId = await createEvent(staff, event);
    ticketId = (await addTicketTypes(staff, eventId, [['Chung', 1]]))[0]!;
    await publishDraft(staff, eventId);
    for (const name of PEOPLE) {
      const page = await (await members[name]!.get(PAGE)).text();
      const key = /name="key" value="([^"]+)"/.exec(page)![1]!;
      await members[name]!.post(`${PAGE}/register`, { ticketTypeId: ticketId, key });
    }
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('the registrants start as one seat and a waitlist in arrival order', async () => {
    expect(await statuses()).toEqual({
      an: 'confirmed',
      binh: 'waitlisted',
      chi: 'waitlisted',
      dung: 'waitlisted',
    });
  });

  it('a raised capacity is offered to the first in line by mail; below the seats taken is refused', async () => {
    const path = `${STAFF}/${eventId}/tickets/${ticketId}/capacity`;
    const below = await staff.post(path, { capacity: '0' });
    expect(below.status).toBe(409);
    expect(await capacity()).toBe(1);
    expect((await members.an!.post(path, { capacity: '5' })).status).toBe(404);
    expect(await capacity()).toBe(1);

    expect((await staff.post(path, { capacity: '2' })).status).toBe(303);
    expect(await statuses()).toEqual({
      an: 'confirmed',
      binh: 'offered',
      chi: 'waitlisted',
      dung: 'waitlisted',
    });
    expect((await mailbox.latestTo('binh@startup.example')).subject).toBe(OFFER_MAIL);
    expect(mailsTo('chi', OFFER_MAIL)).toBe(0);
  });

  it('staff see who waits with the buttons to seat them, and nobody else does', async () => {
    const page = await (await staff.get(registrants())).text();
    expect(page).toContain('Cho CHI vào ngay, trước lượt');
    expect(page).toContain('Thêm một chỗ vào loại vé và cho DUNG vào');
    expect(page).not.toContain('Cho AN vào ngay');
    const chi = await registrationOf('chi');
    const outsider = await members.outsider!.post(`${registrants()}/${chi}/promote`, {
      addSeat: 'yes',
    });
    expect(outsider.status).toBe(404);
    expect((await statuses()).chi).toBe('waitlisted');
    expect(await capacity()).toBe(2);
  });

  it('seating someone while the ticket type is full is refused, saying how; adding the seat seats them once', async () => {
    const chi = await registrationOf('chi');
    const full = await staff.post(`${registrants()}/${chi}/promote`);
    expect(full.status).toBe(409);
    expect(await full.text()).toContain('Loại vé này đã hết chỗ (còn 0 chỗ trống)');
    expect((await statuses()).chi).toBe('waitlisted');

    const [first, second] = await Promise.all([
      staff.post(`${registrants()}/${chi}/promote`, { addSeat: 'yes' }),
      staff.post(`${registrants()}/${chi}/promote`, { addSeat: 'yes' }),
    ]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(await (await staff.get(first.headers.get('location')!)).text()).toContain(
      'Đã xếp chỗ: vé đã được gửi cho người đăng ký.',
    );
    expect(await capacity()).toBe(3);
    // Binh's hold is untouched; Dung still waits behind it.
    expect(await statuses()).toEqual({
      an: 'confirmed',
      binh: 'offered',
      chi: 'confirmed',
      dung: 'waitlisted',
    });
    expect((await mailbox.latestTo('chi@startup.example')).subject).toBe(TICKET_MAIL);
    expect(mailsTo('chi', TICKET_MAIL)).toBe(1);
    expect(await (await members.chi!.get(PAGE)).text()).not.toContain('trước bạn còn');
  });

  it('a cancelled registrant is not seated, and the page says why', async () => {
    expect((await members.dung!.post(`${PAGE}/cancel`)).status).toBe(303);
    const dung = await registrationOf('dung');
    const late = await staff.post(`${registrants()}/${dung}/promote`, { addSeat: 'yes' });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Đăng ký này không còn trong danh sách chờ');
    expect((await statuses()).dung).toBe('cancelled');
    expect(await capacity()).toBe(3);
    const unknown = await staff.post(`${registrants()}/not-an-id/promote`);
    expect(unknown.status).toBe(404);
  });
});
