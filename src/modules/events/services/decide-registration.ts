// decideRegistration: staff (or a member of the event's organisers) approve or reject a registration waiting for approval (a ticket type
// that asks for it). Outcomes: approved (the ticket mailed) | rejected (the registrant told; the
// seat it held offered to the first in line, mailed, all in one transaction) | the same decision
// again (isReplay, nothing mailed) | WRONG_STATUS (cancelled or decided otherwise meanwhile).
// A registration of another event, or one that never asked for a seat, is NOT_FOUND.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import {
  approveReservation,
  rejectReservation,
  reservationDeps,
  type MoveOutcome,
  type Reservation,
} from '../../../platform/reservations';
import { getManagedRegistration } from './event-access';
import { mailChanges } from './registration-mail';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'mail' | 'jobs'>;

export const DECISIONS = ['approve', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

export async function decideRegistration(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; registrationId: string; decision: Decision },
): Promise<MoveOutcome> {
  const db = deps.database.db;
  const { reservationId } = await getManagedRegistration(db, acting.actor, input);
  const move = input.decision === 'approve' ? approveReservation : rejectReservation;
  try {
    const outcome = await db.transaction(async (tx) => {
      const moved = await move(reservationDeps(deps, tx), acting, { reservationId });
      // The core also rejects from the waitlist; staff here decide only what waits for them.
      const from = moved.ok ? moved.changes[0]?.from : undefined;
      if (moved.ok && !moved.isReplay && from !== 'pending')
        throw new NotPending({ ...moved.reservation, status: from ?? moved.reservation.status });
      if (moved.ok) await mailChanges(tx, deps, moved.changes);
      return moved;
    });
    deps.jobs.wake();
    return outcome;
  } catch (err) {
    if (!(err instanceof NotPending)) throw err;
    return { ok: false, reason: 'WRONG_STATUS', reservation: err.reservation };
  }
}

/** Rolls the move back: the registration was not waiting for a decision. */
class NotPending extends Error {
  constructor(readonly reservation: Reservation) {
    super('not pending');
  }
}
