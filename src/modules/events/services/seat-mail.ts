// The registrant's mail about their seat leaves the transaction that moved it: that transaction
// only schedules this durable job (so a seat that commits always gets its mail, and one that
// rolls back never does), and the job builds the letter — the ticket's QR image, the calendar
// entry — after the commit, with no pool locked. A registration schedules the job before asking
// for its seat, so the request is the transaction's last statement; that job mails the seat as
// the request left it (version 1), or nothing when a later change, mailed by its own job, has
// moved it since. The outbox row takes the job's id: a job run twice mails once.
import { z } from 'zod';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import {
  scheduleJob,
  scheduleJobPlaceholders,
  scheduledJobValues,
  type JobRun,
  type ScheduleJob,
} from '../../../platform/jobs';
import {
  getReservation,
  RESERVATION_STATUSES,
  type ReservationChange,
} from '../../../platform/reservations';
import { findRegistrationsByReservations, setManageToken } from '../db/registrations.repository';
import { registrationLetter } from './seat-letter';

export const SEAT_MAIL_JOB = 'events.seat-mail';

const ZStatus = z.enum(RESERVATION_STATUSES);
const ZSeatMail = z.object({
  reservationId: z.uuid(),
  /** The change to mail; absent for a new request's seat, read when the job runs. */
  change: z
    .object({
      status: ZStatus,
      from: ZStatus.nullable(),
      claimToken: z.string().optional(),
      holdExpiresAt: z.iso.datetime().nullable(),
    })
    .optional(),
});
type SeatMail = z.infer<typeof ZSeatMail>;

type SeatMailInput = { reservationId: string; change?: ReservationChange };

function seatMailJob(deps: Pick<AppDeps, 'clock'>, input: SeatMailInput): ScheduleJob {
  const { change } = input;
  const payload: SeatMail = {
    reservationId: input.reservationId,
    ...(change && {
      change: {
        status: change.reservation.status,
        from: change.from,
        ...(change.claimToken && { claimToken: change.claimToken }),
        holdExpiresAt: change.reservation.holdExpiresAt?.toISOString() ?? null,
      },
    }),
  };
  return { name: SEAT_MAIL_JOB, payload, runAt: deps.clock() };
}

/** Schedules the mail of a change (or, without one, of the seat a request is about to get). */
export async function scheduleSeatMail(tx: Db, deps: Pick<AppDeps, 'clock'>, input: SeatMailInput) {
  await scheduleJob(tx, seatMailJob(deps, input));
}

/**
 * The same, in the statement built once that requests the seat (`seatAlongside`): its placeholders
 * and the values that fill them.
 */
export const seatMailPlaceholders = (db: Db) =>
  scheduleJobPlaceholders(db, SEAT_MAIL_JOB, 'seat_mail');

export const seatMailValues = (deps: Pick<AppDeps, 'clock'>, input: SeatMailInput) =>
  scheduledJobValues('seat_mail', seatMailJob(deps, input));

type Deps = Pick<AppDeps, 'database' | 'mail' | 'config' | 'clock' | 'jobs'>;

/** The change the job mails, as its transaction saw it; undefined when there is none to mail. */
async function changeToMail(deps: Deps, payload: SeatMail) {
  const { reservationId, change } = payload;
  const reservation = await getReservation({ db: deps.database.db }, { reservationId }).catch(
    () => undefined,
  );
  if (!reservation) return undefined;
  if (!change) return reservation.version === 1 ? { reservation, from: null } : undefined;
  const holdExpiresAt = change.holdExpiresAt ? new Date(change.holdExpiresAt) : null;
  return {
    reservation: { ...reservation, status: change.status, holdExpiresAt },
    from: change.from,
    claimToken: change.claimToken,
  } satisfies ReservationChange;
}

export async function sendSeatMail(job: JobRun, deps: Deps): Promise<void> {
  const payload = ZSeatMail.parse(job.payload);
  const db = deps.database.db;
  const change = await changeToMail(deps, payload);
  const [registration] = change
    ? await findRegistrationsByReservations(db, [payload.reservationId])
    : [];
  if (!change || !registration) return;
  const letter = await registrationLetter(db, deps, registration, change);
  if (!letter) return;
  await db.transaction(async (tx) => {
    const isQueued = await deps.mail.queue(tx, {
      id: job.id,
      to: registration.email,
      subject: letter.subject,
      text: letter.lines.join('\n'),
      template: `events.registration.${change.reservation.status}`,
      attachments: letter.attachments,
    });
    if (isQueued && letter.manageTokenHash)
      await setManageToken(tx, registration.id, letter.manageTokenHash);
  });
  deps.jobs.wake();
}
