// A year of a provincial centre's events on a fresh database outside production, the same every
// time and dated around the clock: a Techfest, the monthly "cà phê công nghệ" on the second
// Thursday, workshops, a training, a pitch day and a dialogue. Past ones carry the attendance
// staff recorded, which the indicators read.
import type { AuditContext } from '../../../platform/audit';
import { ANONYMOUS } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { parseVnDateTime, vnDay } from '../../../platform/i18n/vn-time';
import { countEvents, insertEvent, insertSeries, replaceSessions } from '../db/events.repository';
import { nextMonthlyOccurrence } from '../domain/event';
import { auditEvent } from '../services/save-event';
import { DEMO_EVENTS, DEMO_PLACE, MEETUP, type DemoEvent } from './demo-events';

const SEED: AuditContext = { actor: ANONYMOUS, label: 'demo seed' };
const DAY = 86_400_000;

/** The second Thursday of the month the clock is in, 18:00 Vietnam time. */
function secondThursday(now: Date): Date {
  const month = vnDay(now).slice(0, 7);
  const first = parseVnDateTime(`${month}-01 18:00`)!;
  const weekday = new Date(first.getTime() + 7 * 3600_000).getUTCDay();
  return new Date(first.getTime() + (((4 - weekday + 7) % 7) + 7) * DAY);
}

/** Attendance recorded for a past event: a fixed share of its size, so the figures repeat. */
const recorded = (d: DemoEvent, isPast: boolean) =>
  isPast
    ? { reportedParticipants: d.size, reportedStartups: Math.round(d.size * d.startupShare) }
    : {};

export async function seedEventsDemo(deps: Pick<AppDeps, 'database' | 'clock'>): Promise<void> {
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
    }
    const series = await insertSeries(tx, { titleVi: MEETUP.fields.titleVi! });
    // Six months back and six ahead, one a month.
    let at = secondThursday(new Date(now.getTime() - 183 * DAY));
    for (let i = 0; i < 12; i++) {
      const event = await insertEvent(tx, {
        ...base,
        ...MEETUP.fields,
        slug: `ca-phe-cong-nghe-${vnDay(at)}`,
        seriesId: series.id,
        startsAt: at,
        endsAt: new Date(at.getTime() + 2 * 3600_000),
        ...recorded({ ...MEETUP, size: 35 + ((i * 7) % 20) }, at < now),
      });
      await auditEvent(tx, SEED, 'create', event);
      at = nextMonthlyOccurrence(at);
    }
  });
}
