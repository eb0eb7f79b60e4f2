// Issue 13 item 10, through the real server (dist/, as `npm start` runs it) on a scratch database:
// - a registration surge: 3,000 signed-in members, each with the event page open (loaded before
//   the surge, timed apart), post the event page's registration form from 150
//   concurrent clients for one ticket type of 500 seats; 5 % double-click (the same form key
//   twice at once). Exactly 500 confirmed, the rest waitlisted in arrival order (every confirmed
//   seat arrived before every waiting one, and each client's members keep the order it sent
//   them), no duplicate registration or seat, nobody lost.
// - the door: 2,000 tickets typed into the check-in route from 8 stations (staff accounts) at
//   once, 10 % scanned a second time. Every ticket checked in exactly once; every second scan
//   answered "already checked in" (409).
// - the public event list (/events, the demo year) against /healthz, 20 connections, in
//   alternating rounds so the machine's other work weighs on both alike.
// EVENTS_PEOPLE, EVENTS_CLIENTS, EVENTS_SEATS and EVENTS_TICKETS make a smaller run;
// EVENTS_CPU_PROF=<dir> writes the real server's CPU profile there (node --cpu-prof).
// EVENTS_LATENCY_DUMP=<file> writes each registration's [start after the surge began, latency] in ms.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDeps } from '../../src/boot';
import { loadConfig } from '../../src/platform/config/config';
import { loadTest, medianOf, medianRatio, type LoadResult } from '../load';
import { unanswered } from '../programs/surge-client';
import { sendAsBrowser } from '../browser-client';
import { profiledServer, surgeEnvironment } from '../programs/surge';
import { backlogDrained } from '../backlog';
import { startServer } from '../server';
import type { Row } from '../table';
import { setUpEventsBench, type EventsBench } from './set-up';

type BenchRow = Omit<Row, 'engine'>;
type Engine = 'pglite' | 'postgres';
const PEOPLE = Number(process.env.EVENTS_PEOPLE ?? 3000);
const CLIENTS = Number(process.env.EVENTS_CLIENTS ?? 150);
const SEATS = Number(process.env.EVENTS_SEATS ?? 500);
const TICKETS = Number(process.env.EVENTS_TICKETS ?? 2000);
const STATIONS = 8;
const DOUBLE_CLICK_EVERY = 20; // 5 %
const RESCAN_EVERY = 10; // 10 %
const LIST_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LIST_ROUNDS = 2;
const LIST_CONNECTIONS = 20;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : 0;
};

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

const post = (origin: string, p: string, cookie: string, form: Record<string, string>) =>
  sendAsBrowser(origin + p, { cookie, form });

/**
 * Before registration opens its surge, every member has the event page open, as a browser does
 * before its Register button is pressed (timed apart, like the deadline surge's form pages): the
 * surge then meets a server that has been answering, not one started a moment before.
 */
async function openEventPages(origin: string, bench: EventsBench) {
  let failed = 0;
  const began = performance.now();
  await inParallel(
    bench.members.map((_, i) => i),
    CLIENTS,
    async (i) => {
      const res = await sendAsBrowser(`${origin}/events/${bench.surge.slug}`, {
        cookie: bench.members[i]!,
      }).catch(() => undefined);
      if (res?.status !== 200) failed++;
    },
  );
  return { pagesPerSecond: bench.members.length / ((performance.now() - began) / 1000), failed };
}

async function registrationSurge(origin: string, bench: EventsBench) {
  const pages = await openEventPages(origin, bench);
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  const fail = (why: string) => failures.set(why, (failures.get(why) ?? 0) + 1);
  const sentBy = new Map<number, string[]>(); // client → its members in the order it sent them
  const form = { ticketTypeId: bench.surge.ticketTypeId };
  const register = async (i: number) => {
    const began = performance.now();
    try {
      const res = await post(origin, `/events/${bench.surge.slug}/register`, bench.members[i]!, {
        ...form,
        key: `registration-${i}`,
      });
      const to = res.headers.location ?? '';
      if (res.status !== 303 || !to.includes('registered=')) fail(`status ${res.status}`);
    } catch (err) {
      fail(unanswered(err));
    }
    latencies.push(performance.now() - began);
    timeline.push([began - surgeBegan, performance.now() - began]);
  };
  const timeline: [number, number][] = [];
  const surgeBegan = performance.now();
  await inParallel(
    Array.from({ length: PEOPLE }, (_, i) => i),
    CLIENTS,
    async (i, client) => {
      sentBy.set(client, [...(sentBy.get(client) ?? []), `member-${i}`]);
      await (i % DOUBLE_CLICK_EVERY === 0 ? Promise.all([register(i), register(i)]) : register(i));
    },
  );
  const seconds = (performance.now() - surgeBegan) / 1000;
  if (failures.size) console.error('[events] surge failures:', Object.fromEntries(failures));
  if (process.env.EVENTS_LATENCY_DUMP)
    writeFileSync(process.env.EVENTS_LATENCY_DUMP, JSON.stringify(timeline));
  const failed = [...failures.values()].reduce((a, n) => a + n, 0);
  return { latencies, seconds, failed, sentBy, pages };
}

