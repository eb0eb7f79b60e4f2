// The demo year's registrations, through the reservation core on the seed's clock moved to when
// each happened: people register over the three weeks before an event, in arrival order; a full
// event keeps its waitlist; at past events most are checked in at the door, a few walk in and the
// rest are no-shows; most give a gender, some do not. Nobody is mailed (the addresses are made
// up). The same people, seats and times on every run: only the ids and ticket codes are new.
import type { AuditContext } from '../../../platform/audit';
import { ANONYMOUS } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import {
  admitWalkIn,
  checkIn,
  openPool,
  reservationDeps,
  requestReservation,
  ticketCodeOf,
  type Pool,
  type TicketDeps,
} from '../../../platform/reservations';
import type { EventRow } from '../db/events.repository';
import type { Gender } from '../domain/gender';
import {
  insertRegistration,
  insertTicketType,
  setRegistrationReservation,
} from '../db/registrations.repository';
import { newToken, tokenHash } from '../services/registration-mail';
import { EVENTS_MODULE } from '../db/tables';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config'>;

/** An event's tickets in the demo: its types (Vietnamese, English, seats) and who registers. */
export interface DemoTickets {
  types: [string, string, number][];
  /** People registering, in arrival order. */
  people: number;
}

const SEED: AuditContext = { actor: ANONYMOUS, label: 'demo seed' };
const DOOR: AuditContext = { actor: ANONYMOUS, label: 'Quầy đón tiếp' };
const MINUTE = 60_000;
const DAY = 86_400_000;
/** Registrations arrive over the three weeks before the event. */
const REGISTRATION_SPAN = 21 * DAY;
/** The province's community: the same people come back to several events. */
const COMMUNITY = 150;
/** Every seventh confirmed person does not come. */
const isNoShow = (i: number) => i % 7 === 3;
const WALK_INS = 2;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Quốc', 'Thu', 'Đức', 'Thanh', 'Hoài'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Khoa',
  'Linh',
  'Nam',
  'Phúc',
  'Quân',
  'Trang',
  'Vy',
];

/**
 * The gender the n-th person gave at registration, as their middle name suggests: one in five
 * leaves the optional question blank, one in eleven prefers not to say.
 */
function demoGender(n: number, middle: string): Gender | null {
  if (n % 5 === 4) return null;
  if (n % 11 === 7) return 'undisclosed';
  if (['Văn', 'Quốc', 'Đức'].includes(middle)) return 'male';
  if (['Thị', 'Thu', 'Ngọc'].includes(middle)) return 'female';
  return null;
}

/** The community's n-th person: a name, an address and a gender given that stay the same. */
export function demoPerson(n: number): { name: string; email: string; gender: Gender | null } {
  const middle = MIDDLE[(n * 3) % MIDDLE.length]!;
  const name = `${FAMILY[n % FAMILY.length]} ${middle} ${GIVEN[(n * 7) % GIVEN.length]}`;
  return { name, email: `nguoi-tham-du-${n + 1}@demo.innohub.vn`, gender: demoGender(n, middle) };
}

/** The type with the smallest share of its seats taken so far: types fill in proportion. */
function nextType(pools: Pool[], taken: number[]): number {
  let best = 0;
  for (let j = 1; j < pools.length; j++)
    if (taken[j]! / pools[j]!.capacity < taken[best]! / pools[best]!.capacity) best = j;
  return best;
}

async function openTicketTypes(tx: Db, deps: Deps, event: EventRow, tickets: DemoTickets) {
  const pools: Pool[] = [];
  for (const [nameVi, nameEn, capacity] of tickets.types) {
    const type = await insertTicketType(tx, {
      eventId: event.id,
      nameVi,
      nameEn,
      createdAt: event.createdAt,
    });
    pools.push(
      await openPool(reservationDeps(deps, tx), SEED, {
        ownerModule: EVENTS_MODULE,
        ownerKey: type.id,
        groupKey: event.id,
        capacity,
        holdHours: event.holdHours,
      }),
    );
  }
  return pools;
}

