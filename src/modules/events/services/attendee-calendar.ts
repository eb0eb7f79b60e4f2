// The calendar entry mailed to one attendee (RFC 5546): METHOD:REQUEST puts the event in their
// calendar or updates it, METHOD:CANCEL takes it out. The UID is the event's, as in the public
// file and feed; the SEQUENCE is the event's version, raised by the attendee's own history — each
// earlier registration of theirs cancelled counts twice (its entry, its cancellation) and this one
// once more when it is cancelled — so a calendar never sees a later message with a lower number.
import { calendarFile, CALENDAR_CONTENT_TYPE } from '../../../platform/calendar/ical';
import type { CalendarPerson } from '../../../platform/calendar/ical';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import type { Locale } from '../../../platform/i18n';
import type { MailAttachment } from '../../../platform/mail/mailer';
import { countCancelledRegistrations } from '../db/attendees.repository';
import type { EventRow } from '../db/events.repository';
import type { RegistrationRow } from '../db/registrations.repository';
import { calendarEventOf } from './calendar-files';

type Deps = Pick<AppDeps, 'config' | 'clock'>;

export const INVITATION_FILENAME = 'invite.ics';

/** The centre's sender ("InnoHub <no-reply@…>" or a bare address) as the entry's ORGANIZER. */
export function organizerOf(mailFrom: string): CalendarPerson {
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  if (!named) return { email: mailFrom.trim() };
  return { email: named[2]!.trim(), ...(named[1] ? { name: named[1] } : {}) };
}

export async function attendeeSequence(
  tx: Db,
  input: { event: EventRow; registration: RegistrationRow; isRegistrationCancelled: boolean },
): Promise<number> {
  const { event, registration } = input;
  const earlier = await countCancelledRegistrations(tx, {
    eventId: event.id,
    email: registration.email,
    exceptId: registration.id,
  });
  return event.version - 1 + 2 * earlier + (input.isRegistrationCancelled ? 1 : 0);
}

/**
 * The attendee's entry as a mail attachment: REQUEST while they hold a seat of a live event,
 * CANCEL once their registration or the event is cancelled.
 */
export async function calendarInvitation(
  tx: Db,
  deps: Deps,
  input: { event: EventRow; registration: RegistrationRow; isRegistrationCancelled?: boolean },
): Promise<MailAttachment> {
  const { event, registration } = input;
  const isRegistrationCancelled = input.isRegistrationCancelled ?? false;
  const method = isRegistrationCancelled || event.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const sequence = await attendeeSequence(tx, { event, registration, isRegistrationCancelled });
  const entry = calendarEventOf(event, deps.config.publicUrl, registration.locale as Locale);
  const content = calendarFile({
    method,
    now: deps.clock(),
    events: [
      {
        ...entry,
        sequence,
        organizer: organizerOf(deps.config.MAIL_FROM),
        attendees: [{ email: registration.email, name: registration.name }],
      },
    ],
  });
  return { filename: INVITATION_FILENAME, contentType: CALENDAR_CONTENT_TYPE(method), content };
}
