// The events in calendar programs: an event's .ics and the centre's feed, read back by ical.js
// as a calendar program reads them — Vietnam time with its VTIMEZONE, one UID an event keeps,
// SEQUENCE raised when the event moves, cancelled events marked, drafts never in the feed.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { signInStaff } from './testing/back-office';

const STAFF = '/admin/events';
const NOW = new Date('2026-12-01T03:00:00Z');
const base = {
  type: 'workshop',
  startsAt: '2026-12-15T09:00',
  endsAt: '2026-12-15T11:30',
  venueName: 'Trung tâm ĐMST',
  venueAddress: '31 Trần Phú, Hải Châu',
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)),
  };
}

describe.each(testEngines)('events calendars on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  const visitor = () => new BrowserSession(t.app);
  const versionOf = async (id: string) =>
    /name="version" value="(\d+)"/.exec(await (await staff.get(`${STAFF}/${id}`)).text())![1]!;
  async function create(fields: Record<string, string>, publish = true) {
    const res = await staff.post(`${STAFF}/new`, { ...base, ...fields });
    const id = /([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!;
    if (publish)
      await staff.post(`${STAFF}/${id}/step`, { step: 'publish', version: await versionOf(id) });
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    staff = await signInStaff(t);
  });
  afterAll(() => t.close());

  it("an event's file holds its Vietnam time, place and page, and a moved event keeps its UID", async () => {
    const id = await create({ titleVi: 'Hội thảo gọi vốn, vòng 1', slug: 'goi-von' });
    const res = await visitor().get('/events/goi-von/event.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8; method=PUBLISH');
    const first = parse(await res.text());
    const [event] = first.events;
    expect(event!.summary).toBe('Hội thảo gọi vốn, vòng 1');
    expect(event!.startDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(event!.startDate.toString()).toBe('2026-12-15T09:00:00');
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-12-15T02:00:00.000Z');
    expect(event!.location).toBe('Trung tâm ĐMST, 31 Trần Phú, Hải Châu');
    expect(event!.component.getFirstPropertyValue('url')).toBe(
      'http://localhost:3000/events/goi-von',
    );
    // Moved by an hour: same UID, a higher SEQUENCE.
    const moved = await staff.post(`${STAFF}/${id}`, {
      ...base,
      titleVi: 'Hội thảo gọi vốn, vòng 1',
      startsAt: '2026-12-15T10:00',
      endsAt: '2026-12-15T12:30',
      version: await versionOf(id),
    });
    expect(moved.status).toBe(303);
    const [after] = parse(await (await visitor().get('/events/goi-von/event.ics')).text()).events;
    expect(after!.uid).toBe(event!.uid);
    expect(after!.sequence).toBeGreaterThan(event!.sequence);
    expect(after!.startDate.toString()).toBe('2026-12-15T10:00:00');
  });

  it('the feed lists public events, marks cancelled ones and leaves drafts out', async () => {
    const cancelled = await create({ titleVi: 'Đối thoại bị hoãn', slug: 'doi-thoai' });
    await staff.post(`${STAFF}/${cancelled}/step`, {
      step: 'cancel',
      version: await versionOf(cancelled),
    });
    await create({ titleVi: 'Bản nháp bí mật', slug: 'ban-nhap' }, false);
    const res = await visitor().get('/events/calendar.ics');
    expect(res.status).toBe(200);
    const { calendar, events } = parse(await res.text());
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Sự kiện');
    const byTitle = new Map(events.map((e) => [e.summary, e]));
    expect([...byTitle.keys()].sort()).toEqual(['Hội thảo gọi vốn, vòng 1', 'Đối thoại bị hoãn']);
    expect(byTitle.get('Đối thoại bị hoãn')!.component.getFirstPropertyValue('status')).toBe(
      'CANCELLED',
    );
    expect((await visitor().get('/events/ban-nhap/event.ics')).status).toBe(404);
  });
});
