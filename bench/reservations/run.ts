// Issue 13 item 10, through the reservation core's functions on a real database (the HTTP-level
// run comes with the events module's routes):
// - a registration surge: 3,000 people from 150 concurrent clients ask for one of 500 seats, 5 %
//   of them double-click (the same idempotency key twice at once). Exactly 500 must be confirmed,
//   the rest waitlisted in arrival order (every confirmed reservation arrived before every waiting
//   one, and each client's requests keep the order it sent them), no duplicate.
// - check-in at the door: 2,000 tickets scanned from 8 stations at once, 10 % scanned a second
//   time at another station. Every ticket counted exactly once; every second scan reported.
// SURGE_PEOPLE, SURGE_CLIENTS, SURGE_SEATS and CHECKIN_TICKETS make a smaller run.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';
import { createDatabase, databaseUrl, dropDatabase } from '../../test/support/db';
import type { AuditContext } from '../../src/platform/audit';
import { migrateDatabase, openDatabase, type Database } from '../../src/platform/db/client';
import {
  checkIn,
  openPool,
  requestReservation,
  ticketCodeOf,
  type TicketDeps,
} from '../../src/platform/reservations';
import type { Row } from '../table';

type BenchRow = Omit<Row, 'engine'>;
const PEOPLE = Number(process.env.SURGE_PEOPLE ?? 3000);
const CLIENTS = Number(process.env.SURGE_CLIENTS ?? 150);
const SEATS = Number(process.env.SURGE_SEATS ?? 500);
const TICKETS = Number(process.env.CHECKIN_TICKETS ?? 2000);
const STATIONS = 8;
const DOUBLE_CLICK_EVERY = 20; // 5 %
const RESCAN_EVERY = 10; // 10 %

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : 0;
};

const visitor: AuditContext = { actor: { kind: 'anonymous' }, label: 'bench' };
const volunteer = (n: number): AuditContext => ({
  actor: {
    kind: 'user',
    user: {
      id: `station-${n}`,
      name: `Trạm ${n}`,
      email: `station${n}@bench.example`,
      locale: 'vi',
      twoFactorEnabled: false,
    },
    roles: new Set(['member']),
  },
});

/** Runs `work` for items taken in turn by `workers` concurrent loops. */
async function inParallel<T>(
  items: T[],
  workers: number,
  work: (item: T, worker: number) => Promise<void>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (next < items.length) await work(items[next++]!, worker);
    }),
  );
}

async function surge(deps: TicketDeps) {
  const pool = await openPool(deps, visitor, {
    ownerModule: 'bench',
    ownerKey: `surge-${randomBytes(4).toString('hex')}`,
    groupKey: 'techfest',
    capacity: SEATS,
  });
  const latencies: number[] = [];
  const sentBy = new Map<number, string[]>(); // client → its people in the order it sent them
  let failed = 0;
  const ask = async (person: number) => {
    const began = performance.now();
    const r = await requestReservation(deps, visitor, {
      poolId: pool.id,
      partySize: 1,
      guestName: `Người tham dự ${person}`,
      guestEmail: `p${person}@bench.example`,
      holderKey: `p${person}@bench.example`,
      idempotencyKey: `form-${person}`,
    }).catch(() => undefined);
    latencies.push(performance.now() - began);
    if (!r?.ok) failed++;
  };
  const people = Array.from({ length: PEOPLE }, (_, i) => i);
  const began = performance.now();
  await inParallel(people, CLIENTS, async (person, client) => {
    sentBy.set(client, [...(sentBy.get(client) ?? []), `p${person}@bench.example`]);
    await (person % DOUBLE_CLICK_EVERY === 0
      ? Promise.all([ask(person), ask(person)])
      : ask(person));
  });
  const seconds = (performance.now() - began) / 1000;
  return { poolId: pool.id, latencies, seconds, failed, sentBy };
}

