// npm run bench — start-up, memory (also idle on the demo data) and loopback load of the real
// server, and the directory on national-scale data (bench/directory/), on PGlite and (when
// BENCH_DATABASE_URL or TEST_DATABASE_URL is set) on PostgreSQL, and the programmes' review and
// deadline surge (bench/programs/).
// BENCH_ONLY=reservations runs the reservation core's surge and check-in (bench/reservations/);
// BENCH_ONLY=events the same through the real server's routes and the event list (bench/events/).
// BENCH_ONLY=plans the indicators, the annual report and the targets dashboard (bench/plans/).
// BENCH_ONLY=challenges the challenge list and page and the conversion figures (bench/challenges/).
// BENCH_ONLY=marketplace the matching quality, suggestions and offer search (bench/marketplace/).
// BENCH_ONLY=platform, directory or programs runs one part; BENCH_ONLY=home the home page against
// /healthz on national-scale data (bench/home.ts); BENCH_ONLY=demo only the idle memory
// on the demo data; BENCH_ONLY=lighthouse only the Lighthouse scores of the public pages (mobile,
// Debian's Chromium); BENCH_ONLY=import only the directory's
// import of 10,000 rows. Prints metric | value | target | pass/fail and writes bench/results/latest.json.
// Benchmarks are not tests: it exits 0 even when a target is missed, and non-zero only when it
// could not measure.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { repoRoot, rssMiB, startServer } from './server';
import { passes, printTable, type Row } from './table';
import { benchDemoMemory } from './demo-memory';
import { benchImport } from './directory/import';
import { benchLighthouse } from './lighthouse';
import { benchDirectory } from './directory/run';
import { benchHome } from './home';
import { benchMarketplace } from './marketplace/run';
import { benchRanking } from './programs/ranking';
import { benchSurge } from './programs/surge';
import { benchReservations } from './reservations/run';
import { benchEvents } from './events/run';
import { benchChallenges } from './challenges/run';
import { benchPlansOnBoth } from './plans/run';

const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

