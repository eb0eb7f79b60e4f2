// registerColleagues: a signed-in member registers people of their own directory organisation
// (its people with an e-mail), each with a registration, a seat and a mail of their own. Outcomes:
// the registrations (seated, pending approval or waitlisted in the order chosen) | CLOSED |
// ALREADY_REGISTERED (names those who already have a registration: nobody is registered then) |
// INVALID (none chosen, someone not a colleague, no ticket type). The same form key again returns
// the first answer and mails nothing more.
//
// Fairness (the core's, decision 018): the party is asked for one person after the other in one
// transaction, and the first request holds the pool's lock until it commits, so the party's
// requests are consecutive in arrival order: when fewer seats are left than people, the first get
// the seats and the others wait in line, first of the waitlist from then on.
import type { AuditContext } from '../../../platform/audit';
import { isSignedIn, type Actor } from '../../../platform/authz';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import type { Reservation } from '../../../platform/reservations';
import { colleaguesOfAccount, type Colleague } from '../../directory';
import { accountContact } from '../../identity';
import {
  findRegistrationsByKeys,
  insertRegistration,
  type RegistrationRow,
} from '../db/registrations.repository';
import { registrationState, type RegistrationState } from '../domain/registration-window';
import { newToken, tokenHash } from './registration-mail';
import { openEvent, takeSeat } from './register';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'mail' | 'jobs'>;

/** A party larger than a table of colleagues is a guest list: staff import those. */
export const MAX_COLLEAGUES = 20;

export type ColleaguesResult =
  | { ok: true; seats: { registration: RegistrationRow; reservation?: Reservation }[] }
  | { ok: false; reason: 'CLOSED'; state: Exclude<RegistrationState, { isOpen: true }> }
  | { ok: false; reason: 'ALREADY_REGISTERED'; names: string[] }
  | Invalid;

/** A member's colleagues who can be registered: those the platform can write to. */
export async function registrableColleagues(
  deps: Pick<AppDeps, 'database'>,
  userId: string,
): Promise<(Colleague & { email: string })[]> {
  const db = deps.database.db;
  const colleagues = await colleaguesOfAccount(db, userId);
  const withEmail = await Promise.all(
    colleagues.map(async (c) => {
      const email = c.email ?? (c.userId && (await accountContact(db, c.userId))?.email);
      return email ? [{ ...c, email: email.trim().toLowerCase() }] : [];
    }),
  );
  return withEmail.flat();
}

/** The colleagues a signed-in member may register, by name and organisation only. */
export async function colleagueChoices(deps: Pick<AppDeps, 'database'>, actor: Actor) {
  if (!isSignedIn(actor)) return [];
  const colleagues = await registrableColleagues(deps, actor.user.id);
  return colleagues.map(({ personId, fullName, organizationName }) => ({
    personId,
    fullName,
    organizationName,
  }));
}

const keyOf = (formKey: string, personId: string) => `${formKey}:${personId}`;

class AlreadyRegistered extends Error {
  constructor(readonly names: string[]) {
    super('already registered');
  }
}

export async function registerColleagues(
  deps: Deps,
  acting: AuditContext,
  input: {
    slug: string;
    ticketTypeId: string;
    idempotencyKey: string;
    locale: string;
    personIds: string[];
  },
): Promise<ColleaguesResult> {
  if (!isSignedIn(acting.actor)) throw new AppError('UNAUTHENTICATED');
  const user = acting.actor.user;
  const { event, pool } = await openEvent(deps, input);
  const db = deps.database.db;
  const chosenIds = [...new Set(input.personIds)];
  // The party was registered in one transaction: one of its keys found means all were. One
  // query, so one snapshot: reads of each key apart could fall on both sides of that commit.
  const replay = async (): Promise<ColleaguesResult | undefined> => {
    const keys = chosenIds.map((id) => keyOf(input.idempotencyKey, id));
    const earlier = await findRegistrationsByKeys(db, event.id, keys);
    const byKey = new Map(
      earlier.map((registration) => [registration.idempotencyKey, registration]),
    );
    const seats = keys.flatMap((key) => {
      const registration = byKey.get(key);
      return registration ? [{ registration }] : [];
    });
    return seats.length > 0 ? { ok: true, seats } : undefined;
  };
  const earlier = await replay();
  if (earlier) return earlier;
  const state = registrationState(event, deps.clock());
  if (!state.isOpen) return { ok: false, reason: 'CLOSED', state };
  const known = new Map((await registrableColleagues(deps, user.id)).map((c) => [c.personId, c]));
  const chosen = chosenIds.map((id) => known.get(id));
  if (chosen.length === 0 || chosen.length > MAX_COLLEAGUES)
    return invalid({ colleagues: { key: 'events.colleagues.none' } });
  if (chosen.some((c) => !c)) return invalid({ colleagues: { key: 'events.colleagues.unknown' } });
  if (!pool) return invalid({ ticketTypeId: { key: 'validation.choice' } });
  try {
    const seats = await db.transaction(async (tx) => {
      const taken = [];
      const already: string[] = [];
      for (const colleague of chosen as (Colleague & { email: string })[]) {
        const registration = await insertRegistration(tx, {
          eventId: event.id,
          ticketTypeId: pool.ownerKey,
          accountId: colleague.userId,
          name: colleague.fullName,
          email: colleague.email,
          locale: input.locale,
          idempotencyKey: keyOf(input.idempotencyKey, colleague.personId),
          registeredBy: user.id,
          manageTokenHash: tokenHash(newToken()),
          createdAt: deps.clock(),
        });
        const holderKey = colleague.userId
          ? `account:${colleague.userId}`
          : `email:${colleague.email}`;
        const seat = await takeSeat(tx, deps, acting, { poolId: pool.id, registration, holderKey });
        if (seat.ok) taken.push({ registration, reservation: seat.reservation });
        else already.push(colleague.fullName);
      }
      if (already.length > 0) throw new AlreadyRegistered(already);
      return taken;
    });
    deps.jobs.wake();
    return { ok: true, seats };
  } catch (err) {
    if (err instanceof AlreadyRegistered)
      return { ok: false, reason: 'ALREADY_REGISTERED', names: err.names };
    const answer = violatedUnique(err) ? await replay() : undefined;
    if (answer) return answer;
    throw err;
  }
}
