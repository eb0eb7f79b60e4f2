// National-scale directory data for the benchmark (seed:demo --scale national, seed 1), generated
// once and kept: on PGlite in BENCH_NATIONAL_DIR (default: a folder in the system's temp dir), on
// PostgreSQL in the database innohub_bench_national of the BENCH_DATABASE_URL server. Loading
// takes minutes (≈ 12 on PGlite, ≈ 6 on PostgreSQL on 2 cores); later runs reuse it.
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { countDirectoryRecords, SEED_SCALES, seedDirectory } from '../../src/modules/directory';
import { migrateDatabase, openDatabase, type Database } from '../../src/platform/db/client';

export const NATIONAL = SEED_SCALES.national;
export const SEED = 1;
const PG_NAME = 'innohub_bench_national';

export const nationalPgliteDir = () =>
  process.env.BENCH_NATIONAL_DIR ?? path.join(os.tmpdir(), 'innohub-bench-national');

async function ensureLoaded(database: Database, label: string) {
  await migrateDatabase(database);
  const counts = await countDirectoryRecords(database);
  if (counts.total >= NATIONAL.organizations + NATIONAL.people) return;
  if (counts.total > 0) throw new Error(`${label} holds other data; remove it and run again`);
  const started = performance.now();
  let last = 0;
  console.error(`[${label}] loading national data (minutes; kept for later runs)…`);
  await seedDirectory(database, {
    seed: SEED,
    ...NATIONAL,
    onProgress: (p) => {
      if (performance.now() - last > 30_000) {
        last = performance.now();
        console.error(`[${label}] ${p.phase} ${p.done}/${p.total}`);
      }
    },
  });
  console.error(`[${label}] loaded in ${Math.round((performance.now() - started) / 1000)} s`);
}

/** The PGlite data directory (a DATA_DIR) holding national data. */
export async function nationalPglite(): Promise<string> {
  const dir = nationalPgliteDir();
  const database = await openDatabase({ dataDir: dir });
  try {
    await ensureLoaded(database, 'pglite');
  } finally {
    await database.close();
  }
  return dir;
}

/** The URL of a PostgreSQL database holding national data. */
export async function nationalPostgres(adminUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [PG_NAME]);
  if (exists.rowCount === 0) await admin.query(`create database ${PG_NAME}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${PG_NAME}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  try {
    await ensureLoaded(database, 'postgres');
  } finally {
    await database.close();
  }
  return url.toString();
}
