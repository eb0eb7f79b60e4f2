// The reservation core's queries. Every change of a reservation's status happens under its pool's
// row lock (lockPool), so counters and statuses move together and arrival order is lock order.
import { and, asc, eq, getTableColumns, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import {
  builtOnce,
  placeholdersOf,
  placeholderValues,
  statementBuiltOnce,
  type BuiltStatement,
} from '../db/built-once';
import type { Db } from '../db/client';
import { editableColumns, type EditablePatch } from '../db/editable';
import { rowFromDriver, rowsOf } from '../db/raw-rows';
import { rowsRequired } from '../db/violations';
import { nextVersion } from '../db/versioned';
import {
  platformReservationCheckins as checkins,
  platformReservationPools as pools,
  platformReservations as reservations,
} from './tables';
import type { CheckIn, Pool, Reservation, ReservationStatus } from './types';

type NewPool = typeof pools.$inferInsert;
type NewReservation = typeof reservations.$inferInsert;
type NewCheckIn = typeof checkins.$inferInsert;
type ReservationRow = typeof reservations.$inferSelect;

/** Leaves the claim token's hash inside the core. */
export function publicReservation(row: ReservationRow): Reservation {
  const { claimTokenHash: _hash, ...reservation } = row;
  return reservation;
}

/** Inserts the pool, or returns the one the owner already has. */
export async function insertPool(db: Db, values: NewPool): Promise<Pool> {
  const [row] = await db.insert(pools).values(values).onConflictDoNothing().returning();
  if (row) return row;
  const [existing] = await db
    .select()
    .from(pools)
    .where(and(eq(pools.ownerModule, values.ownerModule), eq(pools.ownerKey, values.ownerKey)));
  return existing!;
}

export async function lockPool(db: Db, id: string): Promise<Pool | undefined> {
  const [row] = await db.select().from(pools).where(eq(pools.id, id)).for('update');
  return row;
}

export async function findPool(db: Db, id: string): Promise<Pool | undefined> {
  const [row] = await db.select().from(pools).where(eq(pools.id, id));
  return row;
}

/** Every registration looks its ticket type's pool up: built once (platform/db/built-once). */
const poolByOwner = builtOnce((db) =>
  db
    .select()
    .from(pools)
    .where(
      and(
        eq(pools.ownerModule, sql.placeholder('ownerModule')),
        eq(pools.ownerKey, sql.placeholder('ownerKey')),
      ),
    )
    .prepare('reservations_pool_by_owner'),
);

export async function findPoolByOwner(db: Db, ownerModule: string, ownerKey: string) {
  const [row] = await poolByOwner(db).execute({ ownerModule, ownerKey });
  return row;
}

type PoolOwner = 'ownerModule' | 'ownerKey';
/** A pool's owner is fixed at creation; its counters move under its lock. */
const editablePool = editableColumns(pools, ['ownerModule', 'ownerKey'] as PoolOwner[]);

export async function updatePool(
  db: Db,
  id: string,
  patch: EditablePatch<typeof pools, PoolOwner>,
  now: Date,
): Promise<Pool> {
  const [row] = await db
    .update(pools)
    .set({ ...editablePool.pick(patch), ...nextVersion(pools, { now }) })
    .where(eq(pools.id, id))
    .returning();
  return row!;
}

export interface UnitMoves {
  taken?: number;
  held?: number;
  waitlisted?: number;
}

/** Moves the counters; the table's CHECK refuses any move past capacity. */
export async function addUnits(db: Db, id: string, moves: UnitMoves): Promise<Pool> {
  const [row] = await db
    .update(pools)
    .set({
      takenUnits: sql`${pools.takenUnits} + ${moves.taken ?? 0}`,
      heldUnits: sql`${pools.heldUnits} + ${moves.held ?? 0}`,
      waitlistedUnits: sql`${pools.waitlistedUnits} + ${moves.waitlisted ?? 0}`,
    })
    .where(eq(pools.id, id))
    .returning();
  return row!;
}

const fitsNow = (units: number, isQueueIgnored: boolean) =>
  and(
    sql`${pools.capacity} - ${pools.takenUnits} - ${pools.heldUnits} >= ${units}`,
    isQueueIgnored ? undefined : eq(pools.waitlistedUnits, 0),
  );

/**
 * Takes `units` seats when they are free and (unless ignored) nobody waits: one UPDATE that
 * waits for the pool's lock and decides on the row as the previous holder left it. Undefined when
 * the party does not fit (or the pool does not exist or refuses parties that large).
 */
export async function takeUnitsIfFree(
  db: Db,
  id: string,
  units: number,
  isQueueIgnored: boolean,
): Promise<Pool | undefined> {
  const [row] = await db
    .update(pools)
    .set({ takenUnits: sql`${pools.takenUnits} + ${units}` })
    .where(
      and(eq(pools.id, id), sql`${units} <= ${pools.maxPartySize}`, fitsNow(units, isQueueIgnored)),
    )
    .returning();
  return row;
}

export async function findReservationRow(db: Db, id: string) {
  const [row] = await db.select().from(reservations).where(eq(reservations.id, id));
  return row;
}

/**
 * In one look-up (one snapshot): the reservation this key made, and the holder's live one.
 */
export async function findEarlier(
  db: Db,
  poolId: string,
  idempotencyKey: string,
  holderKey: string | null | undefined,
) {
  const rows = await db
    .select()
    .from(reservations)
    .where(
      and(
        eq(reservations.poolId, poolId),
        or(
          eq(reservations.idempotencyKey, idempotencyKey),
          holderKey
            ? and(
                eq(reservations.holderKey, holderKey),
                inArray(reservations.status, ['pending', 'confirmed', 'waitlisted', 'offered']),
              )
            : undefined,
        ),
      ),
    );
  return {
    replay: rows.find((r) => r.idempotencyKey === idempotencyKey),
    live: rows.find((r) => r.idempotencyKey !== idempotencyKey),
  };
}

export async function findByClaimHash(db: Db, hash: string) {
  const [row] = await db.select().from(reservations).where(eq(reservations.claimTokenHash, hash));
  return row;
}

export async function findByTicketRef(db: Db, ref: string) {
  const [row] = await db
    .select({ reservation: reservations, pool: pools })
    .from(reservations)
    .innerJoin(pools, eq(pools.id, reservations.poolId))
    .where(eq(reservations.ticketRef, ref));
  return row;
}

/** The waitlist's first reservation (served by platform_reservations_waitlist_idx). */
export async function waitlistHead(db: Db, poolId: string) {
  const [row] = await db
    .select()
    .from(reservations)
    .where(and(eq(reservations.poolId, poolId), eq(reservations.status, 'waitlisted')))
    .orderBy(asc(reservations.seq))
    .limit(1);
  return row;
}

/** Reservations waiting before this arrival number, and their units. */
export async function waitlistAhead(db: Db, poolId: string, seq: number) {
  const [row] = await db
    .select({
      reservations: sql<number>`count(*)::int`,
      units: sql<number>`coalesce(sum(${reservations.partySize}), 0)::int`,
    })
    .from(reservations)
    .where(
      and(
        eq(reservations.poolId, poolId),
        eq(reservations.status, 'waitlisted'),
        lt(reservations.seq, seq),
      ),
    );
  return row!;
}

export async function insertReservation(db: Db, values: NewReservation) {
  const [row] = await db.insert(reservations).values(values).returning();
  return row!;
}

/** A reservation stays in its pool. */
const editableReservation = editableColumns(reservations, ['poolId']);

export async function updateReservation(
  db: Db,
  id: string,
  patch: EditablePatch<typeof reservations, 'poolId'> & { status?: ReservationStatus },
  now: Date,
) {
  const [row] = await db
    .update(reservations)
    .set({ ...editableReservation.pick(patch), ...nextVersion(reservations, { now }) })
    .where(eq(reservations.id, id))
    .returning();
  return row!;
}

/** The check-in, or undefined when one for this reservation and session exists already. */
export async function insertCheckIn(db: Db, values: NewCheckIn): Promise<CheckIn | undefined> {
  const [row] = await db.insert(checkins).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findCheckIn(db: Db, reservationId: string, sessionKey: string) {
  const [row] = await db
    .select()
    .from(checkins)
    .where(and(eq(checkins.reservationId, reservationId), eq(checkins.sessionKey, sessionKey)));
  return row;
}

const reservationColumns = getTableColumns(reservations);
const checkInColumns = getTableColumns(checkins);
const reservationFromDriver = (raw: Record<string, unknown>) =>
  rowFromDriver<ReservationRow>(reservationColumns, raw);

export type AdmitValues = Pick<
  NewReservation,
  | 'id'
  | 'poolId'
  | 'partySize'
  | 'accountId'
  | 'guestEmail'
  | 'guestName'
  | 'holderKey'
  | 'idempotencyKey'
  | 'ticketRef'
> & { now: Date };

/**
 * The caller's own writes, committed with an admission or not at all: `build` gives
 * data-modifying CTEs by name, each with a RETURNING clause, what varies in them as
 * `sql.placeholder`s that `values` fill. The statement is built once per `build` function (keep
 * it at module level) and database handle. The writes run before the admission and cannot read
 * its row: name the reservation by the id chosen for it.
 */
export interface Alongside {
  build: (db: Db) => Record<string, SQL>;
  values: Record<string, unknown>;
}

export interface Admitted {
  reservation: ReservationRow;
  /** Each alongside CTE's first row (its RETURNING as JSON), null when it returned none. */
  alongside: Record<string, Record<string, unknown> | null>;
}

const ADMIT_KEYS = [
  'id',
  'poolId',
  'partySize',
  'accountId',
  'guestEmail',
  'guestName',
  'holderKey',
  'idempotencyKey',
  'ticketRef',
  'now',
] as const;

/**
 * A request's whole decision in one statement: the UPDATE waits for the pool's lock and, on the
 * row as the previous holder left it, takes the seats (free, and nobody waiting) or counts the
 * party in the queue; the INSERT writes the reservation with the status that decision gave.
 * Nothing is held between round trips, so the lock lasts one statement. (Waiting units are 0
 * after the UPDATE exactly when the party was seated.) With `alongside` writes, a pool that does
 * not exist or refuses parties that large fails the statement (rowsRequired's guard on the
 * admitted row), which undoes the other CTEs' writes.
 */
function admissionStatement(writes: Record<string, SQL>): SQL {
  const v = placeholdersOf('reservation', ADMIT_KEYS);
  const n = sql`${v.partySize}::int`;
  const now = sql`${v.now}::timestamptz`;
  const fits = sql`(waitlisted_units = 0 and capacity - taken_units - held_units >= ${n})`;
  const names = Object.keys(writes).map((name) => sql.identifier(name));
  const ctes = Object.values(writes).map((statement, i) => sql`${names[i]} as (${statement}), `);
  // Each alongside CTE is read before the UPDATE locks the pool's row: the caller's writes are
  // done before the lock is taken, and the lock is held for the admission alone.
  const first = names.map((name) => sql` and (select count(*) from ${name}) >= 0`);
  const rows = names.map(
    (name) => sql`, (select row_to_json(${name}) from ${name} limit 1) as ${name}`,
  );
  const guard = names.length ? sql`, ${rowsRequired('admitted')} as admitted` : sql``;
  return sql`
    with ${sql.join(ctes)}moved as (
      update platform_reservation_pools
         set taken_units = taken_units + case when ${fits} then ${n} else 0 end,
             waitlisted_units = waitlisted_units + case when ${fits} then 0 else ${n} end
       where id = ${v.poolId}::uuid and ${n} <= max_party_size${sql.join(first)}
      returning id, waitlisted_units = 0 as fits, is_approval_required
    ), admitted as (
      insert into platform_reservations
        (id, pool_id, party_size, account_id, guest_email, guest_name, holder_key,
         idempotency_key, status, ticket_ref, confirmed_at, created_at, updated_at)
      select coalesce(${v.id}::uuid, gen_random_uuid()), id, ${n}, ${v.accountId}::text,
             ${v.guestEmail}::text, ${v.guestName}::text, ${v.holderKey}::text,
             ${v.idempotencyKey}::text,
             case when not fits then 'waitlisted' when is_approval_required then 'pending'
                  else 'confirmed' end,
             ${v.ticketRef}::text, case when fits and not is_approval_required then ${now} end,
             ${now}, ${now}
        from moved
      returning *
    )
    select (select row_to_json(admitted) from admitted) as reservation${sql.join(rows)}${guard}`;
}

const noWrites = () => ({});
const admissions = new WeakMap<Alongside['build'], BuiltStatement>();

function admissionWith(build: Alongside['build']): BuiltStatement {
  let statement = admissions.get(build);
  if (!statement) {
    statement = statementBuiltOnce((db) => admissionStatement(build(db)));
    admissions.set(build, statement);
  }
  return statement;
}

/** The admission of `v` in one statement with the caller's writes; undefined when not admitted. */
export async function admitInOneStatement(
  db: Db,
  v: AdmitValues,
  alongside: Alongside = { build: noWrites, values: {} },
): Promise<Admitted | undefined> {
  const values = placeholderValues('reservation', ADMIT_KEYS, {
    ...v,
    now: v.now.toISOString(),
  });
  const result = await admissionWith(alongside.build)(db, { ...values, ...alongside.values });
  const [raw] = rowsOf<Record<string, Record<string, unknown> | null>>(result);
  if (!raw?.reservation) return undefined;
  const { reservation, admitted: _guard, ...named } = raw;
  return { reservation: reservationFromDriver(reservation), alongside: named };
}

export interface ScanValues {
  ticketRef: string;
  ownerModule: string;
  groupKey: string;
  sessionKey: string;
  at: Date;
  byId: string | null;
  byLabel: string;
  station: string | null;
}

/**
 * A scan in one round trip: the confirmed ticket of this group, and its check-in unless the
 * (reservation, session) has one. `reservation` is undefined when no confirmed ticket of the group
 * has the reference; `checkIn` when it was checked in already (or by a scan racing this one).
 */
const SCAN_KEYS = [
  'ticketRef',
  'ownerModule',
  'groupKey',
  'sessionKey',
  'at',
  'byId',
  'byLabel',
  'station',
] as const;

const scanStatement = statementBuiltOnce(() => {
  const v = placeholdersOf('scan', SCAN_KEYS);
  const at = sql`${v.at}::timestamptz`;
  return sql`
    with ticket as (
      select r.* from platform_reservations r
        join platform_reservation_pools p on p.id = r.pool_id
       where r.ticket_ref = ${v.ticketRef}::text and r.status = 'confirmed'
         and p.owner_module = ${v.ownerModule}::text and p.group_key = ${v.groupKey}::text
    ), scanned as (
      insert into platform_reservation_checkins
        (reservation_id, session_key, checked_in_at, checked_in_by_id, checked_in_by_label,
         station, is_walk_in, created_at)
      select id, ${v.sessionKey}::text, ${at}, ${v.byId}::text, ${v.byLabel}::text,
             ${v.station}::text, false, ${at}
        from ticket
      on conflict do nothing
      returning *
    )
    select (select row_to_json(ticket) from ticket) as reservation,
           (select row_to_json(scanned) from scanned) as check_in`;
});

export async function scanTicket(db: Db, v: ScanValues) {
  const result = await scanStatement(
    db,
    placeholderValues('scan', SCAN_KEYS, { ...v, at: v.at.toISOString() }),
  );
  // json arrives parsed.
  const [raw] = rowsOf<Record<string, Record<string, unknown> | null>>(result);
  return {
    reservation: raw?.reservation ? reservationFromDriver(raw.reservation) : undefined,
    checkIn: raw?.check_in ? rowFromDriver<CheckIn>(checkInColumns, raw.check_in) : undefined,
  };
}
