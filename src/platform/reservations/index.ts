// The reservation core (issue 13, decision 018): capacity, waitlist, holds that expire, approval,
// tickets and check-in — for events' ticket types now, mentoring office hours and space booking
// next. How a module uses it:
//
// - A POOL is a capacity bucket owned by one of your records: `openPool(deps, acting,
//   { ownerModule: 'events', ownerKey: ticketTypeId, groupKey: eventId, capacity, holdHours,
//   isApprovalRequired })`. `groupKey` gathers the pools checked in and counted together (an
//   event's ticket types; a mentor's slots). Capacity and party sizes are in units (people).
// - Commands take `(deps, acting, input)` with `deps = reservationDeps(appDeps, tx)`: pass YOUR
//   transaction as `tx` and the core's rows commit with yours (your registration row, your mail)
//   or not at all (the core works in a savepoint). A request locks the pool's row until YOUR
//   commit, so keep the work after it short: the lock is what serialises the pool's seats. Choose
//   the new reservation's id yourself (`reservationId`, a uuid) to write your rows naming it
//   first, and make the request your transaction's last statement; work that needs its outcome
//   (a mail) goes to a durable job scheduled before it. A request whose key your transaction
//   has just made (`isConflictLeftToCaller`) skips the look-up and the savepoint: a holder's
//   live reservation then aborts your transaction (`isHolderConflict(err)` says so). Hotter still,
//   `requestReservationAlongside(deps, acting, input, { build, values })` runs a new request and
//   your own writes (`build(db)` gives data-modifying statements with RETURNING by name: your row,
//   `scheduleJobPlaceholders`' job; what varies as `sql.placeholder`s that `values` fill) as ONE
//   statement, built once, with no transaction around it: all commit or none, and the pool's lock
//   ends inside the database, never waiting for your process between round trips.
// - Every command returns the `changes` it made (`{ reservation, from, claimToken? }`, the new
//   status in `reservation.status`). Act on them in the same transaction: 'confirmed' → mail the
//   ticket; 'offered' → mail the claim link with `claimToken` (given once, stored only hashed;
//   the hold ends at `reservation.holdExpiresAt`); 'expired' → tell them the hold passed on.
//   Expected refusals are outcomes (`{ ok: false, reason }`); an unknown id is AppError NOT_FOUND.
// - Holds expire on the durable job runner: spread `reservationJobs('events', { onChanges })`
//   into your manifest's `jobs` (the job is `events.reservation-hold-expiry`); `onChanges` gets
//   the expired hold and the next offers, in the job's transaction.
// - Idempotency: the same `idempotencyKey` per pool returns the first reservation (isReplay);
//   `holderKey` (an account id, a normalised e-mail) allows one live reservation per holder.
// - Fairness (decision 018): strict arrival order. A waitlisted head whose party does not fit the
//   freed units keeps its turn; the units wait for it and nobody behind overtakes. Staff may
//   `promoteReservation` anyone by hand (`isCapacityRaised` adds the seats it lacks).
// - Tickets: `ticketCodeOf(secret, reservation.ticketRef)` is the QR's text and the typed code;
//   `checkIn(ticketDeps, acting, { scope: { ownerModule, groupKey }, code | reservationId,
//   sessionKey })` refuses forged codes before any lookup and answers a second scan with the
//   first one's time and who. `admitWalkIn` registers and checks in at the door. The QR image:
//   `ticketQrPath` (an SVG path for a page), `ticketQrPng` (for mail), `ticketQrSvg` (a file).
// - Figures: `countAttendance` (per pool: confirmed, checked in, no-shows, per session);
//   `findReservations` lists a group's reservations in arrival order with their check-ins.
import type { AppDeps } from '../deps';
import type { Db } from '../db/client';
import type { ReservationDeps, TicketDeps } from './types';

export type * from './types';
export { LIVE_STATUSES, RESERVATION_STATUSES, TAKING_STATUSES } from './types';
export { openPool, updatePoolSettings, setPoolCapacity, promoteReservation } from './pools';
export {
  requestReservation,
  requestReservationAlongside,
  isHolderConflict,
  type AlongsideOutcome,
} from './request-reservation';
export { claimHold } from './claim-hold';
export { cancelReservation, approveReservation, rejectReservation } from './decide-reservation';
export { checkIn, admitWalkIn } from './check-in';
export {
  getPool,
  findPoolOf,
  getReservation,
  waitlistPosition,
  findReservations,
  countAttendance,
  type FindReservationsInput,
  type ReservationListItem,
} from './reservations.queries';
export { ticketCodeOf, readTicketCode } from './tickets';
export { reservationJobs, type HoldJobDeps } from './jobs';
export { HOLD_EXPIRY_JOB, holdExpiryJobName } from './waitlist';
export {
  platformReservationPools,
  platformReservations,
  platformReservationCheckins,
} from './tables';

/** The core's deps from the process's, optionally inside the caller's transaction. */
export function reservationDeps(
  deps: Pick<AppDeps, 'database' | 'clock' | 'config'>,
  tx?: Db,
): TicketDeps & ReservationDeps {
  const ticketSecret = deps.config.AUTH_SECRET;
  if (!ticketSecret) throw new Error('AUTH_SECRET is not set (boot sets it: ensureAuthSecret)');
  return { db: tx ?? deps.database.db, clock: deps.clock, ticketSecret };
}
export { ticketQrPath, ticketQrPng, ticketQrSvg } from './ticket-qr';
