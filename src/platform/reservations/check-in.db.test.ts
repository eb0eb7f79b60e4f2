import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../../test/support/db';
import type { AuditContext } from '../audit';
import type { Database } from '../db/client';
import {
  admitWalkIn,
  checkIn,
  countAttendance,
  findReservations,
  openPool,
  requestReservation,
  ticketCodeOf,
  type Reservation,
  type TicketDeps,
} from './index';

const T0 = new Date('2026-05-04T01:30:00.000Z');
const SECRET = 'test-secret-test-secret-test-secret-0123';
const volunteer = (id: string, name: string): AuditContext => ({
  actor: {
    kind: 'user',
    user: { id, name, email: `${id}@example.vn`, locale: 'vi', twoFactorEnabled: false },
    roles: new Set(['member']),
  },
});
const lan = volunteer('v-lan', 'Lan');
const minh = volunteer('v-minh', 'Minh');

describe.each(testEngines)('tickets and check-in on %s', (engine) => {
  let database: Database;
  let now = T0;
  let deps: TicketDeps;
  let eventNo = 0;
  let group = '';

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    deps = { db: database.db, clock: () => now, ticketSecret: SECRET };
  });
  afterAll(() => database.close());
  beforeEach(() => {
    now = T0;
    group = `event-${++eventNo}`;
  });

  const scope = () => ({ ownerModule: 'test', groupKey: group });
  const pool = (capacity: number, ownerKey = 'general') =>
    openPool(deps, lan, {
      ownerModule: 'test',
      ownerKey: `${group}:${ownerKey}`,
      groupKey: group,
      capacity,
    });
  const reserve = async (poolId: string, name: string, partySize = 1): Promise<Reservation> => {
    const r = await requestReservation(deps, lan, {
      poolId,
      partySize,
      guestName: name,
      idempotencyKey: name,
    });
    if (!r.ok) throw new Error(r.reason);
    return r.reservation;
  };
  const codeOf = (r: Reservation) => ticketCodeOf(SECRET, r.ticketRef);

  it('a scan checks a confirmed ticket in once; the second answers when and by whom', async () => {
    const p = await pool(10);
    const an = await reserve(p.id, 'An');
    const first = await checkIn(deps, lan, { scope: scope(), code: codeOf(an), station: 'cửa A' });
    expect(first).toMatchObject({
      ok: true,
      checkIn: {
        checkedInAt: T0,
        checkedInByLabel: 'Lan',
        checkedInById: 'v-lan',
        station: 'cửa A',
      },
    });
    now = new Date(T0.getTime() + 5 * 60_000);
    const second = await checkIn(deps, minh, { scope: scope(), code: codeOf(an).toLowerCase() });
    expect(second).toMatchObject({
      ok: false,
      reason: 'ALREADY_CHECKED_IN',
      checkIn: { checkedInAt: T0, checkedInByLabel: 'Lan' },
    });
  });

  it('eight stations scanning one ticket at once count it once, with the first scan’s time and who', async () => {
    const p = await pool(10);
    const binh = await reserve(p.id, 'Bình');
    const stations = Array.from({ length: 8 }, (_, i) => volunteer(`v-${i}`, `Trạm ${i}`));
    const results = await Promise.all(
      stations.map((s, i) =>
        checkIn(deps, s, { scope: scope(), code: codeOf(binh), station: `${i}` }),
      ),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const first = winners[0]!.ok ? winners[0]!.checkIn : undefined;
    for (const r of results.filter((x) => !x.ok)) {
      expect(r).toMatchObject({
        reason: 'ALREADY_CHECKED_IN',
        checkIn: { id: first!.id, checkedInByLabel: first!.checkedInByLabel },
      });
    }
    const [counted] = await database.query<{ n: number }>(
      'select count(*)::int as n from platform_reservation_checkins where reservation_id = $1',
      [binh.id],
    );
    expect(counted?.n).toBe(1);
  });

  it('a forged or altered code is refused before any database lookup', async () => {
    const p = await pool(10);
    const chi = await reserve(p.id, 'Chi');
    const code = codeOf(chi);
    const altered = (code[0] === 'Z' ? 'Y' : 'Z') + code.slice(1);
    const noDatabase = new Proxy(database.db, {
      get: () => {
        throw new Error('the database was asked');
      },
    });
    const offline: TicketDeps = { ...deps, db: noDatabase };
    expect(await checkIn(offline, lan, { scope: scope(), code: altered })).toEqual({
      ok: false,
      reason: 'FORGED',
    });
    expect(
      await checkIn(offline, lan, {
        scope: scope(),
        code: ticketCodeOf('x'.repeat(40), chi.ticketRef),
      }),
    ).toEqual({
      ok: false,
      reason: 'FORGED',
    });
    expect(await checkIn(deps, lan, { scope: scope(), code })).toMatchObject({ ok: true });
  });

  it('refuses a waitlisted ticket, another event’s ticket and an unknown person', async () => {
    const p = await pool(1);
    await reserve(p.id, 'An');
    const waiting = await reserve(p.id, 'Bình');
    expect(await checkIn(deps, lan, { scope: scope(), code: codeOf(waiting) })).toMatchObject({
      ok: false,
      reason: 'NOT_CONFIRMED',
      reservation: { status: 'waitlisted' },
    });
    const otherGroup = { ownerModule: 'test', groupKey: 'another-event' };
    const an = (await findReservations(deps, { ...scope(), nameContains: 'an' }))[0]!.reservation;
    expect(await checkIn(deps, lan, { scope: otherGroup, code: codeOf(an) })).toMatchObject({
      ok: false,
      reason: 'OTHER_GROUP',
    });
    expect(await checkIn(deps, lan, { scope: scope(), reservationId: 'not-an-id' })).toEqual({
      ok: false,
      reason: 'UNKNOWN_TICKET',
    });
  });

  it('attendance per session: a ticket checks into each session once; no-shows are the rest', async () => {
    const p = await pool(10);
    const an = await reserve(p.id, 'An', 2);
    const binh = await reserve(p.id, 'Bình');
    await reserve(p.id, 'Chi');
    for (const session of ['morning', 'afternoon']) {
      expect(
        await checkIn(deps, lan, { scope: scope(), code: codeOf(an), sessionKey: session }),
      ).toMatchObject({ ok: true });
    }
    await checkIn(deps, lan, { scope: scope(), reservationId: binh.id, sessionKey: 'morning' });
    const morning = await countAttendance(deps, { ...scope(), sessionKey: 'morning' });
    expect(morning).toEqual([
      expect.objectContaining({
        confirmedReservations: 3,
        confirmedUnits: 4,
        checkedInReservations: 2,
        checkedInUnits: 3,
        noShowReservations: 1,
        noShowUnits: 1,
      }),
    ]);
    const afternoon = await countAttendance(deps, { ...scope(), sessionKey: 'afternoon' });
    expect(afternoon[0]).toMatchObject({
      checkedInUnits: 2,
      noShowReservations: 2,
      noShowUnits: 2,
    });
  });

  it('a walk-in is registered and checked in at once, never beyond capacity; a retry is the same walk-in', async () => {
    const p = await pool(3);
    await reserve(p.id, 'An');
    await reserve(p.id, 'Bình');
    // A party of two waits for the one seat left; the person at the door gets it.
    expect(await reserve(p.id, 'Gia đình Cường', 2)).toMatchObject({ status: 'waitlisted' });
    const walkIn = (name: string) =>
      admitWalkIn(deps, lan, { poolId: p.id, partySize: 1, guestName: name, idempotencyKey: name });
    const dung = await walkIn('Dũng');
    expect(dung).toMatchObject({
      ok: true,
      reservation: { status: 'confirmed' },
      checkIn: { isWalkIn: true, checkedInByLabel: 'Lan' },
    });
    expect(await walkIn('Em')).toEqual({ ok: false, reason: 'FULL', freeUnits: 0 });
    const retry = await walkIn('Dũng');
    expect(retry.ok && retry.checkIn.id).toBe(dung.ok && dung.checkIn.id);
    const [att] = await countAttendance(deps, scope());
    expect(att).toMatchObject({
      confirmedUnits: 3,
      walkInUnits: 1,
      checkedInUnits: 1,
      waitlistedUnits: 2,
    });
  });
});
