// Reminders a day and an hour before an event, and the follow-up after it, as durable jobs: one
// job per event and kind, moved with the event (its key, replaced) and checked against the
// event's start when it runs, so a job of an old time sends nothing. Each registration gets each
// mail once per start time (events_attendee_mails), only while it holds a seat — a cancelled
// registration is never reminded — and in the language it registered in.
import { z } from 'zod';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import type { Translate } from '../../../platform/i18n';
import { cancelJob, scheduleJob, type JobRun } from '../../../platform/jobs';
import { reservationDeps, ticketCodeOf } from '../../../platform/reservations';
import { findEventAttendees, recordAttendeeMail, type Attendee } from '../db/attendees.repository';
import { findEventById, listEvents, type EventRow } from '../db/events.repository';
import { eventText } from '../ui/event-text';
import { attendeeTranslator, queueAttendeeMail, type AttendeeLetter } from './attendee-mail';
import { followUpAttendees, followUpLetter } from './follow-up';

export const ATTENDEE_MAIL_JOB = 'events.attendee-mail';
const KINDS = ['day', 'hour', 'followUp'] as const;
type Kind = (typeof KINDS)[number];

const HOUR = 3_600_000;
const UPCOMING_LIMIT = 2000;
/** The follow-up leaves once the room is tidied, the same evening for a daytime event. */
export const FOLLOW_UP_DELAY_MS = 2 * HOUR;

export const attendeeMailJobKey = (eventId: string, kind: Kind) =>
  `${ATTENDEE_MAIL_JOB}:${eventId}:${kind}`;

function runAtOf(kind: Kind, event: EventRow): Date {
  if (kind === 'day') return new Date(event.startsAt.getTime() - 24 * HOUR);
  if (kind === 'hour') return new Date(event.startsAt.getTime() - HOUR);
  return new Date(event.endsAt.getTime() + FOLLOW_UP_DELAY_MS);
}

/** Schedules (or moves) the event's reminders and follow-up; one whose time has passed is dropped. */
export async function scheduleAttendeeMails(
  tx: Db,
  deps: Pick<AppDeps, 'clock'>,
  event: EventRow,
): Promise<void> {
  const now = deps.clock();
  for (const kind of KINDS) {
    const key = attendeeMailJobKey(event.id, kind);
    const runAt = runAtOf(kind, event);
    if (runAt <= now) {
      await cancelJob(tx, key);
      continue;
    }
    await scheduleJob(tx, {
      name: ATTENDEE_MAIL_JOB,
      key,
      runAt,
      replace: true,
      payload: { eventId: event.id, kind, startsAt: event.startsAt.toISOString() },
    });
  }
}

/**
 * At start: upcoming published events get their jobs, whether they were published before the
 * jobs existed or by the demo data; an event already scheduled keeps the same times.
 */
export async function scheduleUpcomingAttendeeMails(deps: Pick<AppDeps, 'database' | 'clock'>) {
  const db = deps.database.db;
  const upcoming = await listEvents(
    db,
    { statuses: ['published'], endsFrom: deps.clock() },
    { limit: UPCOMING_LIMIT, offset: 0 },
    'soonest',
  );
  if (upcoming.length === 0) return;
  await db.transaction(async (tx) => {
    for (const event of upcoming) await scheduleAttendeeMails(tx, deps, event);
  });
}

const ZPayload = z.object({ eventId: z.uuid(), kind: z.enum(KINDS), startsAt: z.iso.datetime() });

type Deps = Pick<AppDeps, 'database' | 'mail' | 'config' | 'clock' | 'jobs'>;

function reminderLetter(deps: Deps, event: EventRow, kind: 'day' | 'hour') {
  const secret = reservationDeps(deps).ticketSecret;
  return (attendee: Attendee) =>
    (t: Translate): AttendeeLetter => ({
      subject: t(`events.mail.reminder.${kind}.subject`, {
        title: eventText(event, attendeeTranslator(attendee).locale).title,
      }),
      lead: [t(`events.mail.reminder.${kind}`)],
      tail: [
        t('events.mail.ticketCode', { code: ticketCodeOf(secret, attendee.ticketRef) }),
        t('events.mail.calendar', {
          url: `${deps.config.publicUrl}/events/${event.slug}/event.ics`,
        }),
      ],
      template: `events.reminder.${kind}`,
    });
}

/** The `events.attendee-mail` job: a reminder or the follow-up to everyone it is due to. */
export async function sendAttendeeMails(job: JobRun, deps: Deps): Promise<void> {
  const payload = ZPayload.safeParse(job.payload);
  if (!payload.success) return;
  const { eventId, kind } = payload.data;
  const db = deps.database.db;
  const event = await findEventById(db, eventId);
  // Moved since (the job of its new time will send), unpublished or cancelled: nothing to send.
  if (!event || event.status !== 'published') return;
  if (event.startsAt.getTime() !== new Date(payload.data.startsAt).getTime()) return;
  if (kind !== 'followUp' && job.now >= event.startsAt) return;
  const queued = await db.transaction(async (tx) => {
    const attendees =
      kind === 'followUp'
        ? await followUpAttendees(tx, event)
        : await findEventAttendees(tx, event.id, ['confirmed']);
    const letterOf =
      kind === 'followUp'
        ? await followUpLetter(tx, deps, event)
        : reminderLetter(deps, event, kind);
    let count = 0;
    for (const attendee of attendees) {
      const isFirst = await recordAttendeeMail(tx, {
        registrationId: attendee.registration.id,
        kind,
        startsAt: event.startsAt,
        sentAt: job.now,
      });
      if (!isFirst) continue;
      await queueAttendeeMail(tx, deps, { event, attendee, letter: letterOf(attendee) });
      count += 1;
    }
    return count;
  });
  if (queued > 0) deps.jobs.wake();
}
