// The demo year of a provincial centre's events and the figures read from it: the same rows on
// every run for the same clock, a Techfest ahead, the monthly "cà phê công nghệ" on the second
// Thursday, and the indicators of events held, participants and startups reached for a period
// and a province.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { indicatorById } from '../../platform/modules/registry';
import { eventsModule } from '.';

// 10:00 on 1 December 2026 in Vietnam.
const NOW = new Date('2026-12-01T03:00:00Z');
const at = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

describe.each(testEngines)('the events demo year on %s', (engine) => {
  let t: TestApp;
  const rows = () =>
    t.database.query<{ slug: string; starts_at: Date; reported_participants: number | null }>(
      'select slug, starts_at, reported_participants from events_events order by starts_at, slug',
    );

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    await eventsModule.seeds!.demo!(t.deps);
  });
  afterAll(() => t.close());

  it('is deterministic and loads once', async () => {
    const first = await rows();
    await eventsModule.seeds!.demo!(t.deps);
    expect(await rows()).toEqual(first);
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
    // Only events already held carry attendance.
    for (const r of first)
      expect(r.reported_participants === null).toBe(new Date(r.starts_at) > NOW);
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
    expect(await participants.compute(db, { ...period, province: '48' })).toBe(
      past.reduce((a, r) => a + (r.reported_participants ?? 0), 0),
    );
    expect(await startups.compute(db, period)).toBeGreaterThan(0);
    expect(await held.compute(db, { ...period, province: '01' })).toBe(0);
  });
});
