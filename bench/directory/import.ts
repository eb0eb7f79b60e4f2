// Import of 10,000 rows as staff do it (upload → dry run, upload → run, the same file again),
// through the application in process, into an empty directory: on-disk PGlite, or a fresh
// PostgreSQL database. The CSV is a register-like sheet (test/support/import-sheet.ts). This was
// a test until issue 10; its assertions stay here: each row imported once, the second run idempotent.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../../src/platform/db/client';
import { createTestApp, TEST_ORIGIN } from '../../test/support/app';
import { createUser, signIn } from '../../test/support/actors';
import type { Row } from '../table';
import { registerSheet } from '../../test/support/import-sheet';
import { settleJobs } from '../../test/support/jobs';

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

/** Throws unless the page of the finished job shows `pattern`: the benchmark's assertions. */
function expectPage(html: string, pattern: RegExp, step: string) {
  if (!pattern.test(html)) throw new Error(`import ${step}: the job page does not show ${pattern}`);
}

/**
 * Seconds from the upload to the end of a dry run, of the run, and of a second run of the same
 * file; throws unless the dry run would create every row, the run created every row once with no
 * row in error, and the second run changed nothing.
 */
async function timeImport(engine: 'pglite' | 'postgres', adminUrl?: string) {
  const { database, cleanup } = await emptyDatabase(engine, adminUrl);
  await migrateDatabase(database);
  const t = await createTestApp(engine, { BODY_LIMIT_BYTES: String(20 * 2 ** 20) }, database);
  const n = IMPORT_ROWS.toLocaleString('vi-VN');
  try {
    await createUser(t, { email: 'staff@bench.example', roles: ['staff'] });
    const staff = await signIn(t, 'staff@bench.example');
    const sheet = registerSheet(IMPORT_ROWS);
    const timed = async (action: 'check' | 'run') => {
      const form = new FormData();
      form.set('file', new File([sheet], 'so-khcn.csv'));
      const started = performance.now();
      const res = await t.app.request('/directory/import', {
        method: 'POST',
        body: form,
        headers: { origin: TEST_ORIGIN, cookie: staff.cookieHeader },
      });
      const job = res.headers.get('location');
      if (!job) throw new Error(`import upload answered ${res.status}`);
      await staff.post(`${job}/${action}`);
      await settleJobs(t);
      const seconds = (performance.now() - started) / 1000;
      return { seconds, html: await (await staff.get(job)).text() };
    };
    const check = await timed('check');
    expectPage(check.html, new RegExp(`Sẽ tạo mới</dt><dd>${n}</dd>`), 'dry run');
    const run = await timed('run');
    expectPage(run.html, new RegExp(`Tạo mới</dt><dd>${n}</dd>`), 'run');
    expectPage(run.html, /Dòng lỗi<\/dt><dd>0<\/dd>/, 'run');
    const again = await timed('run');
    expectPage(again.html, new RegExp(`Không thay đổi</dt><dd>${n}</dd>`), 'second run');
    const [row] = await database.query<{ n: number }>(
      'select count(*)::int as n from directory_organizations',
    );
    if (Number(row?.n) !== IMPORT_ROWS) throw new Error(`import stored ${row?.n} rows`);
    return { check: check.seconds, run: run.seconds, again: again.seconds };
  } finally {
    await t.close();
    await cleanup();
  }
}

/** The import's rows of the benchmark table (BENCH_ONLY=import runs only these). */
export async function benchImport(engine: 'pglite' | 'postgres', rows: Row[], adminUrl?: string) {
  console.error(`[${engine}] import of ${IMPORT_ROWS} rows…`);
  const count = IMPORT_ROWS.toLocaleString('en-US');
  const seconds = await timeImport(engine, adminUrl);
  const add = (metric: string, value: number, target?: Row['target']) =>
    rows.push({ engine, metric, value, unit: 's', target });
  add(`import of ${count} rows: dry run`, seconds.check);
  add(`import of ${count} rows`, seconds.run, { op: '<=', value: 30 });
  add(`import of the same ${count} rows again (all unchanged)`, seconds.again);
}
