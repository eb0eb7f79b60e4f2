// Staff's list of an event's registrants in arrival order: who, which ticket type, where their
// seat stands (pending approval first when asked), who registered them and their answers. Only
// registrations that asked for a seat: a guest who never confirmed the e-mail has none.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import {
  findReservations,
  type Reservation,
  type ReservationStatus,
} from '../../../platform/reservations';
import { accountContact } from '../../identity';
import { findEventById, type EventRow } from '../db/events.repository';
import {
  findRegistrationsByReservations,
  listTicketTypes,
  type RegistrationRow,
  type TicketTypeRow,
} from '../db/registrations.repository';
import { canManageEvents } from '../permissions';
import { EVENTS_MODULE } from './ticket-types';

type Deps = Pick<AppDeps, 'database'>;

/** The list's ceiling: an event's hall, its waitlist and then some. */
export const REGISTRANTS_MAX = 1000;

export interface Registrant {
  registration: RegistrationRow;
  reservation: Reservation;
  ticketType?: TicketTypeRow;
  /** The colleague who registered them, by name. */
  registeredByName?: string;
}

export interface EventRegistrants {
  event: EventRow;
  registrants: Registrant[];
}

async function namesOf(deps: Deps, accountIds: readonly string[]) {
  const names = new Map<string, string>();
  for (const id of new Set(accountIds)) {
    const contact = await accountContact(deps.database.db, id);
    if (contact) names.set(id, contact.name);
  }
  return names;
}

export async function findEventRegistrants(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; status?: ReservationStatus },
): Promise<EventRegistrants> {
  if (!canManageEvents(acting.actor) || !isUuid(input.eventId)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const event = await findEventById(db, input.eventId);
  if (!event) throw new AppError('NOT_FOUND');
  const [ticketTypes, listed] = await Promise.all([
    listTicketTypes(db, event.id),
    findReservations(
      { db },
      {
        ownerModule: EVENTS_MODULE,
        groupKey: event.id,
        statuses: input.status ? [input.status] : undefined,
        limit: REGISTRANTS_MAX,
      },
    ),
  ]);
  const registrations = await findRegistrationsByReservations(
    db,
    listed.map((l) => l.reservation.id),
  );
  const byReservation = new Map(registrations.map((r) => [r.reservationId, r]));
  const names = await namesOf(
    deps,
    registrations.flatMap((r) => (r.registeredBy ? [r.registeredBy] : [])),
  );
  const registrants = listed.flatMap(({ reservation, pool }) => {
    const registration = byReservation.get(reservation.id);
    if (!registration) return [];
    const ticketType = ticketTypes.find((t) => t.id === pool.ownerKey);
    const registeredByName = registration.registeredBy
      ? names.get(registration.registeredBy)
      : undefined;
    return [{ registration, reservation, ticketType, registeredByName }];
  });
  return { event, registrants };
}
