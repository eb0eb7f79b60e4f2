// The letter a registrant gets when their seat moves, in the language they registered in: a seat
// (with the ticket code and its QR image, a fresh manage link and the event's calendar entry), a
// place on the waitlist, a seat held for them (the claim link and its end), a hold passed on, a
// cancellation, a rejection. Built from reads alone, outside any transaction: the caller stores
// the manage link's hash with the mail.
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { translator, vnDeadline, type Locale } from '../../../platform/i18n';
import type { MailAttachment } from '../../../platform/mail/mailer';
import {
  reservationDeps,
  ticketCodeOf,
  type ReservationChange,
} from '../../../platform/reservations';
import { findEventById, type EventRow } from '../db/events.repository';
import type { RegistrationRow } from '../db/registrations.repository';
import { eventText, eventWhen } from '../ui/event-text';
import { calendarInvitation } from './attendee-calendar';
import { onBehalfLines } from './colleague-mail';
import { claimPath, managePath, newToken, tokenHash } from './registration-links';
import { rejectionMail } from './rejection-mail';
import { ticketQrAttachment } from './ticket-qr-mail';

export type SeatLetterDeps = Pick<AppDeps, 'config' | 'database' | 'clock'>;

export interface SeatLetter {
  subject: string;
  lines: string[];
  attachments?: MailAttachment[];
  /** The hash of the manage link the letter carries, to store with it. */
  manageTokenHash?: string;
}

/** The seat's letter: its ticket, the manage link (a new one: only hashes are kept), its entry. */
async function seatLetter(
  db: Db,
  deps: SeatLetterDeps,
  input: {
    registration: RegistrationRow;
    change: ReservationChange;
    event: EventRow;
    head: string[];
    facts: string[];
  },
): Promise<SeatLetter> {
  const { registration, change, event, facts } = input;
  const locale = registration.locale as Locale;
  const t = translator(locale);
  const origin = deps.config.publicUrl;
  const title = eventText(event, locale).title;
  const isConfirmed = change.reservation.status === 'confirmed';
  const token = newToken();
  const code = ticketCodeOf(reservationDeps(deps).ticketSecret, change.reservation.ticketRef);
  return {
    subject: t(isConfirmed ? 'events.mail.confirmed.subject' : 'events.mail.pending.subject', {
      title,
    }),
    lines: [
      ...input.head,
      t(isConfirmed ? 'events.mail.confirmed' : 'events.mail.pending'),
      ...facts,
      '',
      ...(isConfirmed ? [t('events.mail.ticketCode', { code }), t('events.door.mail.qr'), ''] : []),
      t('events.mail.manage', { url: `${origin}${managePath(token)}` }),
      t('events.mail.calendar', { url: `${origin}/events/${event.slug}/event.ics` }),
    ],
    // The seat's entry for their calendar and the ticket's QR code; a registration awaiting
    // approval has neither yet.
    ...(isConfirmed && {
      attachments: [
        await calendarInvitation(db, deps, { event, registration }),
        await ticketQrAttachment(code),
      ],
    }),
    manageTokenHash: tokenHash(token),
  };
}

/** The letter for a change of the registration's reservation; undefined when none is sent. */
export async function registrationLetter(
  db: Db,
  deps: SeatLetterDeps,
  registration: RegistrationRow,
  change: ReservationChange,
): Promise<SeatLetter | undefined> {
  const event = await findEventById(db, registration.eventId);
  if (!event) return undefined;
  const locale = registration.locale as Locale;
  const t = translator(locale);
  const title = eventText(event, locale).title;
  const hello = t('events.mail.hello', { name: registration.name });
  const head = [hello, ...(await onBehalfLines(db, registration, t)), ''];
  const facts = [`${title}`, eventWhen(event, locale), event.venueAddress || event.onlineUrl];
  const status = change.reservation.status;
  if (status === 'confirmed' || status === 'pending')
    return seatLetter(db, deps, { registration, change, event, head, facts });
  if (status === 'waitlisted')
    return {
      subject: t('events.mail.waitlisted.subject', { title }),
      lines: [...head, t('events.mail.waitlisted'), ...facts],
    };
  if (status === 'offered' && change.claimToken)
    return {
      subject: t('events.mail.offered.subject', { title }),
      lines: [
        ...head,
        t('events.mail.offered', { until: vnDeadline(change.reservation.holdExpiresAt!, locale) }),
        ...facts,
        '',
        `${deps.config.publicUrl}${claimPath(change.claimToken)}`,
      ],
    };
  if (status === 'expired')
    return {
      subject: t('events.mail.expired.subject', { title }),
      lines: [...head, t('events.mail.expired'), ...facts],
    };
  if (status === 'cancelled')
    return {
      subject: t('events.mail.cancelled.subject', { title }),
      lines: [...head, t('events.mail.cancelled'), ...facts],
      // Only a seat was in their calendar: take it out.
      ...(change.from === 'confirmed' && {
        attachments: [
          await calendarInvitation(db, deps, {
            event,
            registration,
            isRegistrationCancelled: true,
          }),
        ],
      }),
    };
  if (status === 'rejected') return rejectionMail(t, { title, head, facts });
  return undefined;
}
