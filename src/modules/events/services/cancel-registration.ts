// cancelRegistration: the attendee gives their seat (or place on the waitlist) back, by their
// account or their manage link, until the event's cancellation deadline. Outcomes: cancelled (the
// freed seat offered to the waitlist and mailed, in one transaction) | TOO_LATE (the deadline) |
// already cancelled (isReplay). A registration that is not theirs is NOT_FOUND.
// claimSeat: the waitlisted person takes the seat held for them by the mailed link. Outcomes:
// confirmed (ticket mailed) | HOLD_EXPIRED (passed on, the next person mailed) | UNKNOWN_CLAIM |
// WRONG_STATUS.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import {
  cancelReservation,
  claimHold,
  reservationDeps,
  type ClaimOutcome,
  type MoveOutcome,
} from '../../../platform/reservations';
import { findEventById } from '../db/events.repository';
import type { RegistrationRow } from '../db/registrations.repository';
import { cancelDeadline } from '../domain/registration-window';
import { mailChanges } from './registration-mail';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'mail' | 'jobs'>;

export type CancelResult = MoveOutcome | { ok: false; reason: 'TOO_LATE'; deadline: Date };

export async function cancelRegistration(
  deps: Deps,
  acting: AuditContext,
  input: { registration: RegistrationRow },
): Promise<CancelResult> {
  const { registration } = input;
  const db = deps.database.db;
  const event = await findEventById(db, registration.eventId);
  if (!event || !registration.reservationId) throw new AppError('NOT_FOUND');
  const deadline = cancelDeadline(event);
  if (deps.clock() >= deadline) return { ok: false, reason: 'TOO_LATE', deadline };
  const outcome = await db.transaction(async (tx) => {
    const moved = await cancelReservation(reservationDeps(deps, tx), acting, {
      reservationId: registration.reservationId!,
    });
    if (moved.ok) await mailChanges(tx, deps, moved.changes);
    return moved;
  });
  deps.jobs.wake();
  return outcome;
}

export async function claimSeat(
  deps: Deps,
  acting: AuditContext,
  input: { token: string },
): Promise<ClaimOutcome> {
  const outcome = await deps.database.db.transaction(async (tx) => {
    const claimed = await claimHold(reservationDeps(deps, tx), acting, input);
    if (claimed.ok || claimed.reason === 'HOLD_EXPIRED')
      await mailChanges(tx, deps, claimed.changes);
    return claimed;
  });
  deps.jobs.wake();
  return outcome;
}