async function door(origin: string, bench: EventsBench) {
  const { codes, eventId } = bench.door;
  const scans = [...codes, ...codes.filter((_, i) => i % RESCAN_EVERY === 0)];
  const latencies: number[] = [];
  const answers = { first: 0, reported: 0, other: 0 };
  const began = performance.now();
  await inParallel(scans, STATIONS, async (code, station) => {
    const t = performance.now();
    const res = await post(origin, `/admin/events/${eventId}/check-in`, bench.stations[station]!, {
      code,
    }).catch(() => undefined);
    latencies.push(performance.now() - t);
    if (res?.status === 200) answers.first++;
    else if (res?.status === 409) answers.reported++;
    else answers.other++;
  });
  const seconds = (performance.now() - began) / 1000;
  return { latencies, seconds, ...answers, rescans: scans.length - codes.length };
}

async function listAgainstHealth(origin: string) {
  const measure = (p: string, seconds = LIST_SECONDS) => {
    console.error(`[events] ${p} × ${LIST_CONNECTIONS} connections for ${seconds} s…`);
    return loadTest({ origin, paths: [p], connections: LIST_CONNECTIONS, seconds });
  };
  await measure('/events', 3);
  const list: LoadResult[] = [];
  const health: LoadResult[] = [];
  for (let round = 0; round < LIST_ROUNDS; round++) {
    list.push(await measure('/events'));
    health.push(await measure('/healthz'));
  }
  return { list: medianOf(list), health: medianOf(health), ratio: medianRatio(list, health) };
}

/** What the database holds after the run (the server stopped: PGlite has one process a folder). */
async function verify(
  env: Record<string, string>,
  bench: EventsBench,
  sentBy: Map<number, string[]>,
) {
  const deps = await openDeps(loadConfig(env));
  try {
    const seats = await deps.database.query<{ account_id: string; status: string; seq: string }>(
      `select r.account_id, p.status, p.seq from events_registrations r
         join platform_reservations p on p.id = r.reservation_id
        where r.event_id = $1 order by p.seq`,
      [bench.surge.eventId],
    );
    const [counts] = await deps.database.query<{ registrations: number; reservations: number }>(
      `select (select count(*)::int from events_registrations where event_id = $1) as registrations,
              (select count(*)::int from platform_reservations p
                 join platform_reservation_pools o on o.id = p.pool_id where o.group_key = $1::text)
                as reservations`,
      [bench.surge.eventId],
    );
    const seqOf = new Map(seats.map((r) => [r.account_id, Number(r.seq)]));
    const confirmed = seats.filter((r) => r.status === 'confirmed');
    const waiting = seats.filter((r) => r.status === 'waitlisted');
    const lastConfirmed = Math.max(...confirmed.map((r) => Number(r.seq)));
    let outOfOrder = waiting.filter((r) => Number(r.seq) < lastConfirmed).length;
    for (const members of sentBy.values()) {
      const order = members.map((m) => seqOf.get(m) ?? -1);
      outOfOrder += order.filter((s, i) => i > 0 && s < order[i - 1]!).length;
    }
    const [door] = await deps.database.query<{ n: number; distinct: number }>(
      `select count(*)::int as n, count(distinct c.reservation_id)::int as distinct
         from platform_reservation_checkins c
         join platform_reservations r on r.id = c.reservation_id
         join platform_reservation_pools o on o.id = r.pool_id
        where o.group_key = $1::text`,
      [bench.door.eventId],
    );
    return {
      confirmed: confirmed.length,
      waiting: waiting.length,
      duplicates: counts!.registrations - seqOf.size + (counts!.reservations - seats.length),
      lost: PEOPLE - seqOf.size,
      outOfOrder,
      checkedIn: door!.distinct,
      countedTwice: door!.n - door!.distinct,
    };
  } finally {
    await deps.database.close();
  }
}

type Measured = {
  surge: Awaited<ReturnType<typeof registrationSurge>> & { drainSeconds: number };
  door: Awaited<ReturnType<typeof door>>;
  list: Awaited<ReturnType<typeof listAgainstHealth>>;
  found: Awaited<ReturnType<typeof verify>>;
};

