// promoteRegistration: staff (or a member of the event's organisers) give a waitlisted registrant
// — or one whose hold is running or ran out — a seat now, out of turn (a speaker's colleague, a
// sponsor). Outcomes: promoted (the ticket mailed, in the same transaction) | the same promotion
// again (isReplay, nothing mailed) | FULL (no free seat of that ticket type: staff may promote
// again with isCapacityRaised, which adds the seat to the ticket type in the same step) |
// WRONG_STATUS (cancelled or rejected meanwhile). A registration of another event is NOT_FOUND.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import {
  promoteReservation,
  reservationDeps,
  type PromoteOutcome,
} from '../../../platform/reservations';
import { getManagedRegistration } from './event-access';
import { mailChanges } from './registration-mail';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'mail' | 'jobs'>;

export async function promoteRegistration(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; registrationId: string; isCapacityRaised: boolean },
): Promise<PromoteOutcome> {
  const db = deps.database.db;
  const { reservationId } = await getManagedRegistration(db, acting.actor, input);
  const outcome = await db.transaction(async (tx) => {
    const promoted = await promoteReservation(reservationDeps(deps, tx), acting, {
      reservationId,
      isCapacityRaised: input.isCapacityRaised,
    });
    if (promoted.ok) await mailChanges(tx, deps, promoted.changes);
    return promoted;
  });
  deps.jobs.wake();
  return outcome;
}
