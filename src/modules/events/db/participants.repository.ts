// Every live seat request of some events, with who holds it and whether they came: the raw
// material of the attendance figures by organisation kind, sector and province. Read from the
// reservation core's rows (walk-ins at the door have no registration, their account may be on
// the reservation) joined to the registration when there is one.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  LIVE_STATUSES,
  platformReservationCheckins as checkins,
  platformReservationPools as pools,
  platformReservations as reservations,
  type ReservationStatus,
} from '../../../platform/reservations';
import { eventsRegistrations as registrations } from './tables';

export interface ParticipantRow {
  eventId: string;
  accountId: string | null;
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
