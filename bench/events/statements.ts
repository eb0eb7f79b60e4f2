// What one registration and one check-in cost, independent of the machine's load: the SQL
// statements each request sends to PostgreSQL (counted in the pg driver, BEGIN/COMMIT and
// savepoints included), those of the jobs it leaves for the runner, the bytes answered and the
// server's CPU time per request (the app in this process, the database's time not included).
// `tsx bench/events/statements.ts` (PostgreSQL on BENCH_DATABASE_URL or TEST_DATABASE_URL);
// STATEMENTS_SQL=1 prints each statement; STATEMENTS_CPU_PROF=<file.cpuprofile> profiles the
// timed registrations.
import pg from 'pg';
import { openDeps } from '../../src/boot';
import { loadConfig } from '../../src/platform/config/config';
import { buildApp } from '../../src/wiring';
import { surgeEnvironment } from '../programs/surge';
import { startProfile } from '../cpu-profile';
import { setUpEventsBench } from './set-up';

const CPU_ROUNDS = Number(process.env.STATEMENTS_CPU_ROUNDS ?? 200);
const PEOPLE = 2 + 2 * CPU_ROUNDS;

let sent: string[] = [];
type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const query = pg.Client.prototype.query as unknown as Query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [first] = args;
  const text = typeof first === 'string' ? first : (first as { text?: string })?.text;
  sent.push(
    String(text ?? first)
      .replace(/\s+/g, ' ')
      .slice(0, 160),
  );
  return query.apply(this, args);
} as never;

async function counted<T>(work: () => Promise<T>): Promise<{ value: T; statements: string[] }> {
  sent = [];
  const value = await work();
  return { value, statements: sent };
}

const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!adminUrl) throw new Error('set BENCH_DATABASE_URL or TEST_DATABASE_URL');
const { env, drop } = await surgeEnvironment('postgres', adminUrl);
try {
  const bench = await setUpEventsBench(env, {
    people: PEOPLE,
    seats: 1 + CPU_ROUNDS,
    tickets: 1 + CPU_ROUNDS,
    stations: 1,
  });
  const deps = await openDeps(loadConfig({ ...env, PUBLIC_URL: 'http://127.0.0.1:3000' }));
  const { app } = buildApp(deps);
  const origin = deps.config.publicUrl;
  const post = async (path: string, cookie: string, form: Record<string, string>) => {
    const res = await app.request(path, {
      method: 'POST',
      headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    return { status: res.status, bytes: (await res.arrayBuffer()).byteLength };
  };
  const register = (i: number) =>
    post(`/events/${bench.surge.slug}/register`, bench.members[i]!, {
      ticketTypeId: bench.surge.ticketTypeId,
      key: `registration-${i}`,
    });
  const scan = (code: string) =>
    post(`/admin/events/${bench.door.eventId}/check-in`, bench.stations[0]!, { code });
  const jobs = () => deps.jobs.runDue();

  const report = (name: string, r: { value: unknown; statements: string[] }) => {
    console.log(`${name}: ${r.statements.length} statements → ${JSON.stringify(r.value)}`);
    if (process.env.STATEMENTS_SQL) for (const s of r.statements) console.log(`    ${s}`);
  };
  report('registration, seat confirmed', await counted(() => register(0)));
  report('  its jobs', await counted(jobs));
  report('check-in, first scan', await counted(() => scan(bench.door.codes[0]!)));
  report('check-in, second scan', await counted(() => scan(bench.door.codes[0]!)));

  // CPU of this process per request (the app's work; PostgreSQL's is another process's).
  const cpuMs = async (work: () => Promise<unknown>, profile?: string) => {
    const profiler = await startProfile(profile);
    const before = process.cpuUsage();
    await work();
    const used = process.cpuUsage(before);
    await profiler.stop();
    return ((used.user + used.system) / 1000 / CPU_ROUNDS).toFixed(2);
  };
  const rounds = async (work: (i: number) => Promise<unknown>) => {
    for (let i = 1; i <= CPU_ROUNDS; i++) await work(i);
  };
  console.log(
    `registration (seat): ${await cpuMs(() => rounds(register), process.env.STATEMENTS_CPU_PROF)} ms CPU per request`,
  );
  console.log(`  its jobs: ${await cpuMs(jobs)} ms CPU per registration`);
  const scans = () => rounds((i) => scan(bench.door.codes[i]!));
  console.log(`check-in: ${await cpuMs(scans)} ms CPU per request`);
  report('registration, waitlisted', await counted(() => register(CPU_ROUNDS + 1)));
  report('  its jobs', await counted(jobs));
  await deps.database.close();
} finally {
  await drop();
}
