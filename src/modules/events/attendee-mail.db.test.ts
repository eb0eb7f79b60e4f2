// What a registrant's calendar and mailbox see around an event, read back as calendar programs
// read them (ical.js) from mail that went through a real SMTP server: the seat's confirmation
// carries METHOD:REQUEST with the event's UID, a move of time or place sends every registrant the
// news (a seat holder the updated entry, SEQUENCE raised), a cancellation sends METHOD:CANCEL
// above it, and reminders a day and an hour before reach only seat holders, once, in their
// language, at the event's new time when it moves (an injected clock).
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { type Mailbox, type ReceivedMail } from '../../../test/support/mailbox';
import { findJobByKey } from '../../platform/jobs';
import { JOB_HANDLERS } from '../../wiring';
import { eventsModule } from './manifest';
import { attendeeMailJobKey } from './services/attendee-reminders';
import {
  addTicketTypes,
  createEvent,
  openBackOffice,
  publishDraft,
  signInMembers,
} from './testing/back-office';

const STAFF = '/admin/events';
const PAGE = '/events/hoi-thao-ai';
const NOW = new Date('2026-12-01T03:00:00Z');
const HOUR = 3_600_000;
const event = {
  type: 'workshop',
  titleVi: 'Hội thảo AI cho doanh nghiệp',
  titleEn: 'AI for business',
  slug: 'hoi-thao-ai',
  startsAt: '2026-12-15T09:00',
  endsAt: '2026-12-15T11:30',
  venueName: 'Trung tâm ĐMST',
  venueAddress: '31 Trần Phú, Hải Châu',
};

const keyIn = (html: string) => /name="key" value="([^"]+)"/.exec(html)![1]!;

function invitationOf(mail: ReceivedMail) {
  // A seat's mail also carries the ticket's QR code (ticket-qr.db.test.ts).
  const files = mail.attachments.filter((a) => !a.contentType.startsWith('image/png'));
  expect(files.map((a) => a.filename)).toEqual(['invite.ics']);
  const [file] = files;
  const calendar = new ICAL.Component(ICAL.parse(file!.content.toString('utf8')));
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const tz of zones) ICAL.TimezoneService.register(tz);
  const [vevent] = calendar.getAllSubcomponents('vevent');
  return {
    contentType: file!.contentType,
    method: calendar.getFirstPropertyValue('method'),
    zones: zones.map((z) => z.getFirstPropertyValue('tzid')),
    event: new ICAL.Event(vevent!),
    vevent: vevent!,
  };
}

