// npx tsx bench/directory-search.ts (npm run bench:directory) — query plans of directory search on
// national-scale data, on PGlite and (when BENCH_DATABASE_URL is set) on PostgreSQL. Not a test
// and not part of npm test or npm run bench: it informs the load benchmark.
//
// For each engine it loads `seed:demo --scale national` data (the scale from BENCH_SCALE, seed
// BENCH_SEED) unless already there, then runs a dozen representative searches through
// searchOrganizations() — names typed without diacritics, two- and three-word sector phrases,
// with and without filters — and prints, per search, the median time of the whole call and the
// EXPLAIN ANALYZE planning and execution times of its two queries (the page and the count).
//
//   BENCH_PGLITE_DIR     reuse this PGlite data dir (loaded when empty, kept afterwards);
//                        default: a fresh temporary dir, deleted at the end
//   BENCH_DATABASE_URL   a PostgreSQL database the bench may fill (loaded when its directory is
//                        empty, reused when it already holds the data)
//   BENCH_SHARED_BUFFERS PGlite buffer pool (default 16MB, as PGLITE_SHARED_BUFFERS)
//   BENCH_PLANS=1        print every plan, not only those of the three slowest searches
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { Logger } from 'drizzle-orm/logger';
import pg from 'pg';
import {
  countDirectoryRecords,
  DEFAULT_UNTIL,
  generateOrganizations,
  SEED_SCALES,
  seedDirectory,
  type SeedScale,
} from '../src/modules/directory';
import {
  searchOrganizations,
  type OrganizationFilters,
  type OrganizationSort,
} from '../src/modules/directory/db/organizations.repository';
import { innovativeSince } from '../src/modules/directory/services/organizations.queries';
import { searchTerms, sortName } from '../src/modules/directory/services/search-fields';
import { migrateDatabase, openDatabase, type Database, type Db } from '../src/platform/db/client';
import { schema } from '../src/platform/db/schema';
import { searchKey } from '../src/platform/text/vietnamese';

const SCALE = (process.env.BENCH_SCALE ?? 'national') as SeedScale;
const SEED = Number(process.env.BENCH_SEED ?? 1);
const RUNS = 5;
const SLOWEST = 3;

interface Search {
  label: string;
  q?: string;
  filters?: OrganizationFilters;
  sort?: OrganizationSort;
  page?: number;
}

const today = new Date(`${DEFAULT_UNTIL}T03:00:00Z`);

/** Names of generated organisations as someone would type them: no marks, no legal form. */
function typedNames(): string[] {
  const names: string[] = [];
  for (const o of generateOrganizations({ seed: SEED, organizations: 2_000, people: 0 })) {
    const name = searchKey(sortName(o.fields));
    if (['startup', 'sme'].includes(o.fields.kind) && name.split(' ').length >= 3) names.push(name);
  }
  return [names[7]!, names[400]!];
}

/** One letter dropped from the longest word: a small typo. */
const typo = (name: string) => {
  const longest = name.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
  return name.replace(longest, longest.slice(0, 2) + longest.slice(3));
};

function searches(): Search[] {
  const [name1, name2] = typedNames() as [string, string];
  return [
    { label: 'name, no marks', q: name1 },
    { label: 'name with a typo', q: typo(name2) },
    { label: 'one word', q: 'fintech' },
    { label: '2-word sector', q: 'nong nghiep' },
    { label: '2-word sector', q: 'thuy san' },
    { label: '3-word sector', q: 'tri tue nhan tao' },
    { label: '2 words + province', q: 'du lich', filters: { provinceCode: '48' } },
    { label: '2 words + kind', q: 'cong nghe', filters: { kind: 'startup' } },
    { label: '3 words + sector', q: 'an ninh mang', filters: { sector: 'cybersecurity' } },
    { label: 'place name', q: 'da nang' },
    { label: '2 words, page 50', q: 'cong nghe', page: 50 },
    { label: 'list: kind + province', filters: { kind: 'startup', provinceCode: '79' } },
    {
      label: 'list: innovative + sector',
      filters: { sector: 'agritech', registeredSince: innovativeSince(today) },
    },
  ];
}

interface Captured {
  sql: string;
  params: unknown[];
}

/** A Drizzle handle on the same connection that records the SQL it sends. */
function capturingDb(database: Database, pool: pg.Pool | undefined, log: Captured[]): Db {
  const logger: Logger = { logQuery: (sql, params) => log.push({ sql, params }) };
  return (database.pglite
    ? drizzlePglite({ client: database.pglite, schema, logger })
    : drizzlePg({ client: pool!, schema, logger })) as unknown as Db;
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Actual Total Time'?: number;
  Plans?: PlanNode[];
}