async function register(tx: Db, core: TicketDeps, event: EventRow, pool: Pool, n: number) {
  const person = demoPerson(n);
  const at = core.clock();
  const registration = await insertRegistration(tx, {
    eventId: event.id,
    ticketTypeId: pool.ownerKey,
    ...person,
    idempotencyKey: `demo-${n}`,
    manageTokenHash: tokenHash(newToken()),
    createdAt: at,
  });
  const seat = await requestReservation(core, SEED, {
    poolId: pool.id,
    partySize: 1,
    idempotencyKey: `registration:${registration.id}`,
    guestName: person.name,
    guestEmail: person.email,
    holderKey: `email:${person.email}`,
  });
  if (!seat.ok) throw new Error(`demo registration refused: ${seat.reason}`);
  await setRegistrationReservation(tx, registration.id, seat.reservation.id, at);
  return seat.reservation;
}

/** The door of a past event: the confirmed checked in from 30 minutes before the start. */
async function openDoor(
  core: TicketDeps,
  event: EventRow,
  door: { seated: { ticketRef: string }[]; walkInPool: Pool },
) {
  const { seated } = door;
  const at = (k: number) => () => new Date(event.startsAt.getTime() - 30 * MINUTE + k * 20_000);
  const scope = { ownerModule: EVENTS_MODULE, groupKey: event.id };
  for (const [k, reservation] of seated.entries()) {
    if (isNoShow(k)) continue;
    const code = ticketCodeOf(core.ticketSecret, reservation.ticketRef);
    const done = await checkIn({ ...core, clock: at(k) }, DOOR, {
      scope,
      code,
      station: 'cửa chính',
    });
    if (!done.ok) throw new Error(`demo check-in refused: ${done.reason}`);
  }
  for (let w = 0; w < WALK_INS; w++) {
    const person = demoPerson(COMMUNITY + w);
    const walkIn = await admitWalkIn({ ...core, clock: at(seated.length + w) }, DOOR, {
      poolId: door.walkInPool.id,
      partySize: 1,
      idempotencyKey: `walk-in-${w}`,
      guestName: person.name,
      station: 'cửa chính',
    });
    if (!walkIn.ok) throw new Error(`demo walk-in refused: ${walkIn.reason}`);
  }
}

/**
 * Opens the event's ticket types and registers its people (the `offset`-th of the community
 * first), in the caller's transaction; a past event's door is then opened.
 */
export async function seedRegistrations(
  tx: Db,
  deps: Deps,
  input: { event: EventRow; tickets: DemoTickets; offset: number },
): Promise<void> {
  const { event, tickets } = input;
  const pools = await openTicketTypes(tx, deps, event, tickets);
  const taken = pools.map(() => 0);
  const seated = [];
  // Three weeks of arrivals ending before the start, or before now for an event still ahead.
  const end = Math.min(event.startsAt.getTime(), deps.clock().getTime()) - MINUTE;
  const step = Math.floor(REGISTRATION_SPAN / (tickets.people + 1));
  for (let i = 0; i < tickets.people; i++) {
    const at = new Date(end - REGISTRATION_SPAN + (i + 1) * step);
    const core = { ...reservationDeps(deps, tx), clock: () => at };
    const j = nextType(pools, taken);
    const n = (input.offset + i) % COMMUNITY;
    const reservation = await register(tx, core, event, pools[j]!, n);
    taken[j]! += 1;
    if (reservation.status === 'confirmed') seated.push(reservation);
  }
  if (event.endsAt >= deps.clock()) return;
  const free = pools.map((p, j) => p.capacity - taken[j]!);
  const walkInPool = pools[free.indexOf(Math.max(...free))]!;
  await openDoor(reservationDeps(deps, tx), event, { seated, walkInPool });
}