async function load(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: LOAD_SECONDS });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** Appends rows as they are measured, so a failure part-way keeps what was measured. */
async function benchEngine(engine: string, env: Record<string, string>, rows: Row[]) {
  const add = (metric: string, value: number, unit: string, target?: Row['target']) =>
    rows.push({ engine, metric, value, unit, target });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'innohub-bench-'));
  const serverEnv = {
    DATA_DIR: dataDir,
    DEMO_DATA: process.env.BENCH_DEMO_DATA ?? 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    AUTH_SECRET: randomBytes(24).toString('hex'),
    ...env,
  };
  try {
    console.error(`[${engine}] cold start…`);
    const cold = await startServer(serverEnv);
    add('cold start (empty database → first 200 on /)', cold.startMs / 1000, 's', {
      op: '<=',
      value: 15,
    });
    const stopped = await cold.stop();
    if (stopped.code !== 0) throw new Error(`server exited with ${stopped.code} on SIGTERM`);
    add('clean stop after SIGTERM', stopped.ms / 1000, 's');

    console.error(`[${engine}] warm start…`);
    const server = await startServer(serverEnv);
    add('warm start (same data → first 200 on /)', server.startMs / 1000, 's', {
      op: '<=',
      value: 3,
    });
    try {
      for (let i = 0; i < 10; i++) {
        for (const p of ['/', '/healthz', '/readyz']) {
          await (await fetch(server.origin + p)).arrayBuffer();
        }
      }
      await new Promise((r) => setTimeout(r, 1_000));
      add('idle RSS after start and a few requests', rssMiB(server.pid), 'MiB', {
        op: '<=',
        value: 250,
      });

      console.error(`[${engine}] load /healthz for ${LOAD_SECONDS} s…`);
      const health = await load(`${server.origin}/healthz`);
      console.error(`[${engine}] load / for ${LOAD_SECONDS} s…`);
      const home = await load(`${server.origin}/`);
      add(`/healthz requests/s (${CONNECTIONS} connections)`, health.rps, 'req/s');
      add('/healthz p99 latency', health.p99, 'ms');
      add('/healthz failed responses', health.failed, '', { op: '<=', value: 0 });
      add(`/ (home) requests/s (${CONNECTIONS} connections)`, home.rps, 'req/s');
      add('/ (home) p99 latency', home.p99, 'ms');
      add('/ (home) failed responses', home.failed, '', { op: '<=', value: 0 });
      add('home rps / healthz rps', (100 * home.rps) / health.rps, '%', { op: '>=', value: 10 });
      add('RSS after load', rssMiB(server.pid), 'MiB');
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A new database on the server for one run, dropped afterwards. */
async function withFreshDatabase<T>(adminUrl: string, fn: (url: string) => Promise<T>) {
  const name = `innohub_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  }
}

async function main() {
  const began = performance.now();
  // Other work on the machine skews every figure; the load average says how much there was.
  const loadBefore = os.loadavg()[0]!;
  const rows: Row[] = [];
  const errors: string[] = [];
  const attempt = async (engine: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (err) {
      errors.push(`${engine}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  // "platform", "home", "directory", "programs", "demo" or "import"; all when unset
  const only = process.env.BENCH_ONLY;
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!only || only === 'platform') {
    await attempt('pglite', () => benchEngine('pglite', {}, rows));
  }
  if (!only || only === 'platform' || only === 'demo') {
    await attempt('pglite demo data', () => benchDemoMemory(rows));
  }
  if (!only || only === 'platform') {
    if (adminUrl) {
      await attempt('postgres', () =>
        withFreshDatabase(adminUrl, (url) => benchEngine('postgres', { DATABASE_URL: url }, rows)),
      );
    }
  }
  if (!only || only === 'home') {
    await attempt('pglite home', () => benchHome('pglite', rows));
    if (adminUrl) await attempt('postgres home', () => benchHome('postgres', rows, adminUrl));
  }
  if (!only || only === 'directory') {
    await attempt('pglite directory', () => benchDirectory('pglite', rows));
    if (adminUrl) {
      await attempt('postgres directory', () => benchDirectory('postgres', rows, adminUrl));
    }
  }
  if (only === 'import') {
    // The import alone; the directory part runs it too.
    await attempt('pglite import', () => benchImport('pglite', rows));
    if (adminUrl) await attempt('postgres import', () => benchImport('postgres', rows, adminUrl));
  }
  if (!only || only === 'programs') {
    await attempt('programs', async () => {
      for (const row of await benchRanking()) rows.push({ engine: 'any', ...row });
    });
    await attempt('pglite surge', async () => {
      for (const row of await benchSurge('pglite')) rows.push({ engine: 'pglite', ...row });
    });
    if (adminUrl) {
      await attempt('postgres surge', async () => {
        for (const row of await benchSurge('postgres', adminUrl))
          rows.push({ engine: 'postgres', ...row });
      });
    }
  }
  if (!only || only === 'plans') await benchPlansOnBoth(rows, attempt, adminUrl);
  if (!only || only === 'lighthouse') {
    await attempt('lighthouse', () => benchLighthouse(rows));
  }
  if (!only || only === 'reservations') {
    await attempt('pglite reservations', async () => {
      for (const row of await benchReservations()) rows.push({ engine: 'pglite', ...row });
    });
    if (adminUrl) {
      await attempt('postgres reservations', async () => {
        for (const row of await benchReservations(adminUrl))
          rows.push({ engine: 'postgres', ...row });
      });
    }
  }
  if (!only || only === 'events') {
    await attempt('pglite events', async () => {
      for (const row of await benchEvents('pglite')) rows.push({ engine: 'pglite', ...row });
    });
    if (adminUrl) {
      await attempt('postgres events', async () => {
        for (const row of await benchEvents('postgres', adminUrl))
          rows.push({ engine: 'postgres', ...row });
      });
    }
  }
  if (!only || only === 'challenges') {
    await attempt('pglite challenges', async () => {
      for (const row of await benchChallenges('pglite')) rows.push({ engine: 'pglite', ...row });
    });
    if (adminUrl) {
      await attempt('postgres challenges', async () => {
        for (const row of await benchChallenges('postgres', adminUrl))
          rows.push({ engine: 'postgres', ...row });
      });
    }
  }
  if (!only || only === 'marketplace') {
    await attempt('pglite marketplace', () => benchMarketplace('pglite', rows));
    if (adminUrl)
      await attempt('postgres marketplace', () => benchMarketplace('postgres', rows, adminUrl));
  }
  if (!adminUrl)
    console.error('PostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL).');

  console.log();
  printTable(rows);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(
    `\n${machine}; load ${LOAD_SECONDS} s × ${CONNECTIONS} connections; took ${Math.round((performance.now() - began) / 1000)} s`,
  );
  const loadAverage = { before: loadBefore, after: os.loadavg()[0]! };
  console.log(
    `1-minute load average ${loadAverage.before.toFixed(1)} before, ${loadAverage.after.toFixed(1)} after (${os.cpus().length} CPUs; above that, other work competed)`,
  );

  const out = path.join(repoRoot, 'bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'latest.json'),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        machine,
        loadAverage,
        loadSeconds: LOAD_SECONDS,
        connections: CONNECTIONS,
        rows: rows.map((row) => ({ ...row, pass: passes(row) })),
        errors,
      },
      null,
      2,
    ) + '\n',
  );
  for (const error of errors) console.error(`could not measure ${error}`);
  if (errors.length) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
