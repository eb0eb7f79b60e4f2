// registerMember: a signed-in member takes a seat of one ticket type in one step (their name and
// e-mail from the account). registerGuest: a guest gives a name and an e-mail and is mailed a
// link; confirmGuest, following it, asks for the seat. Outcomes: the registration with its seat
// (confirmed, pending approval or waitlisted; mailed in the same transaction) | CLOSED (the
// window's reason and time) | ALREADY_REGISTERED | INVALID (the guest's name or e-mail, the
// ticket type, the answers to the event's questions). The same form key again (a double-click, a
// retry) returns the first registration and mails nothing more.
import { randomUUID } from 'node:crypto';
import type { AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import type { FormBody } from '../../../platform/input/form-values';
import { ZRequiredText } from '../../../platform/input/text-fields';
import { fieldErrors } from '../../../platform/input/validation';
import {
  findPoolOf,
  getReservation,
  isHolderConflict,
  requestReservation,
  requestReservationAlongside,
  reservationDeps,
  type RequestReservationInput,
  type Reservation,
} from '../../../platform/reservations';
import { z } from 'zod';
import { findEventById, findEventWithPool, type EventRow } from '../db/events.repository';
import {
  findRegistrationBy,
  findRegistrationByKey,
  insertRegistration,
  registrationFromJson,
  memberRegistrationInsert,
  memberRegistrationValues,
  type NewRegistrationRow,
  setRegistrationReservation,
  type RegistrationRow,
} from '../db/registrations.repository';
import { registrationState, type RegistrationState } from '../domain/registration-window';
import { givenGender } from './registration-gender';
import { mailGuestConfirmation, newToken, tokenHash } from './registration-mail';
import { answersOfRegistration } from './registration-questions';
import { scheduleSeatMail, seatMailPlaceholders, seatMailValues } from './seat-mail';
import { EVENTS_MODULE } from '../db/tables';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'mail' | 'jobs'>;

export type RegisterResult =
  | { ok: true; registration: RegistrationRow; reservation?: Reservation; event: EventRow }
  | { ok: false; reason: 'CLOSED'; state: Exclude<RegistrationState, { isOpen: true }> }
  | { ok: false; reason: 'ALREADY_REGISTERED' }
  | Invalid;

interface Common {
  slug: string;
  ticketTypeId: string;
  idempotencyKey: string;
  locale: string;
  /** The posted form: the answers to the event's questions are read from it. */
  posted?: FormBody;
}

const ZKey = z.string().min(8).max(100);
const ZGuest = z.object({ name: ZRequiredText(120), email: z.email().max(254) });

export async function openEvent(deps: Deps, input: Common) {
  const db = deps.database.db;
  // A ticket type's pool names its event (groupKey): the pool alone says the type is this event's.
  const found = await findEventWithPool(db, input.slug, input.ticketTypeId);
  if (!found || found.event.status === 'draft') throw new AppError('NOT_FOUND');
  if (!ZKey.safeParse(input.idempotencyKey).success) throw new AppError('BAD_REQUEST');
  return { event: found.event, pool: found.pool ?? undefined };
}

/**
 * Asks the core for the seat of a registration row, in the caller's transaction. The row names
 * its reservation and the seat's mail is scheduled first, so the request is the last statement
 * before the caller's commit: the pool's lock, which orders every registrant, is held for it
 * alone. A refusal is for the caller to roll back; a replay links the row to the first seat.
 */
export async function takeSeat(
  tx: Db,
  deps: Deps,
  acting: AuditContext,
  input: { poolId: string; registration: RegistrationRow; holderKey: string },
) {
  const { registration } = input;
  // A row inserted naming its reservation is new in this transaction: its seat's key cannot have
  // been used, and a holder already seated aborts the transaction (the caller answers).
  const isNew = registration.reservationId !== null;
  const reservationId = registration.reservationId ?? randomUUID();
  if (!isNew) await setRegistrationReservation(tx, registration.id, reservationId, deps.clock());
  await scheduleSeatMail(tx, deps, { reservationId });
  const outcome = await requestReservation(reservationDeps(deps, tx), acting, {
    poolId: input.poolId,
    partySize: 1,
    idempotencyKey: `registration:${registration.id}`,
    accountId: registration.accountId,
    guestName: registration.name,
    guestEmail: registration.email,
    holderKey: input.holderKey,
    reservationId,
    isConflictLeftToCaller: isNew,
  });
  if (outcome.ok && outcome.isReplay)
    await setRegistrationReservation(tx, registration.id, outcome.reservation.id, deps.clock());
  return outcome;
}

/** Rolls a transaction back with an outcome for the caller. */
class Refused extends Error {
  constructor(readonly result: RegisterResult) {
    super('refused');
  }
}

/** One registration's transaction: its outcome once committed, or the refusal it rolled back. */
async function inRegistrationTransaction(
  deps: Deps,
  work: (tx: Db) => Promise<RegisterResult>,
): Promise<RegisterResult> {
  try {
    const result = await deps.database.db.transaction(work);
    deps.jobs.wake();
    return result;
  } catch (err) {
    if (err instanceof Refused) return err.result;
    throw err;
  }
}

/** The registration's seat, or a refusal when its holder already has one for the event. */
async function seatOrRefuse(
  tx: Db,
  deps: Deps,
  acting: AuditContext,
  input: { poolId: string; registration: RegistrationRow; holderKey: string; event: EventRow },
): Promise<RegisterResult> {
  const { registration, event } = input;
  const seat = await takeSeat(tx, deps, acting, input);
  if (!seat.ok) throw new Refused({ ok: false, reason: 'ALREADY_REGISTERED' });
  return { ok: true, registration, reservation: seat.reservation, event };
}

/** The writes that go with a member's seat, in its statement (built once). */
const seatWrites = (db: Db) => ({
  registration: memberRegistrationInsert(db),
  seat_mail: seatMailPlaceholders(db),
});

/**
 * A new registration and its seat in one statement, with the seat's mail scheduled alongside: no
 * transaction round trips, and the pool's lock, which orders every registrant, ends inside the
 * statement. A unique violation (the form key again, the holder already seated) fails it all for
 * the caller to answer. Undefined when the ticket type takes no party of one (never, today).
 */
async function seatAlongside(
  deps: Deps,
  acting: AuditContext,
  input: Omit<RequestReservationInput, 'partySize'> & {
    reservationId: string;
    registration: NewRegistrationRow;
  },
) {
  const { registration, ...request } = input;
  const db = deps.database.db;
  const seat = await requestReservationAlongside(
    reservationDeps(deps, db),
    acting,
    { ...request, partySize: 1 },
    {
      build: seatWrites,
      values: {
        ...memberRegistrationValues(registration),
        ...seatMailValues(deps, { reservationId: input.reservationId }),
      },
    },
  );
  if (!seat.ok || !seat.alongside.registration) return undefined;
  deps.jobs.wake();
  return {
    registration: registrationFromJson(seat.alongside.registration),
    reservation: seat.reservation,
  };
}

export async function registerMember(
  deps: Deps,
  acting: AuditContext,
  input: Common,
): Promise<RegisterResult> {
  if (!isSignedIn(acting.actor)) throw new AppError('UNAUTHENTICATED');
  const user = acting.actor.user;
  const { event, pool } = await openEvent(deps, input);
  const db = deps.database.db;
  // A retry of the same form key meets the key's unique index in the transaction below; only a
  // refusal looks for an earlier registration first (the retry answers as the first post did).
  const earlierOr = async (refusal: RegisterResult): Promise<RegisterResult> => {
    const earlier = await findRegistrationByKey(db, event.id, input.idempotencyKey);
    return earlier ? { ok: true, registration: earlier, event } : refusal;
  };
  const state = registrationState(event, deps.clock());
  if (!state.isOpen) return earlierOr({ ok: false, reason: 'CLOSED', state });
  const answers = answersOfRegistration(event.registrationForm, input.posted ?? {});
  const gender = givenGender(input.posted);
  const errors = { ...(answers.ok ? {} : answers.fields), ...(gender.ok ? {} : gender.fields) };
  if (!pool) errors.ticketTypeId = { key: 'validation.choice' };
  if (!pool || !answers.ok || !gender.ok) return earlierOr(invalid(errors));
  try {
    const now = deps.clock();
    const id = randomUUID();
    const reservationId = randomUUID();
    const seat = await seatAlongside(deps, acting, {
      poolId: pool.id,
      idempotencyKey: `registration:${id}`,
      accountId: user.id,
      guestName: user.name,
      guestEmail: user.email,
      holderKey: `account:${user.id}`,
      reservationId,
      registration: {
        id,
        eventId: event.id,
        ticketTypeId: pool.ownerKey,
        reservationId,
        accountId: user.id,
        name: user.name,
        email: user.email,
        locale: input.locale,
        idempotencyKey: input.idempotencyKey,
        answers: answers.answers,
        gender: gender.gender,
        manageTokenHash: tokenHash(newToken()),
        confirmedAt: now,
        createdAt: now,
      },
    });
    if (!seat) return invalid({ ticketTypeId: { key: 'validation.choice' } });
    return { ok: true, ...seat, event };
  } catch (err) {
    if (!violatedUnique(err)) throw err;
    const answer = await earlierOr({ ok: false, reason: 'ALREADY_REGISTERED' });
    if (answer.ok || isHolderConflict(err)) return answer;
    throw err;
  }
}

export async function registerGuest(
  deps: Deps,
  acting: AuditContext,
  input: Common & { name: string; email: string },
): Promise<RegisterResult> {
  const { event, pool } = await openEvent(deps, input);
  const db = deps.database.db;
  const earlier = await findRegistrationByKey(db, event.id, input.idempotencyKey);
  if (earlier) return { ok: true, registration: earlier, event };
  const state = registrationState(event, deps.clock());
  if (!state.isOpen) return { ok: false, reason: 'CLOSED', state };
  const guest = ZGuest.safeParse({ name: input.name, email: input.email.trim().toLowerCase() });
  const answers = answersOfRegistration(event.registrationForm, input.posted ?? {});
  const gender = givenGender(input.posted);
  const errors = {
    ...(guest.success ? {} : fieldErrors(guest.error)),
    ...(answers.ok ? {} : answers.fields),
    ...(gender.ok ? {} : gender.fields),
  };
  if (!pool) errors.ticketTypeId = { key: 'validation.choice' };
  if (!guest.success || !pool || !answers.ok || !gender.ok) return invalid(errors);
  const token = newToken();
  try {
    const registration = await db.transaction(async (tx) => {
      const row = await insertRegistration(tx, {
        eventId: event.id,
        ticketTypeId: pool.ownerKey,
        name: guest.data.name,
        email: guest.data.email,
        locale: input.locale,
        idempotencyKey: input.idempotencyKey,
        answers: answers.answers,
        gender: gender.gender,
        confirmTokenHash: tokenHash(token),
        manageTokenHash: tokenHash(newToken()),
        createdAt: deps.clock(),
      });
      await mailGuestConfirmation(tx, deps, row, { token, title: event.titleVi });
      return row;
    });
    deps.jobs.wake();
    return { ok: true, registration, event };
  } catch (err) {
    const replay =
      violatedUnique(err) && (await findRegistrationByKey(db, event.id, input.idempotencyKey));
    if (replay) return { ok: true, registration: replay, event };
    throw err;
  }
}

/** The guest followed the mailed link: the seat is asked for now (again: the same answer). */
export async function confirmGuest(
  deps: Deps,
  acting: AuditContext,
  input: { token: string },
): Promise<RegisterResult> {
  const db = deps.database.db;
  const registration = await findRegistrationBy(db, 'confirmTokenHash', tokenHash(input.token));
  const event = registration && (await findEventById(db, registration.eventId));
  if (!registration || !event || event.status === 'draft') throw new AppError('NOT_FOUND');
  if (registration.reservationId) {
    const reservation = await getReservation({ db }, { reservationId: registration.reservationId });
    return { ok: true, registration, reservation, event };
  }
  const state = registrationState(event, deps.clock());
  if (!state.isOpen) return { ok: false, reason: 'CLOSED', state };
  const pool = await findPoolOf(
    { db },
    { ownerModule: EVENTS_MODULE, ownerKey: registration.ticketTypeId },
  );
  if (!pool) throw new AppError('NOT_FOUND');
  const holderKey = `email:${registration.email}`;
  return inRegistrationTransaction(deps, (tx) =>
    seatOrRefuse(tx, deps, acting, { poolId: pool.id, registration, holderKey, event }),
  );
}
