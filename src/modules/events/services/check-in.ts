// checkInAttendee: staff at the door check a person in by the ticket's typed (or scanned) code or
// by picking them from a name search. Outcomes are the core's: checked in | ALREADY_CHECKED_IN
// (when and by whom) | FORGED | UNKNOWN_TICKET | OTHER_GROUP | NOT_CONFIRMED. Several stations
// at once and a scan sent twice count once (the core's unique check-in).
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import {
  checkIn,
  findReservations,
  reservationDeps,
  type CheckInOutcome,
} from '../../../platform/reservations';
import { findEventById, type EventRow } from '../db/events.repository';
import { canManageEvents } from '../permissions';
import { EVENTS_MODULE } from './ticket-types';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config'>;

async function eventForDoor(deps: Deps, acting: AuditContext, eventId: string): Promise<EventRow> {
  if (!canManageEvents(acting.actor) || !isUuid(eventId)) throw new AppError('NOT_FOUND');
  const event = await findEventById(deps.database.db, eventId);
  if (!event) throw new AppError('NOT_FOUND');
  return event;
}

export async function checkInAttendee(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; code?: string; reservationId?: string; station?: string },
): Promise<CheckInOutcome> {
  const event = await eventForDoor(deps, acting, input.eventId);
  const code = input.code?.trim();
  if (!code && !(input.reservationId && isUuid(input.reservationId)))
    return { ok: false, reason: 'UNKNOWN_TICKET' };
  return checkIn(reservationDeps(deps), acting, {
    scope: { ownerModule: EVENTS_MODULE, groupKey: event.id },
    ...(code ? { code } : { reservationId: input.reservationId }),
    station: input.station ?? null,
  });
}

/** The door's name search: confirmed attendees whose name or e-mail holds the words. */
export async function findAttendees(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; q: string },
) {
  const event = await eventForDoor(deps, acting, input.eventId);
  const q = input.q.trim().slice(0, 100);
  const found = q
    ? await findReservations(
        { db: deps.database.db },
        {
          ownerModule: EVENTS_MODULE,
          groupKey: event.id,
          statuses: ['confirmed'],
          nameContains: q,
          limit: 20,
        },
      )
    : [];
  return { event, q, found };
}
