// The reservation core's public types (decision 018). Outcomes name the expected refusals; a pool
// or reservation that does not exist is an AppError NOT_FOUND.
import type { AppDeps } from '../deps';
import type { Db } from '../db/client';
import type { platformReservationCheckins, platformReservationPools } from './tables';
import { platformReservations, RESERVATION_STATUSES } from './tables';

export { RESERVATION_STATUSES };
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

export type Pool = typeof platformReservationPools.$inferSelect;
type ReservationRow = typeof platformReservations.$inferSelect;
/** A reservation as callers see it: the claim token's hash stays inside the core. */
export type Reservation = Omit<ReservationRow, 'claimTokenHash'>;
export type CheckIn = typeof platformReservationCheckins.$inferSelect;

/** Statuses that count units against the pool (`taken_units`). */
export const TAKING_STATUSES = ['pending', 'confirmed'] as const satisfies ReservationStatus[];
/** Statuses of a reservation still in play; one per holder key and pool. */
export const LIVE_STATUSES = [
  'pending',
  'confirmed',
  'waitlisted',
  'offered',
] as const satisfies ReservationStatus[];

/**
 * What the core needs. `db` may be the caller's transaction: the core's work then commits with the
 * caller's own rows (its registration, its mail) or not at all — the core opens a savepoint inside.
 */
export interface ReservationDeps {
  db: Db;
  clock: () => Date;
}

/** Check-in and ticket codes also need the platform's secret (config.AUTH_SECRET). */
export interface TicketDeps extends ReservationDeps {
  ticketSecret: string;
}

/**
 * One reservation's move, for the owning module to act on in the same transaction (mail, its own
 * rows): `reservation.status` is the new status. When it is 'offered', `claimToken` is the claim
 * link's secret — given here once and never stored in clear.
 */
export interface ReservationChange {
  reservation: Reservation;
  from: ReservationStatus | null;
  claimToken?: string;
}

/** Reactions of the owning module to changes made by the core's jobs (an expired hold passed on). */
export interface ReservationHooks<D = AppDeps> {
  onChanges?(tx: Db, changes: ReservationChange[], deps: D): Promise<void>;
}

export interface OpenPoolInput {
  ownerModule: string;
  ownerKey: string;
  groupKey: string;
  capacity: number;
  holdHours?: number;
  isApprovalRequired?: boolean;
  maxPartySize?: number;
  startsAt?: Date | null;
  endsAt?: Date | null;
}

export type PoolSettings = Partial<
  Pick<
    OpenPoolInput,
    'groupKey' | 'holdHours' | 'isApprovalRequired' | 'maxPartySize' | 'startsAt' | 'endsAt'
  >
>;

export interface RequestReservationInput {
  poolId: string;
  partySize: number;
  /** The same key (per pool) returns the reservation it made: a double-click, a retry. */
  idempotencyKey: string;
  accountId?: string | null;
  guestEmail?: string | null;
  guestName?: string | null;
  /** One live reservation per holder and pool (an account id, a normalised e-mail). */
  holderKey?: string | null;
  /** false: refuse with FULL rather than join the waitlist. Default true. */
  isWaitlistAllowed?: boolean;
  /**
   * The new reservation's id, chosen by the caller (a uuid) so that its own rows can name the
   * reservation before it is requested: the request is then the transaction's last statement and
   * the pool's lock is held only until the commit right after it.
   */
  reservationId?: string;
  /**
   * In the caller's transaction, for a key made for this very request (a registration row
   * inserted just before): no earlier answer can exist, so none is looked up and no savepoint is
   * taken. A conflict — the holder already has a live reservation in the pool — aborts the
   * caller's transaction with the unique violation `isHolderConflict` recognises, for the caller
   * to answer. Two round trips fewer, one of them under the pool's lock.
   */
  isConflictLeftToCaller?: boolean;
}

export type RequestOutcome =
  | { ok: true; reservation: Reservation; isReplay: boolean; changes: ReservationChange[] }
  | { ok: false; reason: 'FULL'; freeUnits: number }
  | { ok: false; reason: 'PARTY_TOO_LARGE'; maxPartySize: number }
  | { ok: false; reason: 'ALREADY_RESERVED'; reservation: Reservation };

