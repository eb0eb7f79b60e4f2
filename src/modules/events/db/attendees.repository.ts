// Registrations with the state of their seat, for the mails an attendee receives around an event
// (reminders, changes, the follow-up), and the record of those sent.
import { and, count, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  platformReservationCheckins as checkins,
  platformReservations as reservations,
  type ReservationStatus,
} from '../../../platform/reservations';
import { eventsAttendeeMails as attendeeMails } from './follow-up-tables';
import { eventsRegistrations as registrations } from './tables';
import type { RegistrationRow } from './registrations.repository';

export interface Attendee {
  registration: RegistrationRow;
  status: ReservationStatus;
  /** The seat's ticket reference (its code is signed from it). */
  ticketRef: string;
}

/** An event's registrations whose seat is in one of these states, in arrival order. */
export async function findEventAttendees(
  db: Db,
  eventId: string,
  statuses: readonly ReservationStatus[],
): Promise<Attendee[]> {
  const rows = await db
    .select({
      registration: registrations,
      status: reservations.status,
      ticketRef: reservations.ticketRef,
    })
    .from(registrations)
    .innerJoin(reservations, eq(reservations.id, registrations.reservationId))
    .where(and(eq(registrations.eventId, eventId), inArray(reservations.status, [...statuses])))
    .orderBy(reservations.seq);
  return rows;
}

/** The registrations of an event checked in at least once (any session). */
export async function findCheckedInRegistrationIds(db: Db, eventId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ id: registrations.id })
    .from(registrations)
    .innerJoin(checkins, eq(checkins.reservationId, registrations.reservationId))
    .where(eq(registrations.eventId, eventId));
  return new Set(rows.map((r) => r.id));
}

/**
 * How many earlier registrations of this person for this event were cancelled: each of them sent
 * a calendar entry and its cancellation, which the attendee's SEQUENCE must stay above.
 */
export async function countCancelledRegistrations(
  db: Db,
  input: { eventId: string; email: string; exceptId: string },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(registrations)
    .innerJoin(reservations, eq(reservations.id, registrations.reservationId))
    .where(
      and(
        eq(registrations.eventId, input.eventId),
        eq(registrations.email, input.email),
        ne(registrations.id, input.exceptId),
        eq(reservations.status, 'cancelled'),
      ),
    );
  return row?.n ?? 0;
}

/** Records a mail to send; false when this registration already had it for this start time. */
export async function recordAttendeeMail(
  db: Db,
  row: typeof attendeeMails.$inferInsert,
): Promise<boolean> {
  const inserted = await db
    .insert(attendeeMails)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: attendeeMails.registrationId });
  return inserted.length > 0;
}
