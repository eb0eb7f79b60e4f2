// After the event and around it, as attendees and staff live it: staff set the slides' link and
// the feedback deadline (bad input refused with the field's message); two hours after the end the
// people checked in at the door get the follow-up once, in their language, with the slides and
// their own feedback link; an attendee rates and comments, changes it (a stale tab is 409), and is
// refused after the deadline; staff see the average and comments without names. A member's private
// calendar feed lists their seats for a calendar program without a session, and stops working
// when they take a new address or revoke it.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { linkIn, type Mailbox } from '../../../test/support/mailbox';
import {
  addTicketTypes,
  createEvent,
  openBackOffice,
  publishDraft,
  signInMembers,
} from './testing/back-office';

const STAFF = '/admin/events';
const PAGE = '/events/cafe-cong-nghe';
const NOW = new Date('2026-12-01T03:00:00Z');
const END = new Date('2026-12-10T13:00:00Z'); // 20:00 in Vietnam
const HOUR = 3_600_000;
const event = {
  type: 'meetup',
  titleVi: 'Cà phê công nghệ',
  titleEn: 'Tech coffee',
  slug: 'cafe-cong-nghe',
  startsAt: '2026-12-10T18:00',
  endsAt: '2026-12-10T20:00',
  venueAddress: '31 Trần Phú, Hải Châu',
};

const keyIn = (html: string) => /name="key" value="([^"]+)"/.exec(html)![1]!;