function planShape(node: PlanNode, depth = 0): string {
  const name = node['Index Name']
    ? `${node['Node Type']}(${node['Index Name']})`
    : node['Node Type'];
  const children = (node.Plans ?? []).map((p) => planShape(p, depth + 1)).filter(Boolean);
  if (depth > 3) return name;
  return children.length ? `${name} ← ${children.join(' + ')}` : name;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f1 = (n: number) => n.toFixed(1);

async function load(database: Database) {
  const counts = await countDirectoryRecords(database);
  const wanted = SEED_SCALES[SCALE].organizations + SEED_SCALES[SCALE].people;
  if (counts.total - counts.demo >= wanted) {
    console.error(`[${database.engine}] reusing ${counts.total.toLocaleString('en-US')} records`);
    return;
  }
  if (counts.total > counts.demo)
    throw new Error('the directory holds other data; use an empty one');
  const started = performance.now();
  let last = 0;
  const result = await seedDirectory(database, {
    seed: SEED,
    ...SEED_SCALES[SCALE],
    onProgress: (p) => {
      if (performance.now() - last > 15_000 || p.done === p.total) {
        last = performance.now();
        console.error(
          `[${database.engine}] ${p.phase} ${p.done}/${p.total} · ${f1((last - started) / 1000)} s`,
        );
      }
    },
  });
  console.error(
    `[${database.engine}] loaded ${result.organizations} organisations, ${result.people} people in ${f1((performance.now() - started) / 1000)} s`,
  );
}

async function explain(database: Database, pool: pg.Pool | undefined, q: Captured) {
  const text = `explain (analyze, buffers, format json) ${q.sql}`;
  const rows = pool
    ? (await pool.query(text, q.params)).rows
    : (await database.pglite!.query<Record<string, unknown>>(text, q.params)).rows;
  const plan = (rows[0] as { 'QUERY PLAN': unknown })['QUERY PLAN'];
  const [top] = (typeof plan === 'string' ? JSON.parse(plan) : plan) as [
    { Plan: PlanNode; 'Planning Time': number; 'Execution Time': number },
  ];
  return { planning: top['Planning Time'], execution: top['Execution Time'], plan: top.Plan };
}

async function textPlan(database: Database, pool: pg.Pool | undefined, q: Captured) {
  const text = `explain (analyze, buffers) ${q.sql}`;
  const rows = pool
    ? (await pool.query(text, q.params)).rows
    : (await database.pglite!.query<Record<string, unknown>>(text, q.params)).rows;
  return rows.map((r) => String((r as { 'QUERY PLAN': string })['QUERY PLAN'])).join('\n');
}

async function benchEngine(database: Database, pool: pg.Pool | undefined) {
  await load(database);
  const log: Captured[] = [];
  const db = capturingDb(database, pool, log);
  console.log(
    `\n## ${database.engine}${database.pglite ? ` (shared_buffers ${process.env.BENCH_SHARED_BUFFERS ?? '16MB'})` : ''}\n`,
  );
  console.log(
    '| search | filters | total | first result | call median ms | page query plan / exec ms | count query plan / exec ms | page plan |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  const measured: { label: string; ms: number; page: Captured; count: Captured }[] = [];
  for (const s of searches()) {
    const params = {
      terms: searchTerms(s.q),
      filters: s.filters ?? {},
      sort: s.sort ?? (s.q ? 'relevance' : 'name'),
      limit: 20,
      offset: ((s.page ?? 1) - 1) * 20,
    } as const;
    await searchOrganizations(db, params); // warm-up
    const times: number[] = [];
    let total = 0;
    let first = '';
    for (let i = 0; i < RUNS; i++) {
      log.length = 0;
      const started = performance.now();
      const result = await searchOrganizations(db, params);
      times.push(performance.now() - started);
      total = result.total;
      first = result.rows[0]?.legalName ?? '';
    }
    const [page, count] = [log[0]!, log[1]!];
    const a = await explain(database, pool, page);
    const b = await explain(database, pool, count);
    const filters = Object.entries(s.filters ?? {})
      .map(([k, v]) => `${k}=${k === 'registeredSince' ? '≤5y' : v}`)
      .concat(s.page ? [`page ${s.page}`] : [])
      .join(', ');
    console.log(
      `| ${s.q ? `"${s.q}"` : '—'} (${s.label}) | ${filters || '—'} | ${total} | ${first.slice(0, 50)} | ${f1(median(times))} | ${f1(a.planning)} / ${f1(a.execution)} | ${f1(b.planning)} / ${f1(b.execution)} | ${planShape(a.plan)} |`,
    );
    measured.push({
      label: `${s.q ? `"${s.q}"` : '(no query)'} ${filters}`,
      ms: a.execution + b.execution,
      page,
      count,
    });
  }
  const shown = process.env.BENCH_PLANS
    ? measured
    : [...measured].sort((x, y) => y.ms - x.ms).slice(0, SLOWEST);
  console.log(`\nPlans of the ${process.env.BENCH_PLANS ? '' : `${SLOWEST} slowest `}searches:`);
  for (const m of shown) {
    console.log(`\n### ${database.engine}: ${m.label}\n\npage query:\n`);
    console.log(await textPlan(database, pool, m.page));
    console.log('\ncount query:\n');
    console.log(await textPlan(database, pool, m.count));
  }
}

async function main() {
  if (process.argv.includes('--help')) {
    console.log(
      'usage: [BENCH_PGLITE_DIR=…] [BENCH_DATABASE_URL=…] [BENCH_SCALE=national|province] [BENCH_SEED=1] [BENCH_PLANS=1] npm run bench:directory\nLoads the data when absent (minutes at national scale), then prints EXPLAIN ANALYZE of representative searches.',
    );
    return;
  }
  const ownDir = !process.env.BENCH_PGLITE_DIR;
  const dataDir =
    process.env.BENCH_PGLITE_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'innohub-dirbench-'));
  console.log(
    `# Directory search plans, ${SCALE} scale (seed ${SEED}), load ${os.loadavg().map(f1).join(' ')}`,
  );
  const pglite = await openDatabase({
    dataDir,
    sharedBuffers: process.env.BENCH_SHARED_BUFFERS ?? '16MB',
  });
  try {
    await migrateDatabase(pglite);
    await benchEngine(pglite, undefined);
  } finally {
    await pglite.close();
    if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  }
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    const database = await openDatabase({ databaseUrl: url });
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await migrateDatabase(database);
      await benchEngine(database, pool);
    } finally {
      await pool.end();
      await database.close();
    }
  }
  console.log(`\nload average at the end: ${os.loadavg().map(f1).join(' ')}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
