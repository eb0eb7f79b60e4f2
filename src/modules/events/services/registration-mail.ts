// The mail a registrant gets when their seat moves is scheduled in the transaction that moved it
// and built after its commit (seat-mail.ts: the letter, seat-letter.ts); the guest's e-mail
// confirmation is written in the registration's transaction.
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { translator, type Locale } from '../../../platform/i18n';
import type { ReservationChange } from '../../../platform/reservations';
import type { RegistrationRow } from '../db/registrations.repository';
import { confirmPath } from './registration-links';
import { scheduleSeatMail } from './seat-mail';

export { claimPath, confirmPath, managePath, newToken, tokenHash } from './registration-links';

type Deps = Pick<AppDeps, 'mail' | 'config' | 'clock'>;

/** Mails the registrants whose reservations the core moved, once the caller's transaction commits. */
export async function mailChanges(tx: Db, deps: Deps, changes: readonly ReservationChange[]) {
  for (const change of changes)
    await scheduleSeatMail(tx, deps, { reservationId: change.reservation.id, change });
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
