// The moves of one reservation by its holder or by staff; each frees what it held and offers it to
// the waitlist in the same transaction.
// cancelReservation: pending, confirmed, waitlisted or offered → cancelled (again → isReplay).
// approveReservation: pending → confirmed (staff; again → isReplay).
// rejectReservation: pending, waitlisted or offered → rejected (staff; again → isReplay).
// Any other status: WRONG_STATUS.
import { recordAudit, type AuditContext } from '../audit';
import type { Db } from '../db/client';
import { publicReservation, updateReservation } from './reservations.repository';
import { withLockedReservation } from './locking';
import type { MoveOutcome, Pool, Reservation, ReservationDeps, ReservationStatus } from './types';
import { endReservation } from './waitlist';

type Ending = 'cancelled' | 'rejected';

const ENDS_FROM: Record<Ending, readonly ReservationStatus[]> = {
  cancelled: ['pending', 'confirmed', 'waitlisted', 'offered'],
  rejected: ['pending', 'waitlisted', 'offered'],
};

export async function auditMove(
  tx: Db,
  acting: AuditContext,
  pool: Pool,
  verb: string,
  reservation: Reservation,
  before: ReservationStatus,
) {
  await recordAudit(tx, acting, {
    action: `${pool.ownerModule}.reservation:${verb}`,
    entityType: 'platform_reservation',
    entityId: reservation.id,
    before: { status: before },
    after: { status: reservation.status, poolId: pool.id, partySize: reservation.partySize },
  });
}

function end(
  deps: ReservationDeps,
  acting: AuditContext,
  reservationId: string,
  status: Ending,
): Promise<MoveOutcome> {
  return withLockedReservation(deps, reservationId, async (tx, pool, row) => {
    const reservation = publicReservation(row);
    if (row.status === status) return { ok: true, reservation, isReplay: true, changes: [] };
    if (!ENDS_FROM[status].includes(row.status)) {
      return { ok: false, reason: 'WRONG_STATUS', reservation };
    }
    const ended = await endReservation(tx, pool, reservation, status, deps.clock());
    await auditMove(
      tx,
      acting,
      pool,
      status === 'cancelled' ? 'cancel' : 'reject',
      ended.reservation,
      row.status,
    );
    return { ok: true, reservation: ended.reservation, isReplay: false, changes: ended.changes };
  });
}

export const cancelReservation = (
  deps: ReservationDeps,
  acting: AuditContext,
  input: { reservationId: string },
) => end(deps, acting, input.reservationId, 'cancelled');

export const rejectReservation = (
  deps: ReservationDeps,
  acting: AuditContext,
  input: { reservationId: string },
) => end(deps, acting, input.reservationId, 'rejected');

export function approveReservation(
  deps: ReservationDeps,
  acting: AuditContext,
  input: { reservationId: string },
): Promise<MoveOutcome> {
  return withLockedReservation(deps, input.reservationId, async (tx, pool, row) => {
    const reservation = publicReservation(row);
    if (row.status === 'confirmed') return { ok: true, reservation, isReplay: true, changes: [] };
    if (row.status !== 'pending') return { ok: false, reason: 'WRONG_STATUS', reservation };
    const now = deps.clock();
    const updated = publicReservation(
      await updateReservation(tx, row.id, { status: 'confirmed', confirmedAt: now }, now),
    );
    await auditMove(tx, acting, pool, 'approve', updated, 'pending');
    return {
      ok: true,
      reservation: updated,
      isReplay: false,
      changes: [{ reservation: updated, from: 'pending' }],
    };
  });
}
