// Issue 15 item 10, on national-scale data written in code (bench/challenges/set-up.ts: 1,000
// challenges, 20,000 solutions, 500 pilots) in a scratch database:
// - the public challenge list (/challenges) and a challenge's page against /healthz through the
//   real server (dist/, as `npm start` runs it), 20 connections, in alternating rounds so the
//   machine's other work weighs on both alike;
// - the centre's conversion figures of a year (problems → challenges → solutions → pilots →
//   adopted or contracted, by owner and sector), computed in process after the server stopped
//   (PGlite has one process a folder): the median of 5 runs, target ≤ 500 ms.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDeps } from '../../src/boot';
import { conversionFigures } from '../../src/modules/challenges/services/conversion-figures';
import { loadConfig } from '../../src/platform/config/config';
import { loadTest, medianOf, medianRatio, type LoadResult } from '../load';
import { surgeEnvironment } from '../programs/surge';
import { startServer } from '../server';
import type { Row } from '../table';
import { BENCH_CHALLENGE, setUpChallengesBench, SIZES } from './set-up';

type BenchRow = Omit<Row, 'engine'>;
type Engine = 'pglite' | 'postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = 2;
const CONNECTIONS = 20;
const YEAR = 2025;
const FIGURE_RUNS = 5;
const PAGES = { list: '/challenges', challenge: `/challenges/${BENCH_CHALLENGE}` };

async function pagesAgainstHealth(origin: string) {
  const measure = (p: string, seconds = SECONDS) => {
    console.error(`[challenges] ${p} × ${CONNECTIONS} connections for ${seconds} s…`);
    return loadTest({ origin, paths: [p], connections: CONNECTIONS, seconds });
  };
  for (const p of Object.values(PAGES)) {
    const res = await fetch(origin + p);
    if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
    await res.arrayBuffer();
    await measure(p, 3);
  }
  const rounds = {
    list: [] as LoadResult[],
    challenge: [] as LoadResult[],
    health: [] as LoadResult[],
  };
  for (let round = 0; round < ROUNDS; round++) {
    rounds.list.push(await measure(PAGES.list));
    rounds.challenge.push(await measure(PAGES.challenge));
    rounds.health.push(await measure('/healthz'));
  }
  return rounds;
}

/** The year's figures FIGURE_RUNS times: the median and what they counted. */
async function figures(env: Record<string, string>) {
  const deps = await openDeps(loadConfig(env));
  try {
    const times: number[] = [];
    let counted = await conversionFigures(deps, YEAR);
    for (let i = 0; i < FIGURE_RUNS; i++) {
      const began = performance.now();
      counted = await conversionFigures(deps, YEAR);
      times.push(performance.now() - began);
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)]!, total: counted.total };
  } finally {
    await deps.database.close();
  }
}

function rowsOf(
  setUpSeconds: number,
  rounds: Awaited<ReturnType<typeof pagesAgainstHealth>>,
  figured: Awaited<ReturnType<typeof figures>>,
): BenchRow[] {
  const le = (value: number) => ({ op: '<=' as const, value });
  const data = `${SIZES.challenges.toLocaleString('en')} challenges, ${(SIZES.challenges * SIZES.perCall).toLocaleString('en')} solutions, ${SIZES.pilots} pilots`;
  const health = medianOf(rounds.health);
  const page = (label: string, results: LoadResult[]): BenchRow[] => {
    const r = medianOf(results);
    const at = `${label} against /healthz, ${CONNECTIONS} connections:`;
    return [
      { metric: `${at} requests/s`, value: r.rps, unit: 'req/s' },
      { metric: `${at} p99`, value: r.p99, unit: 'ms' },
      { metric: `${at} failed responses`, value: r.failed, unit: '', target: le(0) },
      {
        metric: `${at} rps / healthz rps`,
        value: 100 * medianRatio(results, rounds.health),
        unit: '%',
      },
    ];
  };
  return [
    { metric: `challenges data written in code (${data})`, value: setUpSeconds, unit: 's' },
    ...page(`${PAGES.list} (public list)`, rounds.list),
    ...page(`${PAGES.challenge} (challenge page)`, rounds.challenge),
    {
      metric: `/healthz requests/s (${CONNECTIONS} connections)`,
      value: health.rps,
      unit: 'req/s',
    },
    { metric: `/healthz failed responses`, value: health.failed, unit: '', target: le(0) },
    {
      metric: `conversion figures of ${YEAR} (median of ${FIGURE_RUNS})`,
      value: figured.ms,
      unit: 'ms',
      target: le(500),
    },
    {
      metric: `conversion figures of ${YEAR}: problems counted`,
      value: figured.total.problems,
      unit: '',
    },
    {
      metric: `conversion figures of ${YEAR}: solutions counted`,
      value: figured.total.solutions,
      unit: '',
    },
    {
      metric: `conversion figures of ${YEAR}: pilots counted`,
      value: figured.total.pilots,
      unit: '',
    },
  ];
}

export async function benchChallenges(engine: Engine, adminUrl?: string): Promise<BenchRow[]> {
  const { env, drop } = await surgeEnvironment(engine, adminUrl);
  try {
    console.error(`[${engine}] challenges: writing the national-scale data…`);
    const setUpSeconds = await setUpChallengesBench(env);
    const server = await startServer(env);
    let rounds: Awaited<ReturnType<typeof pagesAgainstHealth>>;
    try {
      rounds = await pagesAgainstHealth(server.origin);
    } finally {
      await server.stop();
    }
    console.error(`[${engine}] challenges: the conversion figures of ${YEAR}…`);
    return rowsOf(setUpSeconds, rounds, await figures(env));
  } finally {
    await drop();
  }
}

// `tsx bench/challenges/run.ts [pglite|postgres]`: this benchmark alone (PostgreSQL on
// BENCH_DATABASE_URL or TEST_DATABASE_URL).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const engine: Engine = process.argv[2] === 'postgres' ? 'postgres' : 'pglite';
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (engine === 'postgres' && !adminUrl) throw new Error('set BENCH_DATABASE_URL');
  const { printTable } = await import('../table');
  const rows = await benchChallenges(engine, engine === 'postgres' ? adminUrl : undefined);
  printTable(rows.map((r) => ({ ...r, engine })));
}
