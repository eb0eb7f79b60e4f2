// The mail a registrant gets when their seat moves, written in the transaction that moved it, in
// the language they registered in: a seat (with the ticket code, the manage link and the event's
// calendar file), a place on the waitlist, a seat held for them (the claim link and its end), a
// hold passed on, a cancellation.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { translator, vnDeadline, type Locale } from '../../../platform/i18n';
import type { MailAttachment } from '../../../platform/mail/mailer';
import {
  reservationDeps,
  ticketCodeOf,
  type ReservationChange,
} from '../../../platform/reservations';
import { findEventById } from '../db/events.repository';
import {
  findRegistrationsByReservations,
  setManageToken,
  type RegistrationRow,
} from '../db/registrations.repository';
import { eventText, eventWhen } from '../ui/event-text';
import { onBehalfLines } from './colleague-mail';
import { rejectionMail } from './rejection-mail';
import { calendarInvitation } from './attendee-calendar';
import { ticketQrAttachment } from './ticket-qr-mail';

type Deps = Pick<AppDeps, 'mail' | 'config' | 'database' | 'clock'>;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(24).toString('base64url');

export const managePath = (token: string) => `/events/registrations/${token}`;
export const claimPath = (token: string) => `/events/claim/${token}`;
export const confirmPath = (token: string) => `/events/registrations/confirm/${token}`;

async function seatMail(
  tx: Db,
  deps: Deps,
  registration: RegistrationRow,
  change: ReservationChange,
): Promise<{ subject: string; lines: string[]; attachments?: MailAttachment[] } | undefined> {
  const event = await findEventById(tx, registration.eventId);
  if (!event) return undefined;
  const locale = registration.locale as Locale;
  const t = translator(locale);
  const origin = deps.config.publicUrl;
  const title = eventText(event, locale).title;
  const hello = t('events.mail.hello', { name: registration.name });
  const head = [hello, ...(await onBehalfLines(tx, registration, t)), ''];
  const facts = [`${title}`, eventWhen(event, locale), event.venueAddress || event.onlineUrl];
  const status = change.reservation.status;
  if (status === 'confirmed' || status === 'pending') {
    // A fresh manage link: only its hash is kept, so each seat mail carries a new one.
    const token = newToken();
    await setManageToken(tx, registration.id, tokenHash(token));
    const code = ticketCodeOf(reservationDeps(deps, tx).ticketSecret, change.reservation.ticketRef);
    return {
      subject: t(
        status === 'confirmed' ? 'events.mail.confirmed.subject' : 'events.mail.pending.subject',
        { title },
      ),
      lines: [
        ...head,
        t(status === 'confirmed' ? 'events.mail.confirmed' : 'events.mail.pending'),
        ...facts,
        '',
        ...(status === 'confirmed'
          ? [t('events.mail.ticketCode', { code }), t('events.door.mail.qr'), '']
          : []),
        t('events.mail.manage', { url: `${origin}${managePath(token)}` }),
        t('events.mail.calendar', { url: `${origin}/events/${event.slug}/event.ics` }),
      ],
      // The seat's entry for their calendar and the ticket's QR code; a registration awaiting
      // approval has neither yet.
      ...(status === 'confirmed' && {
        attachments: [
          await calendarInvitation(tx, deps, { event, registration }),
          await ticketQrAttachment(code),
        ],
      }),
    };
  }
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
        `${origin}${claimPath(change.claimToken)}`,
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
          await calendarInvitation(tx, deps, {
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

/** Mails the registrants whose reservations the core moved, in the caller's transaction. */
export async function mailChanges(tx: Db, deps: Deps, changes: readonly ReservationChange[]) {
  const registrations = await findRegistrationsByReservations(
    tx,
    changes.map((c) => c.reservation.id),
  );
  for (const change of changes) {
    const registration = registrations.find((r) => r.reservationId === change.reservation.id);
    if (!registration) continue;
    const mail = await seatMail(tx, deps, registration, change);
    if (!mail) continue;
    await deps.mail.queue(tx, {
      to: registration.email,
      subject: mail.subject,
      text: mail.lines.join('\n'),
      template: `events.registration.${change.reservation.status}`,
      attachments: mail.attachments,
    });
  }
}

/** The guest's e-mail confirmation: nothing is reserved until its link is followed. */
export async function mailGuestConfirmation(
  tx: Db,
  deps: Deps,
  registration: RegistrationRow,
  input: { token: string; title: string },
) {
  const t = translator(registration.locale as Locale);
  await deps.mail.queue(tx, {
    to: registration.email,
    subject: t('events.mail.confirmEmail.subject', { title: input.title }),
    text: [
      t('events.mail.hello', { name: registration.name }),
      '',
      t('events.mail.confirmEmail', { title: input.title }),
      `${deps.config.publicUrl}${confirmPath(input.token)}`,
    ].join('\n'),
    template: 'events.registration.confirm-email',
  });
}
