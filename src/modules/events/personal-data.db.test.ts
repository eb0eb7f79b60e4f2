// An attendee's rights over what the events module holds: "download my data" gives their
// registrations (with the gender they gave, the seat's state and check-in), their private
// calendar feed and their feedback; erasing the account keeps the registration and seat under the
// pseudonym — no name, address, answers, gender or working link — so the event's totals still add
// up, deletes the feed and keeps the feedback's rating without its comment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import type { Mailbox } from '../../../test/support/mailbox';
import { eventsModule } from './index';
import {
  checkInByEmail,
  createMember,
  publishEvent,
  register,
  seedOrganization,
  openCentre,
  type TestEvent,
} from './testing/back-office';

const PSEUDONYM = 'Người dùng đã xoá #7';

describe.each(testEngines)('events personal data on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: BrowserSession;
  let event: TestEvent;
  let subject: { accountId: string; email: string };
  const hooks = eventsModule.personalData!;

  const figures = async () =>
    (await (await staff.get(`${event.base}/figures`)).text()).replace(/\s+/g, ' ');

  beforeAll(async () => {
    ({ t, mailbox, staff } = await openCentre(engine));
    const startup = await seedOrganization(t, {
      slug: 'da-lat-ai',
      name: 'Đà Lạt AI',
      kind: 'startup',
      province: '68',
    });
    const an = await createMember(t, {
      email: 'an@ai.example',
      name: 'Nguyễn Văn An',
      organizationId: startup,
    });
    const binh = await createMember(t, { email: 'binh@ai.example', name: 'Trần Thị Bình' });
    subject = { accountId: an.id, email: 'an@ai.example' };
    event = await publishEvent(staff, {
      slug: 'hoi-thao-ai',
      title: 'Hội thảo AI',
      organizers: 'trung-tam',
      startsAt: '2026-12-10T08:00',
      tickets: [['Chung', 1]],
    });
    await register(an.browser, event, event.ticketTypes[0]!, { gender: 'male' });
    await register(binh.browser, event, event.ticketTypes[0]!);
    expect((await an.browser.post('/events/my-calendar/rotate', {})).status).toBe(303);
    // An also worked the door of the event as a check-in volunteer.
    await t.database.query(
      `insert into events_check_in_volunteers (event_id, account_id) values ($1, $2)`,
      [event.id, an.id],
    );
    t.setNow(new Date('2026-12-10T01:30:00Z'));
    await checkInByEmail(t, event, 'an@ai.example');
    // The follow-up's survey answer, as its mailed link records it (follow-up.db.test.ts).
    await t.database.query(
      `insert into events_feedback (registration_id, event_id, rating, comment)
         select id, event_id, 4, 'Anh An: diễn giả rất hay' from events_registrations where email = $1`,
      ['an@ai.example'],
    );
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  it('the download holds the registrations, the calendar feed and the feedback', async () => {
    const sections = await hooks.collect(t.deps, subject);
    const section = (id: string) => sections.find((s) => s.id === id)?.rows ?? [];
    expect(section('events.registrations')).toEqual([
      expect.objectContaining({
        event: 'Hội thảo AI',
        ticketType: 'Chung',
        name: 'Nguyễn Văn An',
        email: 'an@ai.example',
        gender: 'male',
        status: 'confirmed',
        checkedInAt: expect.anything(),
      }),
    ]);
    expect(section('events.calendarFeed')).toHaveLength(1);
    expect(section('events.checkInVolunteering')).toEqual([
      expect.objectContaining({ event: 'Hội thảo AI' }),
    ]);
    expect(section('events.feedback')).toEqual([
      expect.objectContaining({ rating: 4, comment: 'Anh An: diễn giả rất hay' }),
    ]);
    // Bình's registration is not An's.
    expect(JSON.stringify(sections)).not.toContain('binh@');
  });

  it('erasure keeps the seat under the pseudonym, so the figures still add up', async () => {
    const totals = (html: string) => /<desc id="chart-totals-desc">([^<]*)</.exec(html)?.[1];
    const beforeHtml = await figures();
    const before = totals(beforeHtml);
    expect(before).toBe('Đăng ký: 2; Có chỗ: 1; Tham dự: 1; Vắng mặt: 0');
    await t.deps.database.db.transaction((tx) =>
      hooks.erase(tx, { ...subject, pseudonym: PSEUDONYM, now: t.deps.clock() }),
    );
    // The totals hold; the erased person no longer says which organisation they came from.
    const after = await figures();
    expect(totals(after)).toBe(before);
    expect(after).not.toContain('Doanh nghiệp khởi nghiệp');
    expect(beforeHtml).toMatch(/>Nam<\/th>/);
    expect(after).not.toMatch(/>Nam<\/th>/);
    const [registration] = await t.database.query<Record<string, unknown>>(
      `select r.name, r.email, r.account_id, r.answers, r.gender, s.guest_email, s.guest_name, s.account_id as seat_account, s.status
         from events_registrations r join platform_reservations s on s.id = r.reservation_id
        where r.name = $1`,
      [PSEUDONYM],
    );
    expect(registration).toEqual({
      name: PSEUDONYM,
      email: '',
      account_id: null,
      answers: {},
      gender: null,
      guest_email: null,
      guest_name: PSEUDONYM,
      seat_account: null,
      status: 'confirmed',
    });
    const registrants = await (await staff.get(`${event.base}/registrations`)).text();
    expect(registrants).toContain(PSEUDONYM);
    expect(registrants).not.toContain('an@ai.example');
    expect(registrants).not.toContain('Nguyễn Văn An');
    expect(registrants).toContain('Trần Thị Bình');
    expect(await t.database.query('select * from events_calendar_feeds')).toHaveLength(0);
    expect(await t.database.query('select rating, comment from events_feedback')).toEqual([
      { rating: 4, comment: '' },
    ]);
  });

  it('after erasure nothing is found under the account or its address', async () => {
    const sections = await hooks.collect(t.deps, subject);
    expect(sections.every((s) => s.rows.length === 0)).toBe(true);
  });
});