async function verifySurge(database: Database, poolId: string, sentBy: Map<number, string[]>) {
  const rows = await database.query<{ holder_key: string; status: string; seq: string }>(
    'select holder_key, status, seq from platform_reservations where pool_id = $1 order by seq',
    [poolId],
  );
  const seqOf = new Map(rows.map((r) => [r.holder_key, Number(r.seq)]));
  const confirmed = rows.filter((r) => r.status === 'confirmed');
  const waiting = rows.filter((r) => r.status === 'waitlisted');
  const lastConfirmed = Math.max(...confirmed.map((r) => Number(r.seq)));
  const overtaken = waiting.filter((r) => Number(r.seq) < lastConfirmed).length;
  let outOfOrder = 0;
  for (const holders of sentBy.values()) {
    const seqs = holders.map((h) => seqOf.get(h) ?? -1);
    outOfOrder += seqs.filter((s, i) => i > 0 && s < seqs[i - 1]!).length;
  }
  const [pool] = await database.query<{ taken_units: number; waitlisted_units: number }>(
    'select taken_units, waitlisted_units from platform_reservation_pools where id = $1',
    [poolId],
  );
  return {
    confirmed: confirmed.length,
    waiting: waiting.length,
    duplicates: rows.length - new Set(rows.map((r) => r.holder_key)).size,
    missing: PEOPLE - seqOf.size,
    outOfOrder: overtaken + outOfOrder,
    countersOff:
      Math.abs(pool!.taken_units - confirmed.length) +
      Math.abs(pool!.waitlisted_units - waiting.length),
  };
}

async function doors(deps: TicketDeps, database: Database) {
  const pool = await openPool(deps, visitor, {
    ownerModule: 'bench',
    ownerKey: `doors-${randomBytes(4).toString('hex')}`,
    groupKey: 'doors',
    capacity: TICKETS,
  });
  const codes: string[] = [];
  await inParallel(
    Array.from({ length: TICKETS }, (_, i) => i),
    10,
    async (i) => {
      const r = await requestReservation(deps, visitor, {
        poolId: pool.id,
        partySize: 1,
        guestName: `Khách ${i}`,
        idempotencyKey: `t-${i}`,
      });
      if (!r.ok || r.reservation.status !== 'confirmed') throw new Error('ticket set-up');
      codes.push(ticketCodeOf(deps.ticketSecret, r.reservation.ticketRef));
    },
  );
  // Each ticket once, and every tenth again a little later at another station.
  const scans = [...codes, ...codes.filter((_, i) => i % RESCAN_EVERY === 0)];
  const latencies: number[] = [];
  let first = 0;
  let reported = 0;
  let other = 0;
  const began = performance.now();
  await inParallel(scans, STATIONS, async (code, station) => {
    const t = performance.now();
    const r = await checkIn(deps, volunteer(station), {
      scope: { ownerModule: 'bench', groupKey: 'doors' },
      code,
      station: `cửa ${station}`,
    });
    latencies.push(performance.now() - t);
    if (r.ok) first++;
    else if (r.reason === 'ALREADY_CHECKED_IN') reported++;
    else other++;
  });
  const seconds = (performance.now() - began) / 1000;
  const [stored] = await database.query<{ n: number; distinct: number }>(
    `select count(*)::int as n, count(distinct c.reservation_id)::int as distinct
       from platform_reservation_checkins c join platform_reservations r on r.id = c.reservation_id
      where r.pool_id = $1`,
    [pool.id],
  );
  return {
    latencies,
    seconds,
    first,
    reported,
    other,
    stored: stored!,
    rescans: scans.length - codes.length,
  };
}

