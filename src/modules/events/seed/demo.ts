// A year of a provincial centre's events on a fresh database outside production, the same every
// time and dated around the clock: a Techfest, the monthly "cà phê công nghệ" on the second
// Thursday, workshops, a training, a pitch day and a dialogue. Events registered on the portal
// carry their registrations, a full meetup its waitlist, past ones their check-ins and no-shows
// (demo-registrations.ts); the others the attendance staff recorded from paper lists. The
// indicators read both.
import type { AuditContext } from '../../../platform/audit';
import { ANONYMOUS } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { parseVnDateTime, vnDay } from '../../../platform/i18n/vn-time';
import { countEvents, insertEvent, insertSeries, replaceSessions } from '../db/events.repository';
import { nextMonthlyOccurrence } from '../domain/event';
import { auditEvent } from '../services/save-event';
import { DEMO_EVENTS, DEMO_PLACE, MEETUP, type DemoEvent } from './demo-events';
import { seedRegistrations, type DemoTickets } from './demo-registrations';

const SEED: AuditContext = { actor: ANONYMOUS, label: 'demo seed' };
const DAY = 86_400_000;

/** The second Thursday of the month the clock is in, 18:00 Vietnam time. */
function secondThursday(now: Date): Date {
  const month = vnDay(now).slice(0, 7);
  const first = parseVnDateTime(`${month}-01 18:00`)!;
  const weekday = new Date(first.getTime() + 7 * 3600_000).getUTCDay();
  return new Date(first.getTime() + (((4 - weekday + 7) % 7) + 7) * DAY);
}

/**
 * What staff recorded after a past event: the startups reached, a fixed share of its size; and
 * the participants when nobody was checked in on the portal.
 */
const recorded = (d: DemoEvent, isPast: boolean) =>
  isPast
    ? {
        ...(d.tickets ? {} : { reportedParticipants: d.size }),
        reportedStartups: Math.round(d.size * d.startupShare),
      }
    : {};

/** A meetup's seats: room for all who came; the next one is full with a waitlist. */
function meetupTickets(size: number, at: Date, now: Date, isNext: boolean): DemoTickets {
  if (at < now) return { types: [['Phổ thông', 'General', 60]], people: size + 4 };
  return { types: [['Phổ thông', 'General', 40]], people: isNext ? 46 : 0 };
}

export async function seedEventsDemo(
  deps: Pick<AppDeps, 'database' | 'clock' | 'config'>,
): Promise<void> {
  const db = deps.database.db;
  if ((await countEvents(db, {})) > 0) return;
  const now = deps.clock();
  await db.transaction(async (tx) => {
    const base = {
      ...DEMO_PLACE,
      status: 'published',
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    };
    for (const d of DEMO_EVENTS) {
      const startsAt = new Date(
        parseVnDateTime(`${vnDay(new Date(now.getTime() + d.dayOffset * DAY))} ${d.time}`)!,
      );
      const event = await insertEvent(tx, {
        ...base,
        ...d.fields,
        startsAt,
        endsAt: new Date(startsAt.getTime() + d.hours * 3600_000),
        ...recorded(d, startsAt < now),
      });
      await replaceSessions(
        tx,
        event.id,
        d.agenda.map(([from, to, title, track]) => ({
          startsAt: new Date(startsAt.getTime() + from * 60_000),
          endsAt: new Date(startsAt.getTime() + to * 60_000),
          title,
          track,
          speakers: '',
        })),
      );
      await auditEvent(tx, SEED, 'create', event);
      if (d.tickets) await seedRegistrations(tx, deps, { event, tickets: d.tickets, offset: 0 });
    }
    const series = await insertSeries(tx, { titleVi: MEETUP.fields.titleVi! });
    // Six months back and six ahead, one a month.
    let at = secondThursday(new Date(now.getTime() - 183 * DAY));
    for (let i = 0, isNext = true; i < 12; i++) {
      const size = 35 + ((i * 7) % 20);
      const tickets = meetupTickets(size, at, now, isNext && at >= now);
      if (at >= now) isNext = false;
      const event = await insertEvent(tx, {
        ...base,
        ...MEETUP.fields,
        slug: `ca-phe-cong-nghe-${vnDay(at)}`,
        seriesId: series.id,
        startsAt: at,
        endsAt: new Date(at.getTime() + 2 * 3600_000),
        ...recorded({ ...MEETUP, size, tickets }, at < now),
      });
      await auditEvent(tx, SEED, 'create', event);
      await seedRegistrations(tx, deps, { event, tickets, offset: i * 11 });
      at = nextMonthlyOccurrence(at);
    }
  });
}
