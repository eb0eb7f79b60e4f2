import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../../test/support/db';
import type { AuditContext } from '../audit';
import type { Database, Db } from '../db/client';
import {
  createJobRunner,
  findJobByKey,
  scheduleJobPlaceholders,
  scheduledJobValues,
  type JobRunner,
} from '../jobs';
import {
  cancelReservation,
  claimHold,
  getPool,
  isHolderConflict,
  openPool,
  promoteReservation,
  rejectReservation,
  requestReservation,
  requestReservationAlongside,
  reservationJobs,
  setPoolCapacity,
  waitlistPosition,
  type HoldJobDeps,
  type Reservation,
  type ReservationChange,
  type ReservationDeps,
} from './index';

const T0 = new Date('2026-05-04T02:00:00.000Z');
const HOUR = 3600_000;
const staff: AuditContext = {
  actor: {
    kind: 'user',
    user: {
      id: 'staff-1',
      name: 'Chị Lan',
      email: 'lan@example.vn',
      locale: 'vi',
      twoFactorEnabled: false,
    },
    roles: new Set(['member', 'staff']),
  },
};
const guest: AuditContext = { actor: { kind: 'anonymous' } };
const letterWrites = (db: Db) => ({ letter: scheduleJobPlaceholders(db, 'test.letter', 'letter') });

