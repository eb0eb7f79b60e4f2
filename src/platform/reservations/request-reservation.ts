// requestReservation: a party asks for units of a pool.
// Outcomes: confirmed (or pending when the pool asks approval) when the party fits and nobody
// waits before it; waitlisted otherwise (FULL when the caller allows no waitlist); the same
// idempotency key again → the reservation it made (isReplay); PARTY_TOO_LARGE; ALREADY_RESERVED
// when the holder has a live reservation in the pool.
//
// The pool's lock is held for as short a time as the guarantee allows: replays and holders are
// looked up before it; one UPDATE takes the lock and decides on the counters as the previous
// holder left them; the insert and the commit follow. Two requests with one key (or one holder)
// racing past the look-up meet the unique index: the loser's transaction, counters included, is
// undone and it answers as the look-up would have.
import type { AuditContext } from '../audit';
import type { Db } from '../db/client';
import { failedRowsRequired, violatedUnique } from '../db/violations';
import { AppError } from '../errors';
import { isUuid } from '../input/uuid';
import { PgTransaction } from 'drizzle-orm/pg-core';
import {
  admitInOneStatement,
  type Admitted,
  type Alongside,
  findEarlier,
  findPool,
  insertReservation,
  publicReservation,
  takeUnitsIfFree,
} from './reservations.repository';
import { newTicketRef } from './tickets';
import type {
  Pool,
  RequestOutcome,
  RequestReservationInput,
  Reservation,
  ReservationDeps,
  ReservationStatus,
} from './types';
import { admissionStatus } from './waitlist';

export interface AdmitOptions {
  /** Staff at the door: a seat free now goes to the party present, waitlist or not. */
  isWaitlistBypassed?: boolean;
  /** Staff at the door admit without the approval step. */
  isApprovalSkipped?: boolean;
}

type Refusal = Exclude<RequestOutcome, { ok: true } | { reason: 'ALREADY_RESERVED' }>;

export function checkRequest(input: RequestReservationInput) {
  if (!isUuid(input.poolId)) throw new AppError('NOT_FOUND');
  if (!Number.isInteger(input.partySize) || input.partySize < 1) {
    throw new AppError('BAD_REQUEST');
  }
  if (!input.idempotencyKey || input.idempotencyKey.length > 200) throw new AppError('BAD_REQUEST');
  if (input.reservationId !== undefined && !isUuid(input.reservationId)) {
    throw new AppError('BAD_REQUEST');
  }
  if (!input.accountId && !input.guestEmail && !input.guestName) throw new AppError('BAD_REQUEST');
}

/** The answer already given to this key, or the holder's live reservation. */
async function earlierAnswer(
  db: Db,
  input: RequestReservationInput,
): Promise<RequestOutcome | undefined> {
  const { replay, live } = await findEarlier(
    db,
    input.poolId,
    input.idempotencyKey,
    input.holderKey,
  );
  if (replay) {
    return { ok: true, reservation: publicReservation(replay), isReplay: true, changes: [] };
  }
  if (live) return { ok: false, reason: 'ALREADY_RESERVED', reservation: publicReservation(live) };
  return undefined;
}

/** Why a party was not seated: no such pool (NOT_FOUND), too large, or (unless it may wait) FULL. */
async function refusalFor(
  db: Db,
  input: RequestReservationInput,
  isFullRefused: boolean,
): Promise<Refusal | undefined> {
  const pool = await findPool(db, input.poolId);
  if (!pool) throw new AppError('NOT_FOUND');
  if (input.partySize > pool.maxPartySize) {
    return { ok: false, reason: 'PARTY_TOO_LARGE', maxPartySize: pool.maxPartySize };
  }
  const freeUnits = Math.max(0, pool.capacity - pool.takenUnits - pool.heldUnits);
  return isFullRefused ? { ok: false, reason: 'FULL', freeUnits } : undefined;
}

/** Seats taken now, or why not: for walk-ins and requests that may not wait. */
async function seatOrRefuse(
  tx: Db,
  input: RequestReservationInput,
  options: AdmitOptions,
): Promise<{ pool: Pool; status: ReservationStatus } | Refusal> {
  const isQueueIgnored = options.isWaitlistBypassed ?? false;
  const taken = await takeUnitsIfFree(tx, input.poolId, input.partySize, isQueueIgnored);
  if (!taken) return (await refusalFor(tx, input, true))!;
  return { pool: taken, status: options.isApprovalSkipped ? 'confirmed' : admissionStatus(taken) };
}

function newRow(input: RequestReservationInput) {
  return {
    ...(input.reservationId && { id: input.reservationId }),
    poolId: input.poolId,
    partySize: input.partySize,
    accountId: input.accountId ?? null,
    guestEmail: input.guestEmail ?? null,
    guestName: input.guestName ?? null,
    holderKey: input.holderKey ?? null,
    idempotencyKey: input.idempotencyKey,
    ticketRef: newTicketRef(),
  };
}

