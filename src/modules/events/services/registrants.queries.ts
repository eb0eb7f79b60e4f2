// The list of an event's registrants for those who manage it (staff, its organisers' members), in
// arrival order a page at a time: who, which ticket type, where their seat stands (pending
// approval only when asked), who registered them and their answers. Only registrations that
// asked for a seat: a guest who never confirmed the e-mail has none.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import type { Db } from '../../../platform/db/client';
import { PAGE_SIZE, pageWindow } from '../../../platform/input/paging';
import {
  findReservations,
  type Reservation,
  type ReservationListItem,
  type ReservationStatus,
} from '../../../platform/reservations';
import { accountContact } from '../../identity';
import type { EventRow } from '../db/events.repository';
import { countEventReservations } from '../db/participants.repository';
import {
  findRegistrationsByReservations,
  listTicketTypes,
  type RegistrationRow,
  type TicketTypeRow,
} from '../db/registrations.repository';
import { getManagedEvent } from './event-access';
import { EVENTS_MODULE } from '../db/tables';

type Deps = Pick<AppDeps, 'database'>;

export interface Registrant {
  registration: RegistrationRow;
  reservation: Reservation;
  ticketType?: TicketTypeRow;
  /** The colleague who registered them, by name. */
  registeredByName?: string;
  checkIns: ReservationListItem['checkIns'];
}

export interface EventRegistrants {
  event: EventRow;
  registrants: Registrant[];
  total: number;
  page: number;
}

async function namesOf(db: Db, accountIds: readonly string[]) {
  const names = new Map<string, string>();
  for (const id of new Set(accountIds)) {
    const contact = await accountContact(db, id);
    if (contact) names.set(id, contact.name);
  }
  return names;
}

/** One slice of an event's registrants, in arrival order (the caller decided who may see it). */
export async function registrantsOf(
  db: Db,
  event: EventRow,
  slice: { statuses?: ReservationStatus[]; offset: number; limit: number },
): Promise<Registrant[]> {
  const [ticketTypes, listed] = await Promise.all([
    listTicketTypes(db, event.id),
    findReservations(
      { db },
      {
        ownerModule: EVENTS_MODULE,
        groupKey: event.id,
        statuses: slice.statuses,
        limit: slice.limit,
        offset: slice.offset,
      },
    ),
  ]);
  const registrations = await findRegistrationsByReservations(
    db,
    listed.map((l) => l.reservation.id),
  );
  const byReservation = new Map(registrations.map((r) => [r.reservationId, r]));
  const names = await namesOf(
    db,
    registrations.flatMap((r) => (r.registeredBy ? [r.registeredBy] : [])),
  );
  return listed.flatMap(({ reservation, pool, checkIns }) => {
    const registration = byReservation.get(reservation.id);
    if (!registration) return [];
    const ticketType = ticketTypes.find((t) => t.id === pool.ownerKey);
    const registeredByName = registration.registeredBy
      ? names.get(registration.registeredBy)
      : undefined;
    return [{ registration, reservation, ticketType, registeredByName, checkIns }];
  });
}

export async function findEventRegistrants(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; status?: ReservationStatus; page?: number },
): Promise<EventRegistrants> {
  const db = deps.database.db;
  const event = await getManagedEvent(db, acting.actor, input.eventId);
  const page = input.page ?? 1;
  const statuses = input.status ? [input.status] : undefined;
  const [registrants, total] = await Promise.all([
    registrantsOf(db, event, { statuses, ...pageWindow(page, PAGE_SIZE) }),
    countEventReservations(db, EVENTS_MODULE, event.id, statuses),
  ]);
  return { event, registrants, total, page };
}
