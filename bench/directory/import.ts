// Import of 10,000 rows as staff do it (upload → run → done), through the application in process,
// into an empty directory: on-disk PGlite, or a fresh PostgreSQL database. The CSV is the
// register-like sheet of the 10,000-row import test.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { settleImports } from '../../src/modules/directory/import/jobs';
import { migrateDatabase, openDatabase, type Database } from '../../src/platform/db/client';
import { createTestApp, TEST_ORIGIN } from '../../test/support/app';
import { createUser, signIn } from '../../test/support/actors';
import { registerSheet } from '../../test/support/import-sheet';

export const IMPORT_ROWS = 10_000;

async function emptyDatabase(engine: 'pglite' | 'postgres', adminUrl?: string) {
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'innohub-bench-import-'));
    const database = await openDatabase({ dataDir: dir });
    return { database, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `innohub_bench_import_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  const database: Database = await openDatabase({ databaseUrl: url.toString() });
  return {
    database,
    cleanup: async () => {
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}

/** Seconds from the upload to the end of the run; throws unless all rows were stored. */
export async function timeImport(engine: 'pglite' | 'postgres', adminUrl?: string) {
  const { database, cleanup } = await emptyDatabase(engine, adminUrl);
  await migrateDatabase(database);
  const t = await createTestApp(engine, { BODY_LIMIT_BYTES: String(20 * 2 ** 20) }, database);
  try {
    await createUser(t, { email: 'staff@bench.example', roles: ['staff'] });
    const staff = await signIn(t, 'staff@bench.example');
    const form = new FormData();
    form.set('file', new File([registerSheet(IMPORT_ROWS)], 'so-khcn.csv'));
    const started = performance.now();
    const res = await t.app.request('/directory/import', {
      method: 'POST',
      body: form,
      headers: { origin: TEST_ORIGIN, cookie: staff.cookieHeader },
    });
    const job = res.headers.get('location');
    if (!job) throw new Error(`import upload answered ${res.status}`);
    await staff.post(`${job}/run`);
    await settleImports();
    const seconds = (performance.now() - started) / 1000;
    const [row] = await database.query<{ n: number }>(
      'select count(*)::int as n from directory_organizations',
    );
    if (Number(row?.n) !== IMPORT_ROWS) throw new Error(`import stored ${row?.n} rows`);
    return seconds;
  } finally {
    await t.close();
    await cleanup();
  }
}
