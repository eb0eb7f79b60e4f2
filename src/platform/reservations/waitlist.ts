// The waitlist's moves, inside a transaction that holds the pool's lock (decision 018): freed units
// go to the head of the waitlist as a hold; a head that does not fit keeps its turn (no one behind
// it overtakes) and the units wait for it; an expired hold passes on.
import { cancelJob, scheduleJob } from '../jobs';
import type { Db } from '../db/client';
import {
  addUnits,
  publicReservation,
  updateReservation,
  waitlistHead,
} from './reservations.repository';
import { newClaimToken } from './tickets';
import type { Pool, Reservation, ReservationChange, ReservationStatus } from './types';

/** The job that ends a hold, registered by the owning module under its own prefix. */
export const HOLD_EXPIRY_JOB = 'reservation-hold-expiry';

export const holdExpiryJobName = (ownerModule: string) => `${ownerModule}.${HOLD_EXPIRY_JOB}`;
export const holdJobKey = (reservationId: string) => `reservation-hold:${reservationId}`;

export const freeUnits = (pool: Pool) => pool.capacity - pool.takenUnits - pool.heldUnits;

/** A seat given (on request, claim or promotion) waits for staff when the pool asks approval. */
export const admissionStatus = (pool: Pool): ReservationStatus =>
  pool.isApprovalRequired ? 'pending' : 'confirmed';

/** Offers holds to the waitlist's head while its party fits the free units. */
export async function offerFreedUnits(
  tx: Db,
  pool: Pool,
  now: Date,
): Promise<{ pool: Pool; changes: ReservationChange[] }> {
  const changes: ReservationChange[] = [];
  let current = pool;
  for (;;) {
    const head = await waitlistHead(tx, current.id);
    if (!head || head.partySize > freeUnits(current)) break;
    const { token, hash } = newClaimToken();
    const holdExpiresAt = new Date(now.getTime() + current.holdHours * 3600_000);
    const row = await updateReservation(
      tx,
      head.id,
      { status: 'offered', holdExpiresAt, claimTokenHash: hash, offeredAt: now },
      now,
    );
    current = await addUnits(tx, current.id, { held: head.partySize, waitlisted: -head.partySize });
    await scheduleJob(tx, {
      name: holdExpiryJobName(current.ownerModule),
      payload: { reservationId: head.id },
      runAt: holdExpiresAt,
      key: holdJobKey(head.id),
      replace: true,
    });
    changes.push({ reservation: publicReservation(row), from: 'waitlisted', claimToken: token });
  }
  return { pool: current, changes };
}

/**
 * Ends a reservation's hold on the pool's units or seat (cancelled, expired, rejected) and offers
 * what it freed. The caller holds the pool's lock and has checked the status may move.
 */
export async function endReservation(
  tx: Db,
  pool: Pool,
  reservation: Reservation,
  status: 'cancelled' | 'expired' | 'rejected',
  now: Date,
): Promise<{ pool: Pool; reservation: Reservation; changes: ReservationChange[] }> {
  const from = reservation.status;
  const units = reservation.partySize;
  let current = pool;
  if (from === 'pending' || from === 'confirmed')
    current = await addUnits(tx, pool.id, { taken: -units });
  if (from === 'waitlisted') current = await addUnits(tx, pool.id, { waitlisted: -units });
  if (from === 'offered') {
    current = await addUnits(tx, pool.id, { held: -units });
    await cancelJob(tx, holdJobKey(reservation.id));
  }
  const row = publicReservation(
    await updateReservation(tx, reservation.id, { status, endedAt: now }, now),
  );
  const offered = await offerFreedUnits(tx, current, now);
  return {
    pool: offered.pool,
    reservation: row,
    changes: [{ reservation: row, from }, ...offered.changes],
  };
}
