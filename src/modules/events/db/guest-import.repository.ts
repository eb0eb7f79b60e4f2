// What a guest-list import checks against: the people registered for the event, by e-mail and by
// member account — those that still hold or await a seat, and those whose seat ended (cancelled,
// expired, rejected), which do not stop a new registration — and the registrations an earlier
// confirmation of the same import created.
import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  LIVE_STATUSES,
  platformReservations as reservations,
  type ReservationStatus,
} from '../../../platform/reservations';
import { eventsRegistrations as registrations } from './tables';

/** A person's keys: their e-mail, and their account when they have one (as holder keys are). */
export const personKeys = (email: string, accountId?: string | null): string[] => [
  `email:${email.trim().toLowerCase()}`,
  ...(accountId ? [`account:${accountId}`] : []),
];

export interface RegisteredPeople {
  /** A seat held, offered, awaited or asked for — or a guest's e-mail not yet confirmed. */
  live: Set<string>;
  /** Only registrations whose seat ended. */
  ended: Set<string>;
}

const isLive = (status: ReservationStatus | null) =>
  status === null || (LIVE_STATUSES as readonly string[]).includes(status);

export async function registeredPeople(db: Db, eventId: string): Promise<RegisteredPeople> {
  const rows = await db
    .select({
      email: registrations.email,
      accountId: registrations.accountId,
      status: reservations.status,
    })
    .from(registrations)
    .leftJoin(reservations, eq(reservations.id, registrations.reservationId))
    .where(eq(registrations.eventId, eventId));
  const live = new Set<string>();
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of personKeys(row.email, row.accountId)) {
      seen.add(key);
      if (isLive(row.status)) live.add(key);
    }
  }
  return { live, ended: new Set([...seen].filter((key) => !live.has(key))) };
}

export async function countImported(db: Db, eventId: string, keyPrefix: string): Promise<number> {
  const rows = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(eq(registrations.eventId, eventId), like(registrations.idempotencyKey, `${keyPrefix}%`)),
    );
  return rows.length;
}