function rowsOf(engine: Engine, { surge, door, list, found }: Measured): BenchRow[] {
  const le = (value: number) => ({ op: '<=' as const, value });
  const ge = (value: number) => ({ op: '>=' as const, value });
  const label = `event registration over HTTP (${PEOPLE.toLocaleString('en')} members + 5 % double clicks, ${CLIENTS} clients, ${SEATS} seats):`;
  const at = `check-in route (${TICKETS.toLocaleString('en')} tickets + 10 % second scans, ${STATIONS} stations):`;
  const page = `/events (list) against /healthz, ${LIST_CONNECTIONS} connections:`;
  return [
    {
      metric: `${label} before it, event pages opened/s`,
      value: surge.pages.pagesPerSecond,
      unit: 'req/s',
    },
    {
      metric: `${label} event pages not answered 200`,
      value: surge.pages.failed,
      unit: '',
      target: le(0),
    },
    { metric: `${label} requests/s`, value: surge.latencies.length / surge.seconds, unit: 'req/s' },
    { metric: `${label} p50`, value: percentile(surge.latencies, 50), unit: 'ms' },
    {
      metric: `${label} p99`,
      value: percentile(surge.latencies, 99),
      unit: 'ms',
      target: le(engine === 'postgres' ? 1000 : 3000),
    },
    { metric: `${label} failed requests`, value: surge.failed, unit: '', target: le(0) },
    {
      metric: `${label} the last seat mail written, after the surge's last answer`,
      value: surge.drainSeconds,
      unit: 's',
    },
    { metric: `${label} confirmed`, value: found.confirmed, unit: '', target: ge(SEATS) },
    {
      metric: `${label} confirmed beyond capacity`,
      value: found.confirmed - SEATS,
      unit: '',
      target: le(0),
    },
    { metric: `${label} waitlisted`, value: found.waiting, unit: '', target: ge(PEOPLE - SEATS) },
    { metric: `${label} out of arrival order`, value: found.outOfOrder, unit: '', target: le(0) },
    { metric: `${label} duplicates`, value: found.duplicates, unit: '', target: le(0) },
    { metric: `${label} members lost`, value: found.lost, unit: '', target: le(0) },
    { metric: `${at} scans/s`, value: door.latencies.length / door.seconds, unit: 'scans/s' },
    { metric: `${at} p50`, value: percentile(door.latencies, 50), unit: 'ms' },
    {
      metric: `${at} p95`,
      value: percentile(door.latencies, 95),
      unit: 'ms',
      target: le(engine === 'postgres' ? 50 : 150),
    },
    { metric: `${at} checked in`, value: found.checkedIn, unit: '', target: ge(TICKETS) },
    { metric: `${at} counted twice`, value: found.countedTwice, unit: '', target: le(0) },
    {
      metric: `${at} second scans not answered "already checked in"`,
      value: door.rescans - door.reported,
      unit: '',
      target: le(0),
    },
    { metric: `${at} other answers`, value: door.other, unit: '', target: le(0) },
    { metric: `${page} /events requests/s`, value: list.list.rps, unit: 'req/s' },
    { metric: `${page} /events p99`, value: list.list.p99, unit: 'ms' },
    { metric: `${page} /healthz requests/s`, value: list.health.rps, unit: 'req/s' },
    {
      metric: `${page} failed responses`,
      value: list.list.failed + list.health.failed,
      unit: '',
      target: le(0),
    },
    { metric: `${page} list rps / healthz rps`, value: 100 * list.ratio, unit: '%' },
  ];
}

export async function benchEvents(engine: Engine, adminUrl?: string): Promise<BenchRow[]> {
  const { env, drop } = await surgeEnvironment(engine, adminUrl);
  try {
    console.error(`[${engine}] events: setting up ${PEOPLE} members and ${TICKETS} tickets…`);
    const bench = await setUpEventsBench(env, {
      people: PEOPLE,
      seats: SEATS,
      tickets: TICKETS,
      stations: STATIONS,
    });
    const server = await startServer(env, { args: profiledServer(process.env.EVENTS_CPU_PROF) });
    let measured: Omit<Measured, 'found'>;
    try {
      console.error(`[${engine}] events: ${PEOPLE} registrations from ${CLIENTS} clients…`);
      const surge = {
        ...(await registrationSurge(server.origin, bench)),
        drainSeconds: await backlogDrained(server.origin),
      };
      console.error(`[${engine}] events: ${TICKETS} check-ins from ${STATIONS} stations…`);
      const checkIns = await door(server.origin, bench);
      measured = { surge, door: checkIns, list: await listAgainstHealth(server.origin) };
    } finally {
      await server.stop();
    }
    const found = await verify(env, bench, measured.surge.sentBy);
    return rowsOf(engine, { ...measured, found });
  } finally {
    await drop();
  }
}

// `tsx bench/events/run.ts [pglite|postgres]`: this benchmark alone (PostgreSQL on
// BENCH_DATABASE_URL or TEST_DATABASE_URL).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const engine: Engine = process.argv[2] === 'postgres' ? 'postgres' : 'pglite';
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (engine === 'postgres' && !adminUrl) throw new Error('set BENCH_DATABASE_URL');
  const { printTable } = await import('../table');
  const rows = await benchEvents(engine, engine === 'postgres' ? adminUrl : undefined);
  printTable(rows.map((r) => ({ ...r, engine })));
}
