// Reads of the reservation core; their answers do not depend on who asks (the owning module
// decides who may see a pool's reservations before it calls them).
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { isUuid } from '../input/uuid';
import {
  findPool,
  findPoolByOwner,
  findReservationRow,
  publicReservation,
  waitlistAhead,
} from './reservations.repository';
import {
  platformReservationCheckins as checkins,
  platformReservationPools as pools,
  platformReservations as reservations,
} from './tables';
import type { CheckIn, Pool, PoolAttendance, Reservation, ReservationStatus } from './types';

type ReadDeps = { db: Db };

export async function getPool(deps: ReadDeps, input: { poolId: string }): Promise<Pool> {
  const pool = isUuid(input.poolId) ? await findPool(deps.db, input.poolId) : undefined;
  if (!pool) throw new AppError('NOT_FOUND');
  return pool;
}

export const findPoolOf = (deps: ReadDeps, input: { ownerModule: string; ownerKey: string }) =>
  findPoolByOwner(deps.db, input.ownerModule, input.ownerKey);

export async function getReservation(
  deps: ReadDeps,
  input: { reservationId: string },
): Promise<Reservation> {
  const row = isUuid(input.reservationId)
    ? await findReservationRow(deps.db, input.reservationId)
    : undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return publicReservation(row);
}

/** Where a waitlisted reservation stands: reservations (and units) before it. */
export async function waitlistPosition(deps: ReadDeps, input: { reservationId: string }) {
  const reservation = await getReservation(deps, input);
  if (reservation.status !== 'waitlisted') return undefined;
  return waitlistAhead(deps.db, reservation.poolId, reservation.seq);
}

export interface FindReservationsInput {
  ownerModule: string;
  groupKey: string;
  poolIds?: string[];
  statuses?: ReservationStatus[];
  /** Part of a guest's name or e-mail, for the check-in page's search by name. */
  nameContains?: string;
  accountIds?: string[];
  limit?: number;
  offset?: number;
}

export interface ReservationListItem {
  reservation: Reservation;
  pool: Pick<Pool, 'id' | 'ownerKey'>;
  checkIns: Pick<CheckIn, 'sessionKey' | 'checkedInAt' | 'checkedInByLabel'>[];
}

function listFilter(input: FindReservationsInput): SQL {
  const pattern = input.nameContains && `%${input.nameContains.replace(/[\\%_]/g, '\\$&')}%`;
  return and(
    eq(pools.ownerModule, input.ownerModule),
    eq(pools.groupKey, input.groupKey),
    input.poolIds && inArray(pools.id, input.poolIds.filter(isUuid)),
    input.statuses && inArray(reservations.status, input.statuses),
    input.accountIds && inArray(reservations.accountId, input.accountIds),
    pattern
      ? or(ilike(reservations.guestName, pattern), ilike(reservations.guestEmail, pattern))
      : undefined,
  )!;
}

/** A group's reservations in arrival order, with their check-ins. */
export async function findReservations(
  deps: ReadDeps,
  input: FindReservationsInput,
): Promise<ReservationListItem[]> {
  const rows = await deps.db
    .select({ reservation: reservations, poolId: pools.id, ownerKey: pools.ownerKey })
    .from(reservations)
    .innerJoin(pools, eq(pools.id, reservations.poolId))
    .where(listFilter(input))
    .orderBy(asc(reservations.seq))
    .limit(Math.min(input.limit ?? 100, 1000))
    .offset(input.offset ?? 0);
  const ids = rows.map((r) => r.reservation.id);
  const scans = ids.length
    ? await deps.db.select().from(checkins).where(inArray(checkins.reservationId, ids))
    : [];
  return rows.map((r) => ({
    reservation: publicReservation(r.reservation),
    pool: { id: r.poolId, ownerKey: r.ownerKey },
    checkIns: scans
      .filter((c) => c.reservationId === r.reservation.id)
      .map((c) => ({
        sessionKey: c.sessionKey,
        checkedInAt: c.checkedInAt,
        checkedInByLabel: c.checkedInByLabel,
      })),
  }));
}

const units = (condition: SQL) =>
  sql<number>`coalesce(sum(${reservations.partySize}) filter (where ${condition}), 0)::int`;
const count = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;

/** Each pool of a group: registered, confirmed, waiting, checked in (for a session), no-shows. */
export async function countAttendance(
  deps: ReadDeps,
  input: { ownerModule: string; groupKey: string; sessionKey?: string },
): Promise<PoolAttendance[]> {
  const confirmed = sql`${reservations.status} = 'confirmed'`;
  const scanned = sql`${checkins.id} is not null`;
  const rows = await deps.db
    .select({
      poolId: pools.id,
      ownerKey: pools.ownerKey,
      capacity: pools.capacity,
      pendingUnits: units(sql`${reservations.status} = 'pending'`),
      confirmedReservations: count(confirmed),
      confirmedUnits: units(confirmed),
      waitlistedUnits: units(sql`${reservations.status} = 'waitlisted'`),
      offeredUnits: units(sql`${reservations.status} = 'offered'`),
      checkedInReservations: count(sql`${confirmed} and ${scanned}`),
      checkedInUnits: units(sql`${confirmed} and ${scanned}`),
      walkInUnits: units(sql`${confirmed} and ${checkins.isWalkIn}`),
      noShowReservations: count(sql`${confirmed} and not ${scanned}`),
      noShowUnits: units(sql`${confirmed} and not ${scanned}`),
    })
    .from(pools)
    .leftJoin(reservations, eq(reservations.poolId, pools.id))
    .leftJoin(
      checkins,
      and(
        eq(checkins.reservationId, reservations.id),
        eq(checkins.sessionKey, input.sessionKey ?? ''),
      ),
    )
    .where(and(eq(pools.ownerModule, input.ownerModule), eq(pools.groupKey, input.groupKey)))
    .groupBy(pools.id)
    .orderBy(asc(pools.createdAt), asc(pools.ownerKey));
  return rows;
}
