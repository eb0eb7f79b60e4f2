// Every live seat request of some events, with who holds it and whether they came: the raw
// material of the attendance figures by organisation kind, sector, province and gender. Read from the
// reservation core's rows (walk-ins at the door have no registration, their account may be on
// the reservation) joined to the registration when there is one.
import { and, arrayOverlaps, count, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  LIVE_STATUSES,
  platformReservationCheckins as checkins,
  platformReservationPools as pools,
  platformReservations as reservations,
  type ReservationStatus,
} from '../../../platform/reservations';
import type { Gender } from '../domain/gender';
import { eventsEvents as events, eventsRegistrations as registrations } from './tables';

export interface ParticipantRow {
  eventId: string;
  accountId: string | null;
  /** As the registrant gave it; null: not given, or no registration (a walk-in). */
  gender: Gender | null;
  status: ReservationStatus;
  partySize: number;
  isCheckedIn: boolean;
}

export async function findParticipants(
  db: Db,
  ownerModule: string,
  eventIds: readonly string[],
): Promise<ParticipantRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .select({
      eventId: pools.groupKey,
      accountId: sql<
        string | null
      >`coalesce(${registrations.accountId}, ${reservations.accountId})`,
      gender: registrations.gender,
      status: reservations.status,
      partySize: reservations.partySize,
      isCheckedIn: sql<boolean>`exists (select 1 from ${checkins} where ${checkins.reservationId} = ${reservations.id})`,
    })
    .from(reservations)
    .innerJoin(pools, eq(pools.id, reservations.poolId))
    .leftJoin(registrations, eq(registrations.reservationId, reservations.id))
    .where(
      and(
        eq(pools.ownerModule, ownerModule),
        inArray(pools.groupKey, [...eventIds]),
        inArray(reservations.status, [...LIVE_STATUSES]),
      ),
    );
}

/** How many reservations an event has (in these states): the registrants list's pages. */
export async function countEventReservations(
  db: Db,
  ownerModule: string,
  eventId: string,
  statuses?: readonly ReservationStatus[],
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(reservations)
    .innerJoin(pools, eq(pools.id, reservations.poolId))
    .where(
      and(
        eq(pools.ownerModule, ownerModule),
        eq(pools.groupKey, eventId),
        statuses ? inArray(reservations.status, [...statuses]) : undefined,
      ),
    );
  return row?.n ?? 0;
}

/**
 * Registrations awaiting approval per event not yet over, of every event or only of those some
 * organisations (co-)organise: the back-office's "work waiting".
 */
export async function countPendingByEvent(
  db: Db,
  ownerModule: string,
  input: { now: Date; organizerIds?: readonly string[] },
): Promise<{ eventId: string; n: number }[]> {
  if (input.organizerIds?.length === 0) return [];
  return db
    .select({ eventId: events.id, n: count() })
    .from(reservations)
    .innerJoin(pools, eq(pools.id, reservations.poolId))
    .innerJoin(events, sql`${events.id}::text = ${pools.groupKey}`)
    .where(
      and(
        eq(pools.ownerModule, ownerModule),
        eq(reservations.status, 'pending'),
        gt(events.endsAt, input.now),
        input.organizerIds
          ? arrayOverlaps(events.organizerIds, [...input.organizerIds])
          : undefined,
      ),
    )
    .groupBy(events.id)
    .orderBy(events.startsAt);
}
