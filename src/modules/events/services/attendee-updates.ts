// What registrants hear when staff change an event, in the transaction of the change: a new time
// or place mails everyone still in play (a seat holder with the updated calendar entry, SEQUENCE
// raised with the event's version), a cancelled event mails them its cancellation (CANCEL for a
// seat holder), and the reminders and follow-up follow the event's time.
import type { Db } from '../../../platform/db/client';
import { LIVE_STATUSES } from '../../../platform/reservations';
import { findEventAttendees } from '../db/attendees.repository';
import type { EventRow } from '../db/events.repository';
import { queueAttendeeMail, type AttendeeMailDeps } from './attendee-mail';
import { scheduleAttendeeMails } from './attendee-reminders';
import { eventText } from '../ui/event-text';

/** The fields whose change an attendee must hear about: when and where. */
const WHEN_AND_WHERE = ['startsAt', 'endsAt', 'venueName', 'venueAddress', 'onlineUrl'] as const;

export const isMoved = (before: EventRow, after: EventRow) =>
  WHEN_AND_WHERE.some((k) => String(before[k]) !== String(after[k]));

async function mailAttendees(
  tx: Db,
  deps: AttendeeMailDeps,
  event: EventRow,
  kind: 'changed' | 'eventCancelled',
) {
  const attendees = await findEventAttendees(tx, event.id, LIVE_STATUSES);
  for (const attendee of attendees) {
    await queueAttendeeMail(tx, deps, {
      event,
      attendee,
      letter: (t) => ({
        subject: t(`events.mail.${kind}.subject`, {
          title: eventText(event, attendee.registration.locale === 'en' ? 'en' : 'vi').title,
        }),
        lead: [t(`events.mail.${kind}`)],
        template: `events.event.${kind}`,
        isCalendarAttached: attendee.status === 'confirmed',
      }),
    });
  }
  return attendees.length;
}

/**
 * Called by the commands that change an event, in their transaction, with the event before and
 * after. Returns how many mails were queued (the caller wakes the runner after its commit).
 */
export async function tellAttendees(
  tx: Db,
  deps: AttendeeMailDeps,
  change: { before: EventRow; after: EventRow },
): Promise<number> {
  const { before, after } = change;
  if (after.status === 'published') await scheduleAttendeeMails(tx, deps, after);
  if (before.status === 'published' && after.status === 'cancelled')
    return mailAttendees(tx, deps, after, 'eventCancelled');
  if (after.status === 'published' && before.status === 'published' && isMoved(before, after))
    return mailAttendees(tx, deps, after, 'changed');
  return 0;
}
