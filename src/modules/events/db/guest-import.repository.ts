// What a guest-list import checks against: the e-mails registered for the event — those that
// still hold or await a seat, and those whose seat ended (cancelled, expired, rejected), which do
// not stop a new registration — and the registrations an earlier confirmation of the same import
// created.
import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  LIVE_STATUSES,
  platformReservations as reservations,
  type ReservationStatus,
} from '../../../platform/reservations';
import { eventsRegistrations as registrations } from './tables';

export interface RegisteredEmails {
  /** A seat held, offered, awaited or asked for — or a guest's e-mail not yet confirmed. */
  live: Set<string>;
  /** Only registrations whose seat ended. */
  ended: Set<string>;
}

const isLive = (status: ReservationStatus | null) =>
  status === null || (LIVE_STATUSES as readonly string[]).includes(status);

export async function registeredEmails(db: Db, eventId: string): Promise<RegisteredEmails> {
  const rows = await db
    .select({ email: registrations.email, status: reservations.status })
    .from(registrations)
    .leftJoin(reservations, eq(reservations.id, registrations.reservationId))
    .where(eq(registrations.eventId, eventId));
  const live = new Set<string>();
  const seen = new Set<string>();
  for (const row of rows) {
    const email = row.email.trim().toLowerCase();
    seen.add(email);
    if (isLive(row.status)) live.add(email);
  }
  return { live, ended: new Set([...seen].filter((email) => !live.has(email))) };
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