/** A command on one reservation that moves it: done (or already done: isReplay) or refused. */
export type MoveOutcome =
  | { ok: true; reservation: Reservation; isReplay: boolean; changes: ReservationChange[] }
  | { ok: false; reason: 'WRONG_STATUS'; reservation: Reservation };

export type ClaimOutcome =
  | { ok: true; reservation: Reservation; isReplay: boolean; changes: ReservationChange[] }
  /** The link is not one we gave (or mistyped). */
  | { ok: false; reason: 'UNKNOWN_CLAIM' }
  /** The hold ran out (at `reservation.holdExpiresAt`) and was passed on. */
  | { ok: false; reason: 'HOLD_EXPIRED'; reservation: Reservation; changes: ReservationChange[] }
  /** Cancelled or rejected meanwhile. */
  | { ok: false; reason: 'WRONG_STATUS'; reservation: Reservation };

export type CapacityOutcome =
  | { ok: true; pool: Pool; changes: ReservationChange[] }
  /** Fewer than the units already confirmed, pending or held: cancel some first. */
  | { ok: false; reason: 'BELOW_TAKEN'; pool: Pool; usedUnits: number }
  | { ok: false; reason: 'STALE'; pool: Pool };

export type PromoteOutcome =
  MoveOutcome | { ok: false; reason: 'FULL'; reservation: Reservation; freeUnits: number };

/** Which pools a check-in station serves: one group (an event) of one module. */
export interface CheckInScope {
  ownerModule: string;
  groupKey: string;
}

export interface CheckInInput {
  scope: CheckInScope;
  /** A scanned or typed ticket code; or `reservationId` when staff picked the person from a list. */
  code?: string;
  reservationId?: string;
  /** '' (default) for the whole event; a session's key for attendance per session. */
  sessionKey?: string;
  station?: string | null;
  /** When the phone scanned it, for scans uploaded later; never after now. */
  scannedAt?: Date;
}

export type CheckInOutcome =
  | { ok: true; reservation: Reservation; checkIn: CheckIn }
  /** The code's signature does not hold: refused before any database lookup. */
  | { ok: false; reason: 'FORGED' }
  | { ok: false; reason: 'UNKNOWN_TICKET' }
  /** A real ticket of another event (group). */
  | { ok: false; reason: 'OTHER_GROUP'; reservation: Reservation }
  /** Waitlisted, cancelled, pending approval…: no seat to check into. */
  | { ok: false; reason: 'NOT_CONFIRMED'; reservation: Reservation }
  /** The first scan's time and who made it: "already checked in at 09:12 by …". */
  | { ok: false; reason: 'ALREADY_CHECKED_IN'; reservation: Reservation; checkIn: CheckIn };

export interface WalkInInput {
  poolId: string;
  partySize: number;
  idempotencyKey: string;
  guestName?: string | null;
  guestEmail?: string | null;
  accountId?: string | null;
  holderKey?: string | null;
  sessionKey?: string;
  station?: string | null;
}

export type WalkInOutcome =
  | { ok: true; reservation: Reservation; checkIn: CheckIn; changes: ReservationChange[] }
  | { ok: false; reason: 'FULL'; freeUnits: number }
  | { ok: false; reason: 'PARTY_TOO_LARGE'; maxPartySize: number }
  | { ok: false; reason: 'ALREADY_RESERVED'; reservation: Reservation };

/** One pool's figures; units count people (a party of 2 is 2). */
export interface PoolAttendance {
  poolId: string;
  ownerKey: string;
  capacity: number;
  pendingUnits: number;
  confirmedReservations: number;
  confirmedUnits: number;
  waitlistedUnits: number;
  offeredUnits: number;
  checkedInReservations: number;
  checkedInUnits: number;
  walkInUnits: number;
  /** Confirmed and not checked in (for the session asked): no-shows once the event is over. */
  noShowReservations: number;
  noShowUnits: number;
}