/** The usual request in one statement (a savepoint around it inside the caller's transaction). */
async function admitQueued(deps: ReservationDeps, input: RequestReservationInput) {
  const values = { ...newRow(input), now: deps.clock() };
  const isNested = deps.db instanceof PgTransaction && !input.isConflictLeftToCaller;
  const admitted = isNested
    ? await deps.db.transaction((tx) => admitInOneStatement(tx, values))
    : await admitInOneStatement(deps.db, values);
  if (admitted) return admitted.reservation;
  const refusal = await refusalFor(deps.db, input, false);
  if (refusal) return refusal;
  throw new Error('a request neither admitted nor refused');
}

/** Walk-ins and requests that may not wait: seated or refused, in a transaction. */
function admitOrRefuse(
  deps: ReservationDeps,
  input: RequestReservationInput,
  options: AdmitOptions,
  then?: (tx: Db, reservation: Reservation) => Promise<unknown>,
) {
  return deps.db.transaction(async (tx) => {
    const decided = await seatOrRefuse(tx, input, options);
    if ('ok' in decided) return decided;
    const now = deps.clock();
    const row = await insertReservation(tx, {
      ...newRow(input),
      status: decided.status,
      confirmedAt: decided.status === 'confirmed' ? now : null,
      createdAt: now,
      updatedAt: now,
    });
    await then?.(tx, publicReservation(row));
    return row;
  });
}

/**
 * The request's decision and row; `then` runs in its transaction with the new reservation (a
 * walk-in's check-in).
 */
export async function admit(
  deps: ReservationDeps,
  input: RequestReservationInput,
  options: AdmitOptions = {},
  then?: (tx: Db, reservation: Reservation) => Promise<unknown>,
): Promise<RequestOutcome> {
  const earlier = input.isConflictLeftToCaller ? undefined : await earlierAnswer(deps.db, input);
  if (earlier) return earlier;
  const isQueued =
    !then &&
    !options.isWaitlistBypassed &&
    !options.isApprovalSkipped &&
    input.isWaitlistAllowed !== false;
  try {
    const admitted = isQueued
      ? await admitQueued(deps, input)
      : await admitOrRefuse(deps, input, options, then);
    // A refusal met after waiting for the pool's lock may be this very request's first copy
    // having taken the last seat (a double tap at the door): that copy's answer is the answer.
    if ('ok' in admitted) return (await earlierAnswer(deps.db, input)) ?? admitted;
    const reservation = publicReservation(admitted);
    return { ok: true, reservation, isReplay: false, changes: [{ reservation, from: null }] };
  } catch (err) {
    if (input.isConflictLeftToCaller) throw err;
    const answer = violatedUnique(err) ? await earlierAnswer(deps.db, input) : undefined;
    if (answer) return answer;
    throw err;
  }
}

/** The unique violation of a request that left its conflict to the caller: the holder's seat. */
export const isHolderConflict = (err: unknown) =>
  violatedUnique(err) === 'platform_reservations_holder_uq';

export type AlongsideOutcome =
  | { ok: true; reservation: Reservation; alongside: Admitted['alongside'] }
  | Extract<Refusal, { reason: 'PARTY_TOO_LARGE' }>;

/**
 * A new request — its key made for it, so no earlier answer can exist — admitted in one statement
 * with the caller's own writes (`alongside`: data-modifying CTEs, run before the pool's lock is
 * taken; they name the reservation by `reservationId`). No transaction's BEGIN and COMMIT round
 * trips, and the pool's lock ends inside the statement. All of it commits or none: a unique violation (the holder already
 * seated, a key of the caller's) fails it for the caller to answer; a party too large is refused.
 */
export async function requestReservationAlongside(
  deps: ReservationDeps,
  _acting: AuditContext,
  input: RequestReservationInput,
  alongside: Alongside,
): Promise<AlongsideOutcome> {
  checkRequest(input);
  try {
    const admitted = await admitInOneStatement(
      deps.db,
      { ...newRow(input), now: deps.clock() },
      alongside,
    );
    if (!admitted) throw new Error('an admission with alongside writes returned no row');
    const reservation = publicReservation(admitted.reservation);
    return { ok: true, reservation, alongside: admitted.alongside };
  } catch (err) {
    if (!failedRowsRequired(err)) throw err;
    const refusal = await refusalFor(deps.db, input, false);
    if (refusal?.reason === 'PARTY_TOO_LARGE') return refusal;
    throw err;
  }
}

export function requestReservation(
  deps: ReservationDeps,
  _acting: AuditContext,
  input: RequestReservationInput,
): Promise<RequestOutcome> {
  checkRequest(input);
  return admit(deps, input);
}
