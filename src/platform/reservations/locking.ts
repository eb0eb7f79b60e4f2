// Every command that moves units runs here: a transaction (a savepoint in the caller's) that
// holds the pool's row lock first, so two commands on one pool take turns and see each other's
// counters — the lock, not a check followed by an insert, is what keeps arrival order; the
// table's CHECK is what makes overselling impossible.
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { isUuid } from '../input/uuid';
import { findReservationRow, lockPool } from './reservations.repository';
import type { Pool, ReservationDeps } from './types';

type ReservationRow = NonNullable<Awaited<ReturnType<typeof findReservationRow>>>;

export function inLockedPool<T>(
  deps: ReservationDeps,
  poolId: string,
  work: (tx: Db, pool: Pool) => Promise<T>,
): Promise<T> {
  if (!isUuid(poolId)) throw new AppError('NOT_FOUND');
  return deps.db.transaction(async (tx) => {
    const pool = await lockPool(tx, poolId);
    if (!pool) throw new AppError('NOT_FOUND');
    return work(tx, pool);
  });
}

/** The reservation as it stands once its pool is locked (read again: it may have moved). */
export function withLockedReservation<T>(
  deps: ReservationDeps,
  reservationId: string,
  work: (tx: Db, pool: Pool, row: ReservationRow) => Promise<T>,
): Promise<T> {
  if (!isUuid(reservationId)) throw new AppError('NOT_FOUND');
  return deps.db.transaction(async (tx) => {
    const seen = await findReservationRow(tx, reservationId);
    if (!seen) throw new AppError('NOT_FOUND');
    const pool = await lockPool(tx, seen.poolId);
    const row = pool && (await findReservationRow(tx, reservationId));
    if (!pool || !row) throw new AppError('NOT_FOUND');
    return work(tx, pool, row);
  });
}
