// What the events benchmark needs, written in code before the server starts: the demo year of
// events (the list page's content), members signed in (one session each), stations' staff
// accounts, a surge event with one ticket type of SEATS seats, and a door event whose TICKETS
// tickets are confirmed through the reservation core. Accounts and sessions are inserted in bulk:
// the server reads them as it reads any session (better-auth's signed cookie).
import { createHmac, randomBytes } from 'node:crypto';
import { openDeps } from '../../src/boot';
import { authFor } from '../../src/modules/identity/services/auth';
import { SESSION_COOKIE } from '../../src/modules/identity/resolve-actor';
import { SESSION_EXPIRES_IN_SECONDS } from '../../src/modules/identity/services/session-policy';
import { insertEvent } from '../../src/modules/events/db/events.repository';
import { seedEventsDemo } from '../../src/modules/events/seed/demo';
import { addTicketType } from '../../src/modules/events/services/ticket-types';
import type { Actor } from '../../src/platform/authz';
import { loadConfig } from '../../src/platform/config/config';
import type { AppDeps } from '../../src/platform/deps';
import {
  findPoolOf,
  requestReservation,
  reservationDeps,
  ticketCodeOf,
} from '../../src/platform/reservations';

const DAY = 86_400_000;
const BATCH = 500;

export interface EventsBench {
  /** One signed-in cookie per member, in the order they will register. */
  members: string[];
  /** One staff cookie per check-in station. */
  stations: string[];
  surge: { slug: string; ticketTypeId: string; eventId: string };
  door: { eventId: string; codes: string[] };
}

/** "($1, $2, …), (…)" for `rows` rows of `width` parameters, each followed by `constants`. */
const placeholders = (rows: number, width: number, constants = '') =>
  Array.from(
    { length: rows },
    (_, r) =>
      `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')}${constants})`,
  ).join(', ');

async function signedInAccounts(deps: AppDeps, prefix: string, count: number) {
  const auth = await authFor(deps).$context;
  const ids: string[] = [];
  const cookies: string[] = [];
  // Signed in an hour ago, as better-auth opens a session: its expiry moves on a day later.
  const expires = new Date(Date.now() + SESSION_EXPIRES_IN_SECONDS * 1000 - 3600_000);
  for (let from = 0; from < count; from += BATCH) {
    const n = Math.min(BATCH, count - from);
    const users: unknown[] = [];
    const sessions: unknown[] = [];
    for (let i = from; i < from + n; i++) {
      const id = `${prefix}-${i}`;
      const token = randomBytes(24).toString('base64url');
      users.push(id, `Thành viên ${prefix} ${i}`, `${id}@bench.example`);
      sessions.push(`${id}-session`, token, id, expires);
      ids.push(id);
      const signature = createHmac('sha256', auth.secret).update(token).digest('base64');
      cookies.push(`${SESSION_COOKIE}=${encodeURIComponent(`${token}.${signature}`)}`);
    }
    await deps.database.query(
      `insert into identity_users (id, name, email, email_verified) values ${placeholders(n, 3, ', true')}`,
      users,
    );
    await deps.database.query(
      `insert into identity_sessions (id, token, user_id, expires_at) values ${placeholders(n, 4)}`,
      sessions,
    );
  }
  return { ids, cookies };
}

async function staffActor(deps: AppDeps, ids: string[]): Promise<Actor> {
  // Staff sign in with a second factor in production: their sessions were opened with one.
  for (const id of ids) {
    await deps.database.query(
      `insert into identity_user_roles (user_id, role) values ($1, 'staff')`,
      [id],
    );
    await deps.database.query(`update identity_users set two_factor_enabled = true where id = $1`, [
      id,
    ]);
  }
  const user = {
    id: ids[0]!,
    name: 'Trạm 0',
    email: `${ids[0]}@bench.example`,
    locale: 'vi' as const,
    twoFactorEnabled: false,
  };
  return { kind: 'user', user, roles: new Set(['member', 'staff']) };
}

async function publishedEvent(deps: AppDeps, actor: Actor, slug: string, capacity: number) {
  const now = deps.clock();
  const startsAt = new Date(now.getTime() + 30 * DAY);
  const event = await insertEvent(deps.database.db, {
    slug,
    type: 'techfest',
    titleVi: `Techfest ${slug}`,
    venueAddress: '31 Trần Phú, Hải Châu, Đà Nẵng',
    provinceCode: '48',
    status: 'published',
    publishedAt: now,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 9 * 3600_000),
  });
  const added = await addTicketType(
    deps,
    { actor },
    {
      eventId: event.id,
      nameVi: 'Phổ thông',
      capacity,
    },
  );
  if (!added.ok) throw new Error(`ticket type: ${JSON.stringify(added)}`);
  return { event, ticketTypeId: added.ticketType.id };
}

/** The door's tickets, confirmed through the core as registrations confirm them. */
async function doorTickets(deps: AppDeps, ticketTypeId: string, count: number) {
  const db = deps.database.db;
  const pool = await findPoolOf({ db }, { ownerModule: 'events', ownerKey: ticketTypeId });
  const core = reservationDeps(deps);
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = await requestReservation(
      core,
      { actor: { kind: 'anonymous' } },
      {
        poolId: pool!.id,
        partySize: 1,
        guestName: `Đại biểu ${i}`,
        idempotencyKey: `door-${i}`,
      },
    );
    if (!r.ok || r.reservation.status !== 'confirmed') throw new Error('door ticket set-up');
    codes.push(ticketCodeOf(core.ticketSecret, r.reservation.ticketRef));
  }
  return codes;
}

export async function setUpEventsBench(
  env: Record<string, string>,
  size: { people: number; seats: number; tickets: number; stations: number },
): Promise<EventsBench> {
  const deps = await openDeps(loadConfig(env));
  try {
    await seedEventsDemo(deps);
    const staff = await signedInAccounts(deps, 'station', size.stations);
    const actor = await staffActor(deps, staff.ids);
    const members = await signedInAccounts(deps, 'member', size.people);
    const surge = await publishedEvent(deps, actor, 'techfest-surge', size.seats);
    const door = await publishedEvent(deps, actor, 'techfest-door', size.tickets);
    return {
      members: members.cookies,
      stations: staff.cookies,
      surge: { slug: surge.event.slug, ticketTypeId: surge.ticketTypeId, eventId: surge.event.id },
      door: {
        eventId: door.event.id,
        codes: await doorTickets(deps, door.ticketTypeId, size.tickets),
      },
    };
  } finally {
    await deps.database.close();
  }
}
