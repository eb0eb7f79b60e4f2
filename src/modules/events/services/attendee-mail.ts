// The pieces every mail to an attendee shares: who they are in their language, what the event is
// and where, and the outbox call with the entry for their calendar when they hold a seat.
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { translator, type Locale, type Translate } from '../../../platform/i18n';
import type { MailAttachment } from '../../../platform/mail/mailer';
import type { Attendee } from '../db/attendees.repository';
import type { EventRow } from '../db/events.repository';
import { eventText, eventWhen } from '../ui/event-text';
import { calendarInvitation } from './attendee-calendar';

export type AttendeeMailDeps = Pick<AppDeps, 'mail' | 'config' | 'clock'>;

export interface AttendeeLetter {
  subject: string;
  /** The paragraphs after the greeting and before the event's facts. */
  lead: string[];
  /** After the facts: links, the ticket's code. */
  tail?: string[];
  template: string;
  /** Attach the attendee's calendar entry (REQUEST, or CANCEL for a cancelled event). */
  isCalendarAttached?: boolean;
}

/** The event as a line each: its title, when (Vietnam time) and where. */
export function eventFacts(event: EventRow, locale: Locale): string[] {
  const where = [event.venueName, event.venueAddress].filter(Boolean).join(', ');
  return [
    eventText(event, locale).title,
    eventWhen(event, locale),
    ...[where, event.onlineUrl].filter(Boolean),
  ];
}

export function attendeeTranslator(attendee: Attendee): { t: Translate; locale: Locale } {
  const locale: Locale = attendee.registration.locale === 'en' ? 'en' : 'vi';
  return { t: translator(locale), locale };
}

/** Queues one attendee's mail in the caller's transaction. */
export async function queueAttendeeMail(
  tx: Db,
  deps: AttendeeMailDeps,
  input: { event: EventRow; attendee: Attendee; letter: (t: Translate) => AttendeeLetter },
) {
  const { event, attendee } = input;
  const { registration } = attendee;
  const { t, locale } = attendeeTranslator(attendee);
  const letter = input.letter(t);
  const attachments: MailAttachment[] = letter.isCalendarAttached
    ? [await calendarInvitation(tx, deps, { event, registration })]
    : [];
  await deps.mail.queue(tx, {
    to: registration.email,
    subject: letter.subject,
    text: [
      t('events.mail.hello', { name: registration.name }),
      '',
      ...letter.lead,
      ...eventFacts(event, locale),
      ...(letter.tail?.length ? ['', ...letter.tail] : []),
    ].join('\n'),
    template: letter.template,
    ...(attachments.length && { attachments }),
  });
}