describe.each(testEngines)('follow-up, feedback and private feeds on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: BrowserSession;
  const members: Record<string, BrowserSession> = {};
  let eventId = '';
  let feedback = '';
  const followUps = (who: string) =>
    mailbox.messages.filter(
      (m) => m.to.includes(who) && /^(Cảm ơn bạn đã tham dự|Thank you for coming)/.test(m.subject),
    );
  async function register(name: string, ticket: string) {
    const form = await (await members[name]!.get(PAGE)).text();
    await members[name]!.post(`${PAGE}/register`, { ticketTypeId: ticket, key: keyIn(form) });
    await settleJobs(t);
  }

  beforeAll(async () => {
    ({ t, mailbox, staff } = await openBackOffice(engine, NOW));
    Object.assign(members, await signInMembers(t, ['an', 'ben', 'chi', 'dao']));
    await members.ben!.get('/locale/en?next=/events');
    eventId = await createEvent(staff, event);
    await publishDraft(staff, eventId);
    const ticket = (await addTicketTypes(staff, eventId, [['Chung', 10]]))[0]!;
    for (const name of ['an', 'ben', 'chi', 'dao']) await register(name, ticket);
    expect((await members.chi!.post(`${PAGE}/cancel`)).status).toBe(303);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  it('staff set the slides link and the feedback deadline; bad input is refused by field', async () => {
    const path = `${STAFF}/${eventId}/follow-up`;
    expect((await members.an!.get(path)).status).toBe(404);
    const event = await (await staff.get(`${STAFF}/${eventId}`)).text();
    expect(event).toContain(`href="${path}"`);
    const page = await (await staff.get(path)).text();
    expect(page).toContain('Chưa có góp ý nào.');
    const bad = await staff.post(path, {
      version: '0',
      slidesUrl: 'javascript:alert(1)',
      feedbackClosesAt: '2026-12-09T12:00',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Vui lòng nhập một địa chỉ http:// hoặc https:// hợp lệ.');
    const early = await staff.post(path, {
      version: '0',
      slidesUrl: 'https://slides.example/cafe',
      feedbackClosesAt: '2026-12-09T12:00',
    });
    expect(early.status).toBe(422);
    expect(await early.text()).toContain('Hạn góp ý phải sau khi sự kiện kết thúc.');
    const fields = {
      slidesUrl: 'https://slides.example/cafe',
      feedbackClosesAt: '2026-12-17T20:00',
    };
    expect((await staff.post(path, { version: '0', ...fields })).status).toBe(303);
    // The same form posted again (a second tab, a double click) is a stale edit.
    expect((await staff.post(path, { version: '0', ...fields })).status).toBe(409);
    expect(await (await staff.get(path)).text()).toContain('https://slides.example/cafe');
  });

  it('the people checked in get the follow-up once, in their language, with slides and their link', async () => {
    const code = (mail: { text: string }) =>
      /: ([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})/.exec(mail.text)![1]!;
    t.setNow(new Date('2026-12-10T11:00:00Z'));
    for (const who of ['an', 'ben']) {
      const ticket = mailbox.messages.find(
        (m) => m.to.includes(`${who}@startup.example`) && m.attachments.length > 0,
      )!;
      const res = await staff.post(`${STAFF}/${eventId}/check-in`, { code: code(ticket) });
      expect(res.status).toBe(200);
    }
    t.setNow(new Date(END.getTime() + 2 * HOUR - 60_000));
    await settleJobs(t);
    expect(followUps('an@startup.example')).toEqual([]);
    t.setNow(new Date(END.getTime() + 2 * HOUR));
    await settleJobs(t);
    const [an] = followUps('an@startup.example');
    expect(an!.subject).toBe('Cảm ơn bạn đã tham dự: Cà phê công nghệ');
    expect(an!.text).toContain('Tài liệu trình bày: https://slides.example/cafe');
    expect(an!.text).toContain('đến 20:00, 17/12/2026');
    const [ben] = followUps('ben@startup.example');
    expect(ben!.subject).toBe('Thank you for coming: Tech coffee');
    expect(ben!.text).toContain('Slides: https://slides.example/cafe');
    // Dao had a seat but was not at the door; Chi had cancelled.
    expect(followUps('dao@startup.example')).toEqual([]);
    expect(followUps('chi@startup.example')).toEqual([]);
    await settleJobs(t);
    expect(followUps('an@startup.example')).toHaveLength(1);
    feedback = new URL(linkIn(an!, '/events/feedback/')).pathname;
  });

  it('an attendee rates and comments by their link, changes it, and is refused after the deadline', async () => {
    const visitor = new BrowserSession(t.app);
    const page = await (await visitor.get(feedback)).text();
    expect(page).toContain('Chào AN');
    expect(page).toContain('name="rating"');
    const empty = await visitor.post(feedback, { version: '0', rating: '', comment: '' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Vui lòng chọn một mức từ 1 đến 5.');
    const first = await visitor.post(feedback, {
      version: '0',
      rating: '4',
      comment: 'Nội dung hay, phòng hơi chật.',
    });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Cảm ơn bạn, góp ý đã được lưu.');
    // The first page's form, posted again: one answer per registration.
    expect((await visitor.post(feedback, { version: '0', rating: '1', comment: '' })).status).toBe(
      409,
    );
    const changed = await visitor.post(feedback, {
      version: '1',
      rating: '5',
      comment: 'Nội dung hay.',
    });
    expect(changed.status).toBe(200);
    const altered = feedback.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await visitor.get(altered)).status).toBe(404);

    t.setNow(new Date('2026-12-17T13:00:01Z'));
    const late = await visitor.post(feedback, { version: '2', rating: '1', comment: '' });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Đã hết hạn góp ý');
    const rows = await t.database.query<{ rating: number; comment: string }>(
      'select rating, comment from events_feedback',
    );
    expect(rows).toEqual([{ rating: 5, comment: 'Nội dung hay.' }]);
  });

  it('staff see the average and the comments without names', async () => {
    const ben = new URL(linkIn(followUps('ben@startup.example')[0]!, '/events/feedback/')).pathname;
    t.setNow(new Date('2026-12-12T03:00:00Z'));
    const visitor = new BrowserSession(t.app);
    expect((await visitor.post(ben, { version: '0', rating: '2', comment: '' })).status).toBe(200);
    const page = await (await staff.get(`${STAFF}/${eventId}/follow-up`)).text();
    expect(page).toContain('2 lượt góp ý');
    expect(page).toContain('Điểm trung bình: 3,5 trên 5');
    expect(page).toContain('5 trên 5: Nội dung hay.');
    expect(page).not.toContain('AN');
  });

  it('a member’s private feed lists their seats without a session, until rotated or revoked', async () => {
    const mine = '/events/my-calendar';
    expect(await (await members.dao!.get('/account')).text()).toContain(`href="${mine}"`);
    expect((await new BrowserSession(t.app).get(mine)).status).not.toBe(200);
    expect(await (await members.dao!.get(mine)).text()).toContain(
      'Bạn chưa có địa chỉ lịch riêng.',
    );
    expect((await members.dao!.post(`${mine}/rotate`)).status).toBe(303);
    const page = await (await members.dao!.get(mine)).text();
    const url = /<code[^>]*>(http[^<]+)<\/code>/.exec(page)![1]!;
    const path = new URL(url).pathname;
    const res = await new BrowserSession(t.app).get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8; method=PUBLISH');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe(
      'Asia/Ho_Chi_Minh',
    );
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Cà phê công nghệ']);
    expect(events[0]!.uid).toBe(`event-${eventId}@localhost:3000`);
    // Chi cancelled: nothing in Chi's feed.
    await members.chi!.post(`${mine}/rotate`);
    const chiUrl = /<code[^>]*>(http[^<]+)<\/code>/.exec(
      await (await members.chi!.get(mine)).text(),
    )![1]!;
    const chiFeed = new ICAL.Component(
      ICAL.parse(await (await new BrowserSession(t.app).get(new URL(chiUrl).pathname)).text()),
    );
    expect(chiFeed.getAllSubcomponents('vevent')).toEqual([]);

    expect((await members.dao!.post(`${mine}/rotate`)).status).toBe(303);
    expect((await new BrowserSession(t.app).get(path)).status).toBe(404);
    const renewed = /<code[^>]*>(http[^<]+)<\/code>/.exec(
      await (await members.dao!.get(mine)).text(),
    )![1]!;
    expect(renewed).not.toBe(url);
    expect((await new BrowserSession(t.app).get(new URL(renewed).pathname)).status).toBe(200);
    expect((await members.dao!.post(`${mine}/revoke`)).status).toBe(303);
    expect((await new BrowserSession(t.app).get(new URL(renewed).pathname)).status).toBe(404);
    expect(await (await members.dao!.get(mine)).text()).toContain(
      'Bạn chưa có địa chỉ lịch riêng.',
    );
    // A forged address: a real feed id with another signature.
    expect((await new BrowserSession(t.app).get(`/events/my/${eventId}.forged.ics`)).status).toBe(
      404,
    );
  });
});
