// checkInAttendee: staff or the event's check-in volunteers check a person in, at the entrance or
// to one session of the agenda, by the ticket's typed (or scanned) code or by picking them from a
// name search. Outcomes are the core's: checked in | ALREADY_CHECKED_IN (when and by whom) |
// FORGED | UNKNOWN_TICKET | OTHER_GROUP | NOT_CONFIRMED, and UNKNOWN_SESSION (a part no longer in
// the agenda); a ticket checked in now or before comes with its ticket type, for the station to say. Several stations at once and a scan sent twice count once (the core's unique
// check-in per ticket and part).
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { isUuid } from '../../../platform/input/uuid';
import {
  checkIn,
  findReservations,
  reservationDeps,
  type CheckInOutcome,
} from '../../../platform/reservations';
import { openDoor, type Door } from './door-access';
import { doorParts, type DoorPart } from './door-sessions';
import { EVENTS_MODULE } from '../db/tables';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config'>;

export type DoorCheckInOutcome = CheckInOutcome | { ok: false; reason: 'UNKNOWN_SESSION' };

/** The outcome, with the door it was answered at and the part checked in (a session's). */
export interface DoorCheckIn {
  outcome: DoorCheckInOutcome;
  door: Door;
  part?: DoorPart;
  /** Which ticket the person holds, for a ticket checked in now or before. */
  ticketType?: { nameVi: string; nameEn: string };
}

export async function checkInAttendee(
  deps: Deps,
  acting: AuditContext,
  input: {
    eventId: string;
    code?: string;
    reservationId?: string;
    sessionKey?: string;
    station?: string;
  },
): Promise<DoorCheckIn> {
  const door = await openDoor(deps, acting, input.eventId);
  const { event } = door;
  const sessionKey = input.sessionKey ?? '';
  const part = sessionKey
    ? (await doorParts(deps, event.id)).find((p) => p.key === sessionKey)
    : undefined;
  if (sessionKey && !part) return { door, outcome: { ok: false, reason: 'UNKNOWN_SESSION' } };
  const code = input.code?.trim();
  if (!code && !(input.reservationId && isUuid(input.reservationId)))
    return { door, part, outcome: { ok: false, reason: 'UNKNOWN_TICKET' } };
  const outcome = await checkIn(reservationDeps(deps), acting, {
    scope: { ownerModule: EVENTS_MODULE, groupKey: event.id },
    ...(code ? { code } : { reservationId: input.reservationId }),
    sessionKey,
    station: input.station ?? null,
  });
  const seat = outcome.ok || outcome.reason === 'ALREADY_CHECKED_IN' ? outcome.reservation : null;
  const ticketType = seat ? door.ticketTypes.find((t) => t.poolId === seat.poolId) : undefined;
  return { door, part, outcome, ticketType };
}

/** The door's name search: confirmed attendees whose name or e-mail holds the words. */
export async function findAttendees(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; q: string },
) {
  const door = await openDoor(deps, acting, input.eventId);
  const q = input.q.trim().slice(0, 100);
  const found = q
    ? await findReservations(
        { db: deps.database.db },
        {
          ownerModule: EVENTS_MODULE,
          groupKey: door.event.id,
          statuses: ['confirmed'],
          nameContains: q,
          limit: 20,
        },
      )
    : [];
  return { ...door, q, found };
}