describe.each(testEngines)('reservation core on %s', (engine) => {
  let database: Database;
  let now = T0;
  let deps: ReservationDeps;
  let poolNo = 0;
  /** Changes the expiry job handed to the owning module's hook, as events would mail them. */
  const hooked: ReservationChange[] = [];
  let runner: JobRunner;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    deps = { db: database.db, clock: () => now };
    const jobDeps: HoldJobDeps = {
      database,
      get jobs() {
        return runner;
      },
    };
    runner = createJobRunner({
      db: database.db,
      clock: () => now,
      deps: jobDeps,
      handlers: reservationJobs<HoldJobDeps>('test', {
        onChanges: async (_tx, changes) => void hooked.push(...changes),
      }),
    });
  });
  afterAll(() => database.close());
  beforeEach(() => {
    now = T0;
    hooked.length = 0;
  });

  const pool = (
    capacity: number,
    extra: { holdHours?: number; isApprovalRequired?: boolean } = {},
  ) =>
    openPool(deps, staff, {
      ownerModule: 'test',
      ownerKey: `pool-${++poolNo}`,
      groupKey: 'event-1',
      capacity,
      ...extra,
    });
  const ask = (poolId: string, name: string, partySize = 1, key = name) =>
    requestReservation(deps, guest, { poolId, partySize, guestName: name, idempotencyKey: key });
  const reserved = async (poolId: string, name: string, partySize = 1): Promise<Reservation> => {
    const r = await ask(poolId, name, partySize);
    if (!r.ok) throw new Error(r.reason);
    return r.reservation;
  };
  const statuses = async (poolId: string) =>
    database.query<{ guest_name: string; status: string }>(
      'select guest_name, status from platform_reservations where pool_id = $1 order by seq',
      [poolId],
    );

  /** The pool's counters are the sums of its reservations' units, status by status. */
  const expectCountersMatch = async (poolId: string) => {
    const [row] = await database.query<Record<string, number>>(
      `select p.taken_units as taken, p.held_units as held, p.waitlisted_units as waiting,
         coalesce(sum(r.party_size) filter (where r.status in ('pending', 'confirmed')), 0)::int as "takenSum",
         coalesce(sum(r.party_size) filter (where r.status = 'offered'), 0)::int as "heldSum",
         coalesce(sum(r.party_size) filter (where r.status = 'waitlisted'), 0)::int as "waitingSum"
       from platform_reservation_pools p left join platform_reservations r on r.pool_id = p.id
       where p.id = $1 group by p.id`,
      [poolId],
    );
    expect([row!.taken, row!.held, row!.waiting]).toEqual([
      row!.takenSum,
      row!.heldSum,
      row!.waitingSum,
    ]);
  };

  it('gives the last seats to exactly as many of 40 parallel requests, the rest wait in arrival order', async () => {
    const p = await pool(5);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => ask(p.id, `Người ${i}`)),
    );
    const ok = results.filter((r) => r.ok).map((r) => r.reservation);
    expect(ok).toHaveLength(40);
    expect(ok.filter((r) => r.status === 'confirmed')).toHaveLength(5);
    const bySeq = [...ok].sort((a, b) => a.seq - b.seq);
    // Everyone confirmed arrived before everyone waiting.
    expect(bySeq.slice(0, 5).every((r) => r.status === 'confirmed')).toBe(true);
    expect(bySeq.slice(5).every((r) => r.status === 'waitlisted')).toBe(true);
    const after = await getPool(deps, { poolId: p.id });
    expect([after.takenUnits, after.heldUnits, after.waitlistedUnits]).toEqual([5, 0, 35]);
    await expectCountersMatch(p.id);
  });

  it('the database itself refuses units beyond capacity, whatever the code above it does', async () => {
    const p = await pool(2);
    await expect(
      database.query('update platform_reservation_pools set taken_units = 3 where id = $1', [p.id]),
    ).rejects.toThrow(/platform_reservation_pools_units_ck/);
  });

  it('a double-click or retry with the same key makes one reservation', async () => {
    const p = await pool(3);
    const [a, b] = await Promise.all([
      ask(p.id, 'An', 1, 'click-1'),
      ask(p.id, 'An', 1, 'click-1'),
    ]);
    const c = await ask(p.id, 'An', 1, 'click-1');
    expect(a.ok && b.ok && c.ok).toBe(true);
    const ids = [a, b, c].map((r) => (r.ok ? r.reservation.id : ''));
    expect(new Set(ids).size).toBe(1);
    expect([a, b, c].filter((r) => r.ok && r.isReplay)).toHaveLength(2);
    expect((await getPool(deps, { poolId: p.id })).takenUnits).toBe(1);
  });

  it('double-clicks of people with a holder key are replays, never "already reserved"', async () => {
    const p = await pool(30);
    const click = (n: number) =>
      requestReservation(deps, guest, {
        poolId: p.id,
        partySize: 1,
        guestEmail: `p${n}@example.vn`,
        holderKey: `p${n}@example.vn`,
        idempotencyKey: `form-${n}`,
      });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, n) => [click(n), click(n), click(n)]).flat(),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.filter((r) => r.ok && !r.isReplay)).toHaveLength(20);
    expect((await getPool(deps, { poolId: p.id })).takenUnits).toBe(20);
  });

  it("in the caller's transaction: undone with it, and a refused duplicate leaves it usable", async () => {
    const p = await pool(3);
    await expect(
      database.db.transaction(async (tx) => {
        await requestReservation({ ...deps, db: tx }, guest, {
          poolId: p.id,
          partySize: 2,
          guestName: 'An',
          idempotencyKey: 'rolled-back',
        });
        throw new Error('the registration row failed');
      }),
    ).rejects.toThrow('the registration row failed');
    expect(await statuses(p.id)).toEqual([]);
    expect((await getPool(deps, { poolId: p.id })).takenUnits).toBe(0);
    const outcome = await database.db.transaction(async (tx) => {
      const inTx = { ...deps, db: tx };
      const input = { poolId: p.id, partySize: 1, accountId: 'u-9', holderKey: 'u-9' };
      await requestReservation(inTx, guest, { ...input, idempotencyKey: 'first' });
      const second = await requestReservation(inTx, guest, { ...input, idempotencyKey: 'second' });
      await tx.execute(sql`select 1`);
      return second;
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'ALREADY_RESERVED' });
    expect((await getPool(deps, { poolId: p.id })).takenUnits).toBe(1);
  });

  it("takes the id its caller chose, seated or waiting; a replay answers with the first one's", async () => {
    const p = await pool(1);
    const [first, second, third] = [randomUUID(), randomUUID(), randomUUID()];
    const request = (name: string, reservationId: string, key = name) =>
      requestReservation(deps, guest, {
        poolId: p.id,
        partySize: 1,
        guestName: name,
        idempotencyKey: key,
        reservationId,
      });
    expect(await request('An', first)).toMatchObject({
      ok: true,
      reservation: { id: first, status: 'confirmed' },
    });
    expect(await request('Bình', second)).toMatchObject({
      ok: true,
      reservation: { id: second, status: 'waitlisted' },
    });
    expect(await request('An', third)).toMatchObject({
      ok: true,
      isReplay: true,
      reservation: { id: first },
    });
    expect(() => request('Chi', 'not-a-uuid')).toThrow('BAD_REQUEST');
    expect(await statuses(p.id)).toEqual([
      { guest_name: 'An', status: 'confirmed' },
      { guest_name: 'Bình', status: 'waitlisted' },
    ]);
  });

  it('one live reservation per holder: a second one is refused with the first', async () => {
    const p = await pool(3);
    const input = { poolId: p.id, partySize: 1, accountId: 'u-1', holderKey: 'u-1' };
    const first = await requestReservation(deps, guest, { ...input, idempotencyKey: 'a' });
    const second = await requestReservation(deps, guest, { ...input, idempotencyKey: 'b' });
    expect(second).toMatchObject({ ok: false, reason: 'ALREADY_RESERVED' });
    if (!first.ok || second.ok || second.reason !== 'ALREADY_RESERVED') throw new Error();
    expect(second.reservation.id).toBe(first.reservation.id);
    await cancelReservation(deps, guest, { reservationId: first.reservation.id });
    const again = await requestReservation(deps, guest, { ...input, idempotencyKey: 'c' });
    expect(again).toMatchObject({ ok: true, reservation: { status: 'confirmed' } });
  });

  it('alongside writes commit with the admission in one statement, or none of it does', async () => {
    const p = await pool(5);
    // Due long after the other tests' clocks, so their runners leave these letters alone.
    const runAt = new Date(T0.getTime() + 365 * 24 * HOUR);
    const job = (key: string) => ({
      build: letterWrites,
      values: scheduledJobValues('letter', { runAt, key }),
    });
    const request = (n: number, alongside = job(`letter-${n}`)) =>
      requestReservationAlongside(
        deps,
        guest,
        {
          poolId: p.id,
          partySize: 1,
          guestName: `Người ${n}`,
          holderKey: `h-${n}`,
          idempotencyKey: `k-${n}`,
        },
        alongside,
      );
    const results = await Promise.all(Array.from({ length: 12 }, (_, n) => request(n)));
    const seated = results.map((r) => (r.ok ? r.reservation.status : r.reason));
    expect(seated.filter((s) => s === 'confirmed')).toHaveLength(5);
    expect(seated.filter((s) => s === 'waitlisted')).toHaveLength(7);
    for (const [n, r] of results.entries()) {
      expect(r.ok && r.alongside.letter?.id).toBe(
        (await findJobByKey(database.db, `letter-${n}`))?.id,
      );
    }
    // The holder seated already: the unique violation undoes the request's letter and counters.
    const again = await requestReservationAlongside(
      deps,
      guest,
      {
        poolId: p.id,
        partySize: 1,
        guestName: 'Người 0',
        holderKey: 'h-0',
        idempotencyKey: 'k-again',
      },
      job('letter-again'),
    ).catch((err: unknown) => err);
    expect(isHolderConflict(again)).toBe(true);
    expect(await findJobByKey(database.db, 'letter-again')).toBeUndefined();
    // A write of the caller's that fails undoes the admission.
    await expect(
      request(20, {
        build: () => ({
          letter: sql`insert into platform_jobs (name, run_at) values (null, now()) returning id`,
        }),
        values: {},
      }),
    ).rejects.toThrow();
    // A party the pool refuses leaves the caller's writes unwritten too.
    const tooLarge = await requestReservationAlongside(
      deps,
      guest,
      { poolId: p.id, partySize: 11, guestName: 'Đoàn', idempotencyKey: 'k-party' },
      job('letter-party'),
    );
    expect(tooLarge).toMatchObject({ ok: false, reason: 'PARTY_TOO_LARGE' });
    expect(await findJobByKey(database.db, 'letter-party')).toBeUndefined();
    expect((await statuses(p.id)).length).toBe(12);
    expect((await getPool(deps, { poolId: p.id })).waitlistedUnits).toBe(7);
    await expectCountersMatch(p.id);
  });

  it('a cancellation offers the head of the waitlist a hold, which its claim link turns into a seat', async () => {
    const p = await pool(1, { holdHours: 24 });
    const an = await reserved(p.id, 'An');
    await reserved(p.id, 'Bình');
    await reserved(p.id, 'Chi');
    const cancelled = await cancelReservation(deps, guest, { reservationId: an.id });
    if (!cancelled.ok) throw new Error(cancelled.reason);
    const offer = cancelled.changes.find((c) => c.reservation.status === 'offered')!;
    expect(offer.reservation.guestName).toBe('Bình');
    expect(offer.reservation.holdExpiresAt).toEqual(new Date(T0.getTime() + 24 * HOUR));
    expect(offer.claimToken).toMatch(/^[\w-]{32}$/);
    expect(
      (await findJobByKey(database.db, `reservation-hold:${offer.reservation.id}`))?.name,
    ).toBe('test.reservation-hold-expiry');
    expect(await claimHold(deps, guest, { token: 'not-a-token-we-gave' })).toEqual({
      ok: false,
      reason: 'UNKNOWN_CLAIM',
    });
    now = new Date(T0.getTime() + 23 * HOUR);
    const claim = await claimHold(deps, guest, { token: offer.claimToken! });
    expect(claim).toMatchObject({
      ok: true,
      isReplay: false,
      reservation: { status: 'confirmed' },
    });
    expect(await claimHold(deps, guest, { token: offer.claimToken! })).toMatchObject({
      ok: true,
      isReplay: true,
    });
    expect(
      await findJobByKey(database.db, `reservation-hold:${offer.reservation.id}`),
    ).toBeUndefined();
    expect(await statuses(p.id)).toEqual([
      { guest_name: 'An', status: 'cancelled' },
      { guest_name: 'Bình', status: 'confirmed' },
      { guest_name: 'Chi', status: 'waitlisted' },
    ]);
    const after = await getPool(deps, { poolId: p.id });
    expect([after.takenUnits, after.heldUnits]).toEqual([1, 0]);
  });

  it('a claim after the hold ran out is refused and the seat passes on, even before the job runs', async () => {
    const p = await pool(1, { holdHours: 2 });
    const an = await reserved(p.id, 'An');
    await reserved(p.id, 'Bình');
    await reserved(p.id, 'Chi');
    const cancelled = await cancelReservation(deps, guest, { reservationId: an.id });
    const token = cancelled.ok ? cancelled.changes.find((c) => c.claimToken)!.claimToken! : '';
    now = new Date(T0.getTime() + 2 * HOUR);
    const late = await claimHold(deps, guest, { token });
    expect(late).toMatchObject({
      ok: false,
      reason: 'HOLD_EXPIRED',
      reservation: { status: 'expired' },
    });
    if (late.ok || late.reason !== 'HOLD_EXPIRED') throw new Error();
    expect(late.changes.map((c) => [c.reservation.guestName, c.reservation.status])).toEqual([
      ['Bình', 'expired'],
      ['Chi', 'offered'],
    ]);
    expect(await claimHold(deps, guest, { token })).toMatchObject({
      ok: false,
      reason: 'HOLD_EXPIRED',
    });
    // Bình's job went with the hold; Chi's is due in two hours.
    expect(await runner.runDue()).toBe(0);
    expect(hooked).toEqual([]);
    await expectCountersMatch(p.id);
  });

  it('the expiry job passes an unclaimed hold to the next in line and hands the owner the changes', async () => {
    const p = await pool(1, { holdHours: 3 });
    const an = await reserved(p.id, 'An');
    await reserved(p.id, 'Bình');
    await reserved(p.id, 'Chi');
    await cancelReservation(deps, guest, { reservationId: an.id });
    now = new Date(T0.getTime() + 3 * HOUR - 1);
    await runner.runDue();
    expect(hooked).toEqual([]);
    now = new Date(T0.getTime() + 3 * HOUR);
    await runner.runDue();
    expect(hooked.map((c) => [c.reservation.guestName, c.from, c.reservation.status])).toEqual([
      ['Bình', 'offered', 'expired'],
      ['Chi', 'waitlisted', 'offered'],
    ]);
    expect(hooked[1]!.claimToken).toBeTruthy();
    expect(hooked[1]!.reservation.holdExpiresAt).toEqual(new Date(T0.getTime() + 6 * HOUR));
    const after = await getPool(deps, { poolId: p.id });
    expect([after.takenUnits, after.heldUnits]).toEqual([0, 1]);
  });

  it('raised capacity is offered to the waitlist in order; lowering below what is taken is refused', async () => {
    const p = await pool(1);
    await reserved(p.id, 'An');
    const binh = await reserved(p.id, 'Bình');
    await reserved(p.id, 'Chi');
    await reserved(p.id, 'Dũng');
    expect(await waitlistPosition(deps, { reservationId: binh.id })).toEqual({
      reservations: 0,
      units: 0,
    });
    const raised = await setPoolCapacity(deps, staff, { poolId: p.id, capacity: 3 });
    if (!raised.ok) throw new Error(raised.reason);
    expect(raised.changes.map((c) => c.reservation.guestName)).toEqual(['Bình', 'Chi']);
    expect([raised.pool.takenUnits, raised.pool.heldUnits]).toEqual([1, 2]);
    expect(await setPoolCapacity(deps, staff, { poolId: p.id, capacity: 2 })).toMatchObject({
      ok: false,
      reason: 'BELOW_TAKEN',
      usedUnits: 3,
    });
    expect(
      await setPoolCapacity(deps, staff, { poolId: p.id, capacity: 5, expectedVersion: p.version }),
    ).toMatchObject({ ok: false, reason: 'STALE' });
  });

  it('a party of 2 at the head keeps its turn when one seat frees: nobody behind overtakes it', async () => {
    const p = await pool(2);
    const an = await reserved(p.id, 'An');
    const bao = await reserved(p.id, 'Bảo');
    await reserved(p.id, 'Gia đình Cường', 2);
    await reserved(p.id, 'Dung');
    const one = await cancelReservation(deps, guest, { reservationId: an.id });
    expect(one.ok && one.changes.filter((c) => c.reservation.status === 'offered')).toEqual([]);
    // The free seat waits for the party; a newcomer joins the queue rather than taking it.
    expect(await ask(p.id, 'Em')).toMatchObject({
      ok: true,
      reservation: { status: 'waitlisted' },
    });
    const two = await cancelReservation(deps, guest, { reservationId: bao.id });
    expect(
      two.ok && two.changes.filter((c) => c.claimToken).map((c) => c.reservation.guestName),
    ).toEqual(['Gia đình Cường']);
    expect((await getPool(deps, { poolId: p.id })).heldUnits).toBe(2);
    await expectCountersMatch(p.id);
  });

  it('staff promote by hand, adding the seats it lacks only when they say so', async () => {
    const p = await pool(1);
    await reserved(p.id, 'An');
    const binh = await reserved(p.id, 'Bình', 2);
    expect(await promoteReservation(deps, staff, { reservationId: binh.id })).toMatchObject({
      ok: false,
      reason: 'FULL',
      freeUnits: 0,
    });
    const promoted = await promoteReservation(deps, staff, {
      reservationId: binh.id,
      isCapacityRaised: true,
    });
    expect(promoted).toMatchObject({ ok: true, reservation: { status: 'confirmed' } });
    const after = await getPool(deps, { poolId: p.id });
    expect([after.capacity, after.takenUnits]).toEqual([3, 3]);
    await expectCountersMatch(p.id);
    const [audit] = await database.query<{ action: string; actor_id: string }>(
      `select action, actor_id from platform_audit_log where entity_id = $1`,
      [binh.id],
    );
    expect(audit).toEqual({ action: 'test.reservation:promote', actor_id: 'staff-1' });
  });

  it('with approval, a seat is held pending; a rejection frees it for the waitlist', async () => {
    const p = await pool(1, { isApprovalRequired: true });
    const an = await reserved(p.id, 'An');
    expect(an.status).toBe('pending');
    await reserved(p.id, 'Bình');
    const rejected = await rejectReservation(deps, staff, { reservationId: an.id });
    expect(
      rejected.ok && rejected.changes.map((c) => [c.reservation.guestName, c.reservation.status]),
    ).toEqual([
      ['An', 'rejected'],
      ['Bình', 'offered'],
    ]);
    const token = rejected.ok ? rejected.changes[1]!.claimToken! : '';
    expect(await claimHold(deps, guest, { token })).toMatchObject({
      ok: true,
      reservation: { status: 'pending' },
    });
    expect(await cancelReservation(deps, guest, { reservationId: an.id })).toMatchObject({
      ok: false,
      reason: 'WRONG_STATUS',
    });
  });
});