/** A migrated scratch database: in memory, or a new one on the server (dropped by close). */
async function scratchDatabase(adminUrl?: string): Promise<Database> {
  if (!adminUrl) {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return database;
  }
  const name = `innohub_bench_reservations_${randomBytes(4).toString('hex')}`;
  await createDatabase(adminUrl, name);
  const database = await openDatabase({ databaseUrl: databaseUrl(adminUrl, name) });
  await migrateDatabase(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** PGlite without `adminUrl`, a PostgreSQL database on that server with it. */
export async function benchReservations(adminUrl?: string): Promise<BenchRow[]> {
  const engine = adminUrl ? 'postgres' : 'pglite';
  const database = await scratchDatabase(adminUrl);
  try {
    const deps: TicketDeps = {
      db: database.db,
      clock: () => new Date(),
      ticketSecret: randomBytes(24).toString('hex'),
    };
    console.error(
      `[${engine}] reservations: ${PEOPLE} people, ${CLIENTS} clients, ${SEATS} seats…`,
    );
    const s = await surge(deps);
    const v = await verifySurge(database, s.poolId, s.sentBy);
    console.error(`[${engine}] reservations: ${TICKETS} tickets at ${STATIONS} stations…`);
    const d = await doors(deps, database);
    const p99Target = engine === 'postgres' ? 1000 : 3000;
    const p95Target = engine === 'postgres' ? 50 : 150;
    const label = `reservation surge (${PEOPLE.toLocaleString('en')} people + 5 % double clicks, ${CLIENTS} clients, ${SEATS} seats):`;
    const door = `check-in (${TICKETS.toLocaleString('en')} tickets + 10 % second scans, ${STATIONS} stations):`;
    const le = (value: number) => ({ op: '<=' as const, value });
    const ge = (value: number) => ({ op: '>=' as const, value });
    return [
      { metric: `${label} requests/s`, value: s.latencies.length / s.seconds, unit: 'req/s' },
      { metric: `${label} p50`, value: percentile(s.latencies, 50), unit: 'ms' },
      {
        metric: `${label} p99`,
        value: percentile(s.latencies, 99),
        unit: 'ms',
        target: le(p99Target),
      },
      { metric: `${label} failed requests`, value: s.failed, unit: '', target: le(0) },
      { metric: `${label} confirmed`, value: v.confirmed, unit: '', target: ge(SEATS) },
      {
        metric: `${label} confirmed beyond capacity`,
        value: v.confirmed - SEATS,
        unit: '',
        target: le(0),
      },
      { metric: `${label} waitlisted`, value: v.waiting, unit: '', target: ge(PEOPLE - SEATS) },
      { metric: `${label} out of arrival order`, value: v.outOfOrder, unit: '', target: le(0) },
      { metric: `${label} duplicates`, value: v.duplicates, unit: '', target: le(0) },
      { metric: `${label} people lost`, value: v.missing, unit: '', target: le(0) },
      { metric: `${label} counters off`, value: v.countersOff, unit: '', target: le(0) },
      { metric: `${door} scans/s`, value: d.latencies.length / d.seconds, unit: 'scans/s' },
      { metric: `${door} p50`, value: percentile(d.latencies, 50), unit: 'ms' },
      {
        metric: `${door} p95`,
        value: percentile(d.latencies, 95),
        unit: 'ms',
        target: le(p95Target),
      },
      { metric: `${door} checked in`, value: d.stored.distinct, unit: '', target: ge(TICKETS) },
      {
        metric: `${door} counted twice`,
        value: d.stored.n - d.stored.distinct,
        unit: '',
        target: le(0),
      },
      {
        metric: `${door} second scans not reported`,
        value: d.rescans - d.reported,
        unit: '',
        target: le(0),
      },
      { metric: `${door} other refusals`, value: d.other, unit: '', target: le(0) },
    ];
  } finally {
    await database.close();
  }
}

// `tsx bench/reservations/run.ts [pglite|postgres]`: this benchmark alone (PostgreSQL on
// BENCH_DATABASE_URL or TEST_DATABASE_URL).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const engine = process.argv[2] === 'postgres' ? 'postgres' : 'pglite';
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (engine === 'postgres' && !adminUrl) throw new Error('set BENCH_DATABASE_URL');
  const { printTable } = await import('../table');
  const rows = await benchReservations(engine === 'postgres' ? adminUrl : undefined);
  printTable(rows.map((r) => ({ ...r, engine })));
}
