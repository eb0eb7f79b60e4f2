// The demo year of a provincial centre's events and the figures read from it: the same rows on
// every run for the same clock, a Techfest ahead, the monthly "cà phê công nghệ" on the second
// Thursday, registrations with a waitlist on the full meetup ahead, check-ins and no-shows at the
// past ones, and the indicators of events held, participants and startups reached for a period
// and a province; most registrants gave a gender, and the figures count the women.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { indicatorById } from '../../platform/modules/registry';
import { eventsModule } from '.';
import { heldEvents } from './db/events.repository';
import { attendanceBreakdown, womenOf } from './services/attendance-breakdown';

// 10:00 on 1 December 2026 in Vietnam.
const NOW = new Date('2026-12-01T03:00:00Z');
const at = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

interface Seat {
  slug: string;
  ticket: string;
  name: string;
  status: string;
  registered_at: Date;
  checked_in_at: Date | null;
  is_walk_in: boolean | null;
}

describe.each(testEngines)('the events demo year on %s', (engine) => {
  let t: TestApp;
  const rows = () =>
    t.database.query<{ slug: string; starts_at: Date; reported_participants: number | null }>(
      'select slug, starts_at, reported_participants from events_events order by starts_at, slug',
    );
  // Every seat with its event, ticket type and check-in, in the event's arrival order.
  const seats = () =>
    t.database.query<Seat>(
      `select e.slug, tt.name_vi as ticket, r.guest_name as name, r.status,
              r.created_at as registered_at, c.checked_in_at, c.is_walk_in
         from platform_reservations r
         join platform_reservation_pools p on p.id = r.pool_id
         join events_ticket_types tt on tt.id::text = p.owner_key
         join events_events e on e.id = tt.event_id
         left join platform_reservation_checkins c on c.reservation_id = r.id
        order by e.starts_at, e.slug, r.seq`,
    );
  const ofEvent = async (slug: string) => (await seats()).filter((s) => s.slug === slug);

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    await eventsModule.seeds!.demo!(t.deps);
  });
  afterAll(() => t.close());

  it('is deterministic and loads once', async () => {
    const first = await rows();
    const firstSeats = await seats();
    await eventsModule.seeds!.demo!(t.deps);
    expect(await rows()).toEqual(first);
    expect(await seats()).toEqual(firstSeats);
    expect(first).toHaveLength(19);
    // The meetups fall on second Thursdays at 18:00, Vietnam time.
    const meetups = first.filter((r) => r.slug.startsWith('ca-phe-cong-nghe-'));
    expect(meetups).toHaveLength(12);
    for (const m of meetups) {
      const wall = new Date(new Date(m.starts_at).getTime() + 7 * 3600_000);
      expect(wall.getUTCDay()).toBe(4);
      expect(wall.getUTCDate()).toBeGreaterThanOrEqual(8);
      expect(wall.getUTCDate()).toBeLessThanOrEqual(14);
      expect(wall.getUTCHours()).toBe(18);
    }
    // Events already held carry attendance, recorded on paper or checked in at the door; the
    // others none.
    const checkedIn = new Set(firstSeats.filter((s) => s.checked_in_at).map((s) => s.slug));
    for (const r of first) {
      const isHeld = new Date(r.starts_at) < NOW;
      expect(r.reported_participants !== null || checkedIn.has(r.slug)).toBe(isHeld);
      expect(r.reported_participants !== null && checkedIn.has(r.slug)).toBe(false);
    }
  });

  it('fills the next meetup: 40 seats taken in arrival order, the next 6 on the waitlist', async () => {
    const next = (await rows()).find(
      (r) => r.slug.startsWith('ca-phe-cong-nghe-') && new Date(r.starts_at) > NOW,
    )!;
    const queue = await ofEvent(next.slug);
    expect(queue.map((s) => s.status)).toEqual([
      ...Array<string>(40).fill('confirmed'),
      ...Array<string>(6).fill('waitlisted'),
    ]);
    const times = queue.map((s) => new Date(s.registered_at).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThan(NOW.getTime());
    expect(new Set(queue.map((s) => s.name)).size).toBe(46);
    expect(queue.every((s) => s.checked_in_at === null)).toBe(true);
  });

  it('checks people in at past events once each, with no-shows and walk-ins', async () => {
    const training = await ofEvent('tap-huan-nang-suat-cho-doanh-nghiep-nho');
    // Both ticket types filled in proportion to their seats.
    expect(new Set(training.map((s) => s.ticket))).toEqual(new Set(['Doanh nghiệp', 'Khách mời']));
    expect(training).toHaveLength(56 + 2);
    expect(training.every((s) => s.status === 'confirmed')).toBe(true);
    const walkIns = training.filter((s) => s.is_walk_in);
    const noShows = training.filter((s) => s.checked_in_at === null);
    expect(walkIns).toHaveLength(2);
    expect(noShows).toHaveLength(8);
    const all = await seats();
    const past = all.filter((s) => s.checked_in_at !== null);
    // One row per reservation: nobody checked in twice; check-ins before the event's end.
    expect(new Set(all.map((s) => `${s.slug}|${s.name}|${s.registered_at}`)).size).toBe(all.length);
    expect(past.every((s) => new Date(s.checked_in_at!) < NOW)).toBe(true);
    expect(past.filter((s) => !s.is_walk_in).every((s) => s.registered_at < s.checked_in_at!)).toBe(
      true,
    );
    expect(all.some((s) => s.status === 'waitlisted' && s.checked_in_at)).toBe(false);
    // Upcoming events have registrations, nobody checked in.
    const techfest = await ofEvent('techfest-da-nang');
    expect(techfest).toHaveLength(48);
    expect(new Set(techfest.map((s) => s.ticket)).size).toBe(4);
    expect(techfest.some((s) => s.checked_in_at)).toBe(false);
  });

  it('shows the coming Techfest on the list and the home page, the past ones under "past"', async () => {
    const visitor = new BrowserSession(t.app);
    const list = await (await visitor.get('/events')).text();
    expect(list).toContain('Techfest Đà Nẵng');
    expect(list).not.toContain('Techfest Đà Nẵng (năm trước)');
    expect(await (await visitor.get('/events?when=past')).text()).toContain(
      'Techfest Đà Nẵng (năm trước)',
    );
    expect(await (await visitor.get('/events?page=2')).text()).toContain('aria-current="page"');
    expect(await (await visitor.get('/')).text()).toContain('/events/hoi-thao-so-huu-tri-tue');
  });

  it("gives the year's figures per period and province", async () => {
    const period = { from: at('2025-12-01'), to: at('2026-12-01') };
    const held = indicatorById('events.events_held')!;
    const participants = indicatorById('events.participants')!;
    const startups = indicatorById('events.startups_reached')!;
    const db = t.deps.database.db;
    const past = (await rows()).filter(
      (r) => new Date(r.starts_at) >= period.from && new Date(r.starts_at) < period.to,
    );
    expect(await held.compute(db, period)).toBe(past.length);
    const doors = (await seats()).filter(
      (s) => s.checked_in_at && past.some((r) => r.slug === s.slug),
    );
    expect(doors.length).toBeGreaterThan(200);
    expect(await participants.compute(db, { ...period, province: '48' })).toBe(
      past.reduce((a, r) => a + (r.reported_participants ?? 0), 0) + doors.length,
    );
    expect(await startups.compute(db, period)).toBeGreaterThan(0);
    expect(await held.compute(db, { ...period, province: '01' })).toBe(0);
  });

  it("counts the women among the year's participants, as registrants gave it", async () => {
    const db = t.deps.database.db;
    const year = await heldEvents(db, { from: at('2025-12-01'), to: at('2026-12-01') });
    const [door] = await t.database.query<{ women: number; blank: number }>(
      `select count(*) filter (where g.gender = 'female')::int as women,
              count(*) filter (where g.gender is null)::int as blank
         from platform_reservations r
         join events_registrations g on g.reservation_id = r.id
        where g.event_id = any($1::uuid[])
          and exists (select 1 from platform_reservation_checkins c where c.reservation_id = r.id)`,
      [year.map((e) => e.id)],
    );
    expect(door!.women).toBeGreaterThan(50);
    expect(door!.blank).toBeGreaterThan(0); // the question is optional
    const figures = await attendanceBreakdown(db, year);
    expect(womenOf(figures).attended).toBe(door!.women);
    expect(figures.by.gender.map((row) => row.key)).toEqual([
      'female',
      'male',
      'undisclosed',
      null,
    ]);
  });
});
