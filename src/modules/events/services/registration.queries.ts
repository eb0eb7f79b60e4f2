// Reads of registration: an event's ticket types with their free seats, a member's registration
// of an event, and a registration by its manage link (the holder's own page).
import type { Actor } from '../../../platform/authz';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import {
  findPoolOf,
  getReservation,
  LIVE_STATUSES,
  reservationDeps,
  ticketCodeOf,
  waitlistPosition,
  type Pool,
  type Reservation,
} from '../../../platform/reservations';
import { findEventById, type EventRow } from '../db/events.repository';
import {
  findAccountRegistrations,
  findRegistrationBy,
  listTicketTypes,
  type RegistrationRow,
  type TicketTypeRow,
} from '../db/registrations.repository';
import { tokenHash } from './registration-mail';
import { EVENTS_MODULE } from '../db/tables';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config'>;

export interface TicketAvailability {
  ticketType: TicketTypeRow;
  pool: Pool;
  /** Seats anyone may take now (none while someone waits). */
  freeSeats: number;
}

export async function ticketAvailability(
  deps: Deps,
  eventId: string,
): Promise<TicketAvailability[]> {
  const db = deps.database.db;
  const types = await listTicketTypes(db, eventId);
  const rows = await Promise.all(
    types.map(async (ticketType) => {
      const pool = await findPoolOf(
        { db },
        { ownerModule: EVENTS_MODULE, ownerKey: ticketType.id },
      );
      if (!pool) return undefined;
      const free = pool.waitlistedUnits > 0 ? 0 : pool.capacity - pool.takenUnits - pool.heldUnits;
      return { ticketType, pool, freeSeats: Math.max(0, free) };
    }),
  );
  return rows.filter((r): r is TicketAvailability => r !== undefined);
}

export interface SeatView {
  registration: RegistrationRow;
  reservation: Reservation;
  /** The ticket's code, once the seat is confirmed. */
  ticketCode?: string;
  /** People before them on the waitlist. */
  ahead?: number;
}

async function seatOf(deps: Deps, registration: RegistrationRow): Promise<SeatView | undefined> {
  if (!registration.reservationId) return undefined;
  const db = deps.database.db;
  const reservation = await getReservation({ db }, { reservationId: registration.reservationId });
  const ahead =
    reservation.status === 'waitlisted'
      ? await waitlistPosition({ db }, { reservationId: reservation.id })
      : undefined;
  return {
    registration,
    reservation,
    ticketCode:
      reservation.status === 'confirmed'
        ? ticketCodeOf(reservationDeps(deps).ticketSecret, reservation.ticketRef)
        : undefined,
    ahead: ahead?.reservations,
  };
}

/** The signed-in member's live registration of the event, if any. */
export async function memberSeat(deps: Deps, actor: Actor, eventId: string) {
  if (!isSignedIn(actor)) return undefined;
  const mine = await findAccountRegistrations(deps.database.db, eventId, actor.user.id);
  for (const registration of mine) {
    const seat = await seatOf(deps, registration);
    if (seat && (LIVE_STATUSES as readonly string[]).includes(seat.reservation.status)) return seat;
  }
  return undefined;
}

/** A registration by its manage link: the holder's page (a wrong link finds nothing). */
export async function seatByManageToken(
  deps: Deps,
  token: string,
): Promise<{ event: EventRow; seat?: SeatView; registration: RegistrationRow }> {
  const db = deps.database.db;
  const registration = await findRegistrationBy(db, 'manageTokenHash', tokenHash(token));
  const event = registration && (await findEventById(db, registration.eventId));
  if (!registration || !event) throw new AppError('NOT_FOUND');
  return { event, registration, seat: await seatOf(deps, registration) };
}

/** A guest's registration by the e-mail confirmation link (a wrong link finds nothing). */
export async function registrationByConfirmToken(deps: Deps, token: string) {
  const db = deps.database.db;
  const registration = await findRegistrationBy(db, 'confirmTokenHash', tokenHash(token));
  const event = registration && (await findEventById(db, registration.eventId));
  if (!registration || !event || event.status === 'draft') throw new AppError('NOT_FOUND');
  return { event, registration, seat: await seatOf(deps, registration) };
}

/** The registration a reservation belongs to, as its holder's page shows it. */
export async function seatOfReservation(deps: Deps, reservationId: string) {
  const db = deps.database.db;
  const registration = await findRegistrationBy(db, 'reservationId', reservationId);
  const event = registration && (await findEventById(db, registration.eventId));
  if (!registration || !event) throw new AppError('NOT_FOUND');
  return { event, registration, seat: await seatOf(deps, registration) };
}
