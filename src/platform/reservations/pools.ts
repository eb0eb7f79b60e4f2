// Pools: opened by the owning module with its record, settings changed by staff.
// setPoolCapacity outcomes: done (raised capacity is offered to the waitlist at once);
// BELOW_TAKEN when fewer than the units confirmed, pending or held; STALE for an old version.
// promoteReservation (staff, by hand): a waitlisted, offered or expired party is confirmed now,
// out of turn; FULL when the free units are too few, unless `isCapacityRaised` adds the missing
// ones to the pool in the same step. Again → isReplay.
import { recordAudit, type AuditContext } from '../audit';
import { AppError } from '../errors';
import { cancelJob } from '../jobs';
import {
  addUnits,
  insertPool,
  publicReservation,
  updatePool,
  updateReservation,
} from './reservations.repository';
import { auditMove } from './decide-reservation';
import { inLockedPool, withLockedReservation } from './locking';
import type {
  CapacityOutcome,
  OpenPoolInput,
  Pool,
  PoolSettings,
  PromoteOutcome,
  ReservationDeps,
} from './types';
import { freeUnits, holdJobKey, offerFreedUnits } from './waitlist';

const isWhole = (n: number | undefined, min: number, max = 1_000_000) =>
  n === undefined || (Number.isInteger(n) && n >= min && n <= max);

function checkSettings(s: PoolSettings & { capacity?: number }) {
  if (!isWhole(s.capacity, 0) || !isWhole(s.holdHours, 1, 720) || !isWhole(s.maxPartySize, 1)) {
    throw new AppError('BAD_REQUEST');
  }
}

/** Creates the owner's pool, or returns the one it has (a retried create is harmless). */
export async function openPool(
  deps: ReservationDeps,
  _acting: AuditContext,
  input: OpenPoolInput,
): Promise<Pool> {
  checkSettings(input);
  const now = deps.clock();
  return insertPool(deps.db, { ...input, createdAt: now, updatedAt: now });
}

export function updatePoolSettings(
  deps: ReservationDeps,
  acting: AuditContext,
  input: { poolId: string } & PoolSettings,
): Promise<Pool> {
  const { poolId, ...settings } = input;
  checkSettings(settings);
  return inLockedPool(deps, poolId, async (tx, pool) => {
    const updated = await updatePool(tx, pool.id, settings, deps.clock());
    await recordAudit(tx, acting, {
      action: `${pool.ownerModule}.reservation-pool:update`,
      entityType: 'platform_reservation_pool',
      entityId: pool.id,
      after: settings,
    });
    return updated;
  });
}

export function setPoolCapacity(
  deps: ReservationDeps,
  acting: AuditContext,
  input: { poolId: string; capacity: number; expectedVersion?: number },
): Promise<CapacityOutcome> {
  checkSettings({ capacity: input.capacity });
  return inLockedPool(deps, input.poolId, async (tx, pool): Promise<CapacityOutcome> => {
    if (input.expectedVersion !== undefined && input.expectedVersion !== pool.version) {
      return { ok: false, reason: 'STALE', pool };
    }
    const usedUnits = pool.takenUnits + pool.heldUnits;
    if (input.capacity < usedUnits) return { ok: false, reason: 'BELOW_TAKEN', pool, usedUnits };
    const now = deps.clock();
    const resized = await updatePool(tx, pool.id, { capacity: input.capacity }, now);
    await recordAudit(tx, acting, {
      action: `${pool.ownerModule}.reservation-pool:capacity`,
      entityType: 'platform_reservation_pool',
      entityId: pool.id,
      before: { capacity: pool.capacity },
      after: { capacity: input.capacity },
    });
    const offered = await offerFreedUnits(tx, resized, now);
    return { ok: true, pool: offered.pool, changes: offered.changes };
  });
}

export function promoteReservation(
  deps: ReservationDeps,
  acting: AuditContext,
  input: { reservationId: string; isCapacityRaised?: boolean },
): Promise<PromoteOutcome> {
  return withLockedReservation(
    deps,
    input.reservationId,
    async (tx, pool, row): Promise<PromoteOutcome> => {
      const reservation = publicReservation(row);
      if (row.status === 'confirmed' || row.status === 'pending') {
        return { ok: true, reservation, isReplay: true, changes: [] };
      }
      if (!['waitlisted', 'offered', 'expired'].includes(row.status)) {
        return { ok: false, reason: 'WRONG_STATUS', reservation };
      }
      const now = deps.clock();
      // An offered party's units are already held for it.
      const held = row.status === 'offered' ? row.partySize : 0;
      const missing = row.partySize - held - freeUnits(pool);
      if (missing > 0 && !input.isCapacityRaised) {
        return { ok: false, reason: 'FULL', reservation, freeUnits: freeUnits(pool) };
      }
      if (missing > 0) await updatePool(tx, pool.id, { capacity: pool.capacity + missing }, now);
      if (held) await cancelJob(tx, holdJobKey(row.id));
      await addUnits(tx, pool.id, {
        taken: row.partySize,
        held: -held,
        waitlisted: row.status === 'waitlisted' ? -row.partySize : 0,
      });
      // Staff promoting someone have decided: no approval step after it.
      const updated = publicReservation(
        await updateReservation(
          tx,
          row.id,
          { status: 'confirmed', confirmedAt: now, endedAt: null },
          now,
        ),
      );
      await auditMove(tx, acting, pool, 'promote', updated, row.status);
      return {
        ok: true,
        reservation: updated,
        isReplay: false,
        changes: [{ reservation: updated, from: row.status }],
      };
    },
  );
}
