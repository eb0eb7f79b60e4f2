// claimHold: the waitlisted party takes the units held for it, by its claim link.
// Outcomes: confirmed (or pending approval); the same link again → isReplay; UNKNOWN_CLAIM for a
// token we never gave; HOLD_EXPIRED once the hold's time has passed — even if the expiry job has
// not run yet, the hold ends here and passes on (the changes say to whom); WRONG_STATUS when the
// reservation was cancelled or rejected meanwhile.
// expireHold: the job's work — a hold whose time passed ends and the units go to the next.
import type { AuditContext } from '../audit';
import type { Db } from '../db/client';
import { cancelJob } from '../jobs';
import { isUuid } from '../input/uuid';
import {
  lockPool,
  findByClaimHash,
  findReservationRow,
  addUnits,
  publicReservation,
  updateReservation,
} from './reservations.repository';
import { claimTokenHash } from './tickets';
import type { ClaimOutcome, Pool, ReservationChange, ReservationDeps } from './types';
import { admissionStatus, endReservation, holdJobKey } from './waitlist';

type Row = NonNullable<Awaited<ReturnType<typeof findReservationRow>>>;

const isPastHold = (row: Row, now: Date) =>
  row.holdExpiresAt !== null && row.holdExpiresAt.getTime() <= now.getTime();

async function takeHold(tx: Db, pool: Pool, row: Row, now: Date): Promise<ClaimOutcome> {
  const status = admissionStatus(pool);
  await addUnits(tx, pool.id, { taken: row.partySize, held: -row.partySize });
  const updated = publicReservation(
    await updateReservation(
      tx,
      row.id,
      { status, confirmedAt: status === 'confirmed' ? now : null },
      now,
    ),
  );
  await cancelJob(tx, holdJobKey(row.id));
  return {
    ok: true,
    reservation: updated,
    isReplay: false,
    changes: [{ reservation: updated, from: 'offered' }],
  };
}

export function claimHold(
  deps: ReservationDeps,
  _acting: AuditContext,
  input: { token: string },
): Promise<ClaimOutcome> {
  const hash = claimTokenHash(input.token);
  return deps.db.transaction(async (tx): Promise<ClaimOutcome> => {
    const seen = await findByClaimHash(tx, hash);
    const pool = seen && (await lockPool(tx, seen.poolId));
    const row = pool && (await findReservationRow(tx, seen.id));
    if (!pool || !row) return { ok: false, reason: 'UNKNOWN_CLAIM' };
    const now = deps.clock();
    if (row.status === 'offered' && !isPastHold(row, now)) return takeHold(tx, pool, row, now);
    if (row.status === 'offered') {
      const ended = await endReservation(tx, pool, publicReservation(row), 'expired', now);
      return {
        ok: false,
        reason: 'HOLD_EXPIRED',
        reservation: ended.reservation,
        changes: ended.changes,
      };
    }
    const reservation = publicReservation(row);
    if (row.status === 'expired')
      return { ok: false, reason: 'HOLD_EXPIRED', reservation, changes: [] };
    if (row.status === 'pending' || row.status === 'confirmed') {
      return { ok: true, reservation, isReplay: true, changes: [] };
    }
    return { ok: false, reason: 'WRONG_STATUS', reservation };
  });
}

/** Ends the hold if it is still offered and its time has passed; the changes, or none. */
export async function expireHold(
  db: Db,
  reservationId: string,
  now: Date,
): Promise<ReservationChange[]> {
  if (!isUuid(reservationId)) return [];
  const seen = await findReservationRow(db, reservationId);
  const pool = seen && (await lockPool(db, seen.poolId));
  const row = pool && (await findReservationRow(db, reservationId));
  if (!pool || !row || row.status !== 'offered' || !isPastHold(row, now)) return [];
  return (await endReservation(db, pool, publicReservation(row), 'expired', now)).changes;
}
