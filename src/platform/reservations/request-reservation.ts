// requestReservation: a party asks for units of a pool.
// Outcomes: confirmed (or pending when the pool asks approval) when the party fits and nobody
// waits before it; waitlisted otherwise (FULL when the caller allows no waitlist); the same
// idempotency key again → the reservation it made (isReplay); PARTY_TOO_LARGE; ALREADY_RESERVED
// when the holder has a live reservation in the pool.
import type { AuditContext } from '../audit';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import {
  addUnits,
  findByIdempotencyKey,
  findLiveByHolder,
  insertReservation,
  publicReservation,
  waitlistHead,
} from './reservations.repository';
import { inLockedPool } from './locking';
import { newTicketRef } from './tickets';
import type { Pool, RequestOutcome, RequestReservationInput, ReservationDeps } from './types';
import { admissionStatus, freeUnits } from './waitlist';

export interface AdmitOptions {
  /** Staff at the door: a seat free now goes to the party present, waitlist or not. */
  isWaitlistBypassed?: boolean;
  /** Staff at the door admit without the approval step. */
  isApprovalSkipped?: boolean;
}

export function checkRequest(input: RequestReservationInput) {
  if (!Number.isInteger(input.partySize) || input.partySize < 1) {
    throw new AppError('BAD_REQUEST');
  }
  if (!input.idempotencyKey || input.idempotencyKey.length > 200) throw new AppError('BAD_REQUEST');
  if (!input.accountId && !input.guestEmail && !input.guestName) throw new AppError('BAD_REQUEST');
}

/** The request's decision and row, in a transaction holding the pool's lock. */
export async function admit(
  tx: Db,
  pool: Pool,
  input: RequestReservationInput,
  now: Date,
  options: AdmitOptions = {},
): Promise<RequestOutcome> {
  const replay = await findByIdempotencyKey(tx, pool.id, input.idempotencyKey);
  if (replay) {
    return { ok: true, reservation: publicReservation(replay), isReplay: true, changes: [] };
  }
  if (input.partySize > pool.maxPartySize) {
    return { ok: false, reason: 'PARTY_TOO_LARGE', maxPartySize: pool.maxPartySize };
  }
  const live = input.holderKey ? await findLiveByHolder(tx, pool.id, input.holderKey) : undefined;
  if (live) return { ok: false, reason: 'ALREADY_RESERVED', reservation: publicReservation(live) };

  const isQueueAhead =
    !options.isWaitlistBypassed && (await waitlistHead(tx, pool.id)) !== undefined;
  const fits = !isQueueAhead && input.partySize <= freeUnits(pool);
  if (!fits && input.isWaitlistAllowed === false) {
    return { ok: false, reason: 'FULL', freeUnits: Math.max(0, freeUnits(pool)) };
  }
  const status = !fits
    ? 'waitlisted'
    : options.isApprovalSkipped
      ? 'confirmed'
      : admissionStatus(pool);
  const row = await insertReservation(tx, {
    poolId: pool.id,
    partySize: input.partySize,
    accountId: input.accountId ?? null,
    guestEmail: input.guestEmail ?? null,
    guestName: input.guestName ?? null,
    holderKey: input.holderKey ?? null,
    idempotencyKey: input.idempotencyKey,
    status,
    ticketRef: newTicketRef(),
    confirmedAt: status === 'confirmed' ? now : null,
    createdAt: now,
    updatedAt: now,
  });
  if (fits) await addUnits(tx, pool.id, input.partySize, 0);
  const reservation = publicReservation(row);
  return { ok: true, reservation, isReplay: false, changes: [{ reservation, from: null }] };
}

export function requestReservation(
  deps: ReservationDeps,
  _acting: AuditContext,
  input: RequestReservationInput,
): Promise<RequestOutcome> {
  checkRequest(input);
  return inLockedPool(deps, input.poolId, (tx, pool) => admit(tx, pool, input, deps.clock()));
}
