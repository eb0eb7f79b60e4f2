// A member's tickets on their account: the confirmed seats of events not over yet (as the private
// calendar feed lists them), soonest first, each with its ticket code for the QR code the door
// reads. Waitlisted, held and pending registrations have no ticket yet; the event's page says
// where they stand.
import type { AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { getReservation, reservationDeps, ticketCodeOf } from '../../../platform/reservations';
import { findAccountSeats } from '../db/calendar-feeds.repository';
import type { EventRow } from '../db/events.repository';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config'>;

/** More than anyone holds at once; the list is for the events ahead. */
const MAX_TICKETS = 50;

export interface MyTicket {
  event: EventRow;
  name: string;
  ticketCode: string;
}

export async function findMyTickets(deps: Deps, acting: AuditContext): Promise<MyTicket[]> {
  if (!isSignedIn(acting.actor)) throw new AppError('UNAUTHENTICATED');
  const db = deps.database.db;
  const seats = await findAccountSeats(db, acting.actor.user.id, deps.clock(), MAX_TICKETS);
  const secret = reservationDeps(deps).ticketSecret;
  return Promise.all(
    seats.map(async ({ registration, event }) => {
      const reservation = await getReservation(
        { db },
        { reservationId: registration.reservationId! },
      );
      return {
        event,
        name: registration.name,
        ticketCode: ticketCodeOf(secret, reservation.ticketRef),
      };
    }),
  );
}
