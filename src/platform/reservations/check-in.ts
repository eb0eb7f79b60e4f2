// checkIn: a station scans or types a ticket code (or staff pick the person from a list).
// Outcomes: checked in; FORGED (signature wrong: no database lookup); UNKNOWN_TICKET; OTHER_GROUP
// (a ticket of another event); NOT_CONFIRMED; ALREADY_CHECKED_IN with the first scan's time and
// who — two stations scanning at once, or a scan uploaded twice, meet the unique key and one wins.
// admitWalkIn: staff at the door register a party present and check it in, in one transaction;
// a free seat goes to it even when others wait (they are not at the door), never beyond capacity.
import type { AuditContext } from '../audit';
import type { Db } from '../db/client';
import { isUuid } from '../input/uuid';
import {
  findByTicketRef,
  findCheckIn,
  findPool,
  findReservationRow,
  insertCheckIn,
  publicReservation,
  scanTicket,
} from './reservations.repository';
import { admit, checkRequest } from './request-reservation';
import { readTicketCode } from './tickets';
import type {
  CheckInInput,
  CheckInOutcome,
  Pool,
  Reservation,
  ReservationDeps,
  TicketDeps,
  WalkInInput,
  WalkInOutcome,
} from './types';

const actorOf = (acting: AuditContext) =>
  acting.actor.kind === 'user'
    ? { id: acting.actor.user.id, label: acting.actor.user.name }
    : { id: null, label: acting.label ?? 'anonymous' };

async function findTicket(db: Db, input: CheckInInput) {
  if (!input.reservationId || !isUuid(input.reservationId)) return undefined;
  const reservation = await findReservationRow(db, input.reservationId);
  const pool = reservation && (await findPool(db, reservation.poolId));
  return pool && reservation ? { pool, reservation } : undefined;
}

async function recordCheckIn(
  db: Db,
  acting: AuditContext,
  reservation: Reservation,
  input: { sessionKey?: string; station?: string | null; at: Date; isWalkIn: boolean },
): Promise<CheckInOutcome> {
  const who = actorOf(acting);
  const sessionKey = input.sessionKey ?? '';
  const checkIn = await insertCheckIn(db, {
    reservationId: reservation.id,
    sessionKey,
    checkedInAt: input.at,
    checkedInById: who.id,
    checkedInByLabel: who.label,
    station: input.station ?? null,
    isWalkIn: input.isWalkIn,
    createdAt: input.at,
  });
  if (checkIn) return { ok: true, reservation, checkIn };
  const first = await findCheckIn(db, reservation.id, sessionKey);
  return { ok: false, reason: 'ALREADY_CHECKED_IN', reservation, checkIn: first! };
}

const walkIn = { isWaitlistBypassed: true, isApprovalSkipped: true };

/** Why a ticket was not checked in, or its reservation to check in (`reservationId` given). */
async function refusalOrTicket(
  deps: TicketDeps,
  input: CheckInInput,
  ref: string | undefined,
): Promise<CheckInOutcome | Reservation> {
  const found = ref ? await findByTicketRef(deps.db, ref) : await findTicket(deps.db, input);
  if (!found) return { ok: false, reason: 'UNKNOWN_TICKET' };
  const reservation = publicReservation(found.reservation);
  const pool: Pool = found.pool;
  if (pool.ownerModule !== input.scope.ownerModule || pool.groupKey !== input.scope.groupKey) {
    return { ok: false, reason: 'OTHER_GROUP', reservation };
  }
  if (reservation.status !== 'confirmed') {
    return { ok: false, reason: 'NOT_CONFIRMED', reservation };
  }
  return reservation;
}

export async function checkIn(
  deps: TicketDeps,
  acting: AuditContext,
  input: CheckInInput,
): Promise<CheckInOutcome> {
  const ref = input.code === undefined ? undefined : readTicketCode(deps.ticketSecret, input.code);
  if (input.code !== undefined && !ref) return { ok: false, reason: 'FORGED' };
  const now = deps.clock();
  const at = input.scannedAt && input.scannedAt < now ? input.scannedAt : now;
  const sessionKey = input.sessionKey ?? '';
  if (ref) {
    // The usual scan is one round trip; a second scan or a refusal looks further.
    const who = actorOf(acting);
    const scan = await scanTicket(deps.db, {
      ticketRef: ref,
      ...input.scope,
      sessionKey,
      at,
      byId: who.id,
      byLabel: who.label,
      station: input.station ?? null,
    });
    const reservation = scan.reservation && publicReservation(scan.reservation);
    if (reservation && scan.checkIn) return { ok: true, reservation, checkIn: scan.checkIn };
    const first = reservation && (await findCheckIn(deps.db, reservation.id, sessionKey));
    if (first) return { ok: false, reason: 'ALREADY_CHECKED_IN', reservation, checkIn: first };
  }
  const ticket = await refusalOrTicket(deps, input, ref);
  if ('ok' in ticket) return ticket;
  return recordCheckIn(deps.db, acting, ticket, { ...input, at, isWalkIn: false });
}

export async function admitWalkIn(
  deps: ReservationDeps,
  acting: AuditContext,
  input: WalkInInput,
): Promise<WalkInOutcome> {
  const request = { ...input, isWaitlistAllowed: false };
  checkRequest(request);
  const checkInOf = (db: Db, reservation: Reservation) =>
    recordCheckIn(db, acting, reservation, {
      sessionKey: input.sessionKey,
      station: input.station,
      at: deps.clock(),
      isWalkIn: true,
    });
  const admitted = await admit(deps, request, walkIn, checkInOf);
  if (!admitted.ok) return admitted;
  if (admitted.reservation.status !== 'confirmed') {
    return { ok: false, reason: 'ALREADY_RESERVED', reservation: admitted.reservation };
  }
  // A retried walk-in finds its own check-in: the same answer as the first time.
  const recorded = await checkInOf(deps.db, admitted.reservation);
  if (!('checkIn' in recorded)) throw new Error('a walk-in without its check-in');
  return { ...admitted, checkIn: recorded.checkIn };
}