describe.each(testEngines)('attendee calendars and reminders on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: BrowserSession;
  const members: Record<string, BrowserSession> = {};
  let eventId = '';
  const tickets: string[] = [];
  let uid = '';
  let sequence = 0;
  const mailsTo = (who: string) => mailbox.messages.filter((m) => m.to.includes(who));
  const version = async () =>
    /name="version" value="(\d+)"/.exec(await (await staff.get(`${STAFF}/${eventId}`)).text())![1]!;
  /** The event as staff last saved it. */
  let saved: Record<string, string> = { ...event };
  const edit = async (fields: Record<string, string>) => {
    saved = { ...saved, ...fields };
    const res = await staff.post(`${STAFF}/${eventId}`, { ...saved, version: await version() });
    expect(res.status).toBe(303);
    await settleJobs(t);
  };
  async function register(name: string, ticket: string) {
    const form = await (await members[name]!.get(PAGE)).text();
    const res = await members[name]!.post(`${PAGE}/register`, {
      ticketTypeId: ticket,
      key: keyIn(form),
    });
    expect(res.status).toBe(303);
    await settleJobs(t);
  }

  beforeAll(async () => {
    ({ t, mailbox, staff } = await openBackOffice(engine, NOW));
    Object.assign(members, await signInMembers(t, ['an', 'ben', 'chi']));
    await members.ben!.get('/locale/en?next=/events');
    eventId = await createEvent(staff, event);
    await publishDraft(staff, eventId);
    tickets.push(
      ...(await addTicketTypes(staff, eventId, [
        ['Khởi nghiệp', 2],
        ['Chung', 10],
      ])),
    );
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  it('the seat’s confirmation carries METHOD:REQUEST with the event’s UID, time zone and people', async () => {
    await register('an', tickets[0]!);
    const mail = await mailbox.latestTo('an@startup.example');
    expect(mail.subject).toBe('Vé tham dự: Hội thảo AI cho doanh nghiệp');
    const invite = invitationOf(mail);
    expect(invite.contentType).toContain('text/calendar');
    expect(invite.contentType).toContain('method=REQUEST');
    expect(invite.method).toBe('REQUEST');
    expect(invite.zones).toEqual(['Asia/Ho_Chi_Minh']);
    expect(invite.event.startDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(invite.event.startDate.toString()).toBe('2026-12-15T09:00:00');
    expect(invite.event.startDate.toJSDate().toISOString()).toBe('2026-12-15T02:00:00.000Z');
    expect(invite.event.organizer).toBe('mailto:no-reply@innohub.local');
    expect(invite.event.attendees.map((a) => a.getFirstValue())).toEqual([
      'mailto:an@startup.example',
    ]);
    // The same UID as the public file: one event in the attendee's calendar, not two.
    const publicFile = new ICAL.Component(
      ICAL.parse(await (await new BrowserSession(t.app).get(`${PAGE}/event.ics`)).text()),
    );
    uid = invite.event.uid;
    expect(publicFile.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid')).toBe(uid);
    sequence = invite.event.sequence;

    await register('ben', tickets[0]!);
    const english = await mailbox.latestTo('ben@startup.example');
    expect(english.subject).toBe('Your ticket: AI for business');
    expect(invitationOf(english).event.summary).toBe('AI for business');
    // Chi waits: no seat, so nothing for the calendar yet.
    await register('chi', tickets[0]!);
    const waiting = await mailbox.latestTo('chi@startup.example');
    expect(waiting.subject).toBe('Danh sách chờ: Hội thảo AI cho doanh nghiệp');
    expect(waiting.attachments).toEqual([]);
  });

  it('a new time or place is mailed to every registrant, seat holders with the updated entry', async () => {
    const before = mailbox.messages.length;
    // A change of words only: nobody is mailed.
    await edit({ summaryVi: 'Ứng dụng AI trong sản xuất' });
    expect(mailbox.messages.length).toBe(before);

    await edit({ startsAt: '2026-12-15T10:00', endsAt: '2026-12-15T12:30' });
    const an = await mailbox.latestTo('an@startup.example');
    expect(an.subject).toBe('Thay đổi thời gian hoặc địa điểm: Hội thảo AI cho doanh nghiệp');
    expect(an.text).toContain('10:00–12:30, 15/12/2026');
    const moved = invitationOf(an);
    expect(moved.method).toBe('REQUEST');
    expect(moved.event.uid).toBe(uid);
    expect(moved.event.sequence).toBeGreaterThan(sequence);
    expect(moved.event.startDate.toString()).toBe('2026-12-15T10:00:00');
    sequence = moved.event.sequence;
    expect((await mailbox.latestTo('ben@startup.example')).subject).toBe(
      'New time or place: AI for business',
    );
    const chi = await mailbox.latestTo('chi@startup.example');
    expect(chi.subject).toBe('Thay đổi thời gian hoặc địa điểm: Hội thảo AI cho doanh nghiệp');
    expect(chi.attachments).toEqual([]);
    expect(mailbox.messages.length).toBe(before + 3);

    await edit({ venueName: 'Hội trường Sở KH&CN' });
    const place = invitationOf(await mailbox.latestTo('an@startup.example'));
    expect(place.event.location).toContain('Hội trường Sở KH&CN');
    expect(place.event.sequence).toBeGreaterThan(sequence);
    sequence = place.event.sequence;
  });

  it('a cancelled registration gets METHOD:CANCEL above the last entry; registering again, REQUEST above that', async () => {
    expect((await members.an!.post(`${PAGE}/cancel`)).status).toBe(303);
    await settleJobs(t);
    const cancel = invitationOf(await mailbox.latestTo('an@startup.example'));
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.contentType).toContain('method=CANCEL');
    expect(cancel.event.uid).toBe(uid);
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancel.event.sequence).toBeGreaterThan(sequence);

    await register('an', tickets[1]!);
    const again = invitationOf(await mailbox.latestTo('an@startup.example'));
    expect(again.method).toBe('REQUEST');
    expect(again.event.uid).toBe(uid);
    expect(again.event.sequence).toBeGreaterThan(cancel.event.sequence);
  });

  it('reminders a day and an hour before reach seat holders once, in their language', async () => {
    const start = new Date('2026-12-15T03:00:00Z'); // 10:00 in Vietnam, after the move
    const reminders = (who: string) =>
      mailsTo(who).filter((m) =>
        /^(Ngày mai|Tomorrow|Sau một giờ nữa|In one hour):/.test(m.subject),
      );
    t.setNow(new Date(start.getTime() - 24 * HOUR - 60_000));
    await settleJobs(t);
    expect(reminders('an@startup.example')).toEqual([]);

    t.setNow(new Date(start.getTime() - 24 * HOUR));
    await settleJobs(t);
    expect(reminders('an@startup.example').map((m) => m.subject)).toEqual([
      'Ngày mai: Hội thảo AI cho doanh nghiệp',
    ]);
    const ben = reminders('ben@startup.example');
    expect(ben.map((m) => m.subject)).toEqual(['Tomorrow: AI for business']);
    expect(ben[0]!.text).toContain('A reminder: the event you registered for is tomorrow.');
    expect(ben[0]!.text).toMatch(/Ticket code \(show it at the door\): [0-9A-Z-]{23}/);
    // Chi's hold ran out long ago: no seat, no reminder.
    expect(reminders('chi@startup.example')).toEqual([]);

    // The job run again (a runner that died before marking it done) sends nothing more.
    const job = await findJobByKey(t.database.db, attendeeMailJobKey(eventId, 'day'));
    await JOB_HANDLERS[job!.name]!({ ...job!, attempt: 2, now: t.deps.clock() } as never, t.deps);
    await settleJobs(t);
    expect(reminders('an@startup.example')).toHaveLength(1);
    expect(reminders('ben@startup.example')).toHaveLength(1);

    t.setNow(new Date(start.getTime() - HOUR));
    await settleJobs(t);
    expect(reminders('ben@startup.example').map((m) => m.subject)).toEqual([
      'Tomorrow: AI for business',
      'In one hour: AI for business',
    ]);
    expect(reminders('an@startup.example')[1]!.subject).toBe(
      'Sau một giờ nữa: Hội thảo AI cho doanh nghiệp',
    );
  });

  it('at start, an upcoming event without its jobs gets those still ahead', async () => {
    await t.database.query("delete from platform_jobs where name = 'events.attendee-mail'");
    await eventsModule.warmUp!(t.deps);
    const job = (kind: 'day' | 'hour' | 'followUp') =>
      findJobByKey(t.database.db, attendeeMailJobKey(eventId, kind));
    // An hour before the start: both reminders are past, the follow-up is ahead.
    expect(await job('day')).toBeUndefined();
    expect(await job('hour')).toBeUndefined();
    expect((await job('followUp'))?.runAt).toEqual(new Date('2026-12-15T07:30:00Z'));
  });

  it('a cancelled event sends its seat holders METHOD:CANCEL, and no reminder follows', async () => {
    const before = mailsTo('an@startup.example').length;
    await staff.post(`${STAFF}/${eventId}/step`, { step: 'cancel', version: await version() });
    await settleJobs(t);
    const an = await mailbox.latestTo('an@startup.example');
    expect(an.subject).toBe('Sự kiện bị huỷ: Hội thảo AI cho doanh nghiệp');
    const cancel = invitationOf(an);
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.event.uid).toBe(uid);
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect((await mailbox.latestTo('ben@startup.example')).subject).toBe(
      'Event cancelled: AI for business',
    );
    t.setNow(new Date('2026-12-15T06:00:00Z'));
    await settleJobs(t);
    expect(mailsTo('an@startup.example')).toHaveLength(before + 1);
  });
});
