// Issue 12 item 6: the home page on national-scale data (the directory's, bench/directory/data.ts)
// against /healthz on the same server, 20 connections. The home page renders every installed
// module's blocks on each request; /healthz is the process's ceiling (no database, no layout).
// The two are measured in alternating rounds, so the machine's other work weighs on both alike.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nationalPglite, nationalPostgres } from './directory/data';
import { loadTest, medianOf, medianRatio, type LoadResult } from './load';
import { startServer } from './server';
import type { Row } from './table';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 20;
const WARM_UP_SECONDS = 5;
/** Issue 12: the home page serves at least half of /healthz's requests per second. */
const RATIO_TARGET = 50;

type Engine = 'pglite' | 'postgres';

export async function benchHome(engine: Engine, rows: Row[], adminUrl?: string) {
  const add = (metric: string, value: number, unit: string, target?: Row['target']) =>
    rows.push({ engine, metric: `home on national data: ${metric}`, value, unit, target });
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'innohub-bench-home-'));
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    AUTH_SECRET: randomBytes(24).toString('hex'),
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    DATA_DIR: scratch,
  };
  if (engine === 'pglite') {
    // A copy: the national folder stays free for the directory's benchmark (one process a folder).
    env.DATA_DIR = path.join(scratch, 'data');
    cpSync(await nationalPglite(), env.DATA_DIR, { recursive: true });
  } else env.DATABASE_URL = await nationalPostgres(adminUrl!);

  try {
    const server = await startServer(env, { readyTimeoutMs: 900_000 });
    try {
      const measure = (p: string, seconds = SECONDS) => {
        console.error(`[${engine}] ${p} × ${CONNECTIONS} connections for ${seconds} s…`);
        return loadTest({ origin: server.origin, paths: [p], connections: CONNECTIONS, seconds });
      };
      // The modules' warm-up (the directory's search index over 300,000 records) holds the
      // process for a while after its first 200; the portal-wide search waits for every index.
      const warmed = await fetch(`${server.origin}/search?q=khoi+nghiep`, {
        signal: AbortSignal.timeout(900_000),
      });
      if (warmed.status !== 200) throw new Error(`/search answered ${warmed.status}`);
      await warmed.arrayBuffer();
      await measure('/', WARM_UP_SECONDS);
      await measure('/healthz', WARM_UP_SECONDS);
      const home: LoadResult[] = [];
      const health: LoadResult[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        home.push(await measure('/'));
        health.push(await measure('/healthz'));
      }
      const report = (label: string, r: LoadResult) => {
        add(`${label} requests/s (${CONNECTIONS} connections)`, r.rps, 'req/s');
        add(`${label} p99`, r.p99, 'ms');
        add(`${label} failed responses`, r.failed, '', { op: '<=', value: 0 });
      };
      report('/ (home)', medianOf(home));
      report('/healthz', medianOf(health));
      add('home rps / healthz rps', 100 * medianRatio(home, health), '%', {
        op: '>=',
        value: RATIO_TARGET,
      });
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
