// The real server killed with SIGKILL in the middle of a 10,000-row import, then started again on
// the same data: the import finishes by itself, every row stored exactly once (decision 011).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../bench/server';
import { migrateDatabase, openDatabase, type Database } from '../../src/platform/db/client';
import { createUser, TEST_PASSWORD } from '../support/actors';
import { createTestApp } from '../support/app';
import { testEngines } from '../support/db';
import { registerSheet } from '../support/import-sheet';

const ROWS = 10_000;
const STAFF = 'can-bo@crash.example';

interface Status {
  status: string;
  busy: boolean;
  done: number;
  total: number;
  counts: { created: number; updated: number; unchanged: number; failed: number } | null;
}

/** A data directory (PGlite) or a new database (PostgreSQL) with a staff account, for servers. */
async function prepareData(engine: 'pglite' | 'postgres') {
  let env: Record<string, string>;
  let open: () => Promise<Database>;
  let cleanup: () => Promise<void>;
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'innohub-crash-'));
    env = { DATA_DIR: dataDir };
    open = () => openDatabase({ dataDir });
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  } else {
    const adminUrl = process.env.TEST_DATABASE_URL!;
    const name = `innohub_crash_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'innohub-crash-'));
    env = { DATABASE_URL: url.toString(), DATA_DIR: dataDir };
    open = () => openDatabase({ databaseUrl: url.toString() });
    cleanup = async () => {
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const database = await open();
  await migrateDatabase(database);
  // The app of the tests on this database, only to create the account (it closes the database).
  const t = await createTestApp(engine, {}, database);
  await createUser(t, { email: STAFF, roles: ['staff'] });
  await t.close();
  return { env: { ...env, LOG_LEVEL: 'warn', DEMO_DATA: 'false' }, open, cleanup };
}

/** Staff's browser against a server: cookies kept, same-origin posts. */
async function signIn(server: RunningServer) {
  const res = await fetch(`${server.origin}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin },
    body: new URLSearchParams({ email: STAFF, password: TEST_PASSWORD }).toString(),
  });
  expect(res.status).toBe(303);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  // A server that stopped answering says why: its state and what it wrote to stderr.
  const request = (url: string, init: RequestInit = {}) =>
    fetch(`${server.origin}${url}`, {
      ...init,
      redirect: 'manual',
      headers: { cookie, origin: server.origin, ...(init.headers ?? {}) },
    }).catch((error: unknown) => {
      throw new Error(`${url}: ${String(error)}; server ${server.report()}`);
    });
  return {
    request,
    status: async (job: string) => (await (await request(`${job}/status`)).json()) as Status,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testEngines)('an import on %s survives SIGKILL', { timeout: 240_000 }, (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it(`finishes a ${ROWS}-row import after the server is killed half-way and started again`, async () => {
    const data = await prepareData(engine);
    cleanups.push(data.cleanup);
    const sheet = registerSheet(ROWS);
    const taxCodes = sheet
      .split('\r\n')
      .slice(1, ROWS + 1)
      .map((line) => line.split(';')[1]!);
    expect(new Set(taxCodes).size).toBe(ROWS);

    const first = await startServer(data.env);
    let killed = false;
    cleanups.push(async () => {
      if (!killed) await first.stop();
    });
    const staff = await signIn(first);
    const form = new FormData();
    form.set('file', new File([sheet], 'so-khcn.csv'));
    const uploaded = await staff.request('/directory/import', { method: 'POST', body: form });
    expect(uploaded.status).toBe(303);
    const job = uploaded.headers.get('location')!;
    const started = performance.now();
    expect((await staff.request(`${job}/run`, { method: 'POST' })).status).toBe(303);

    // Killed once some rows, and not all, are stored.
    let before: Status;
    for (;;) {
      before = await staff.status(job);
      if (before.done >= 1_000 || !before.busy) break;
      await sleep(50);
    }
    process.kill(first.pid, 'SIGKILL');
    killed = true;
    const killedAfter = (performance.now() - started) / 1000;
    expect(before.busy).toBe(true);
    expect(before.done).toBeGreaterThan(0);
    expect(before.done).toBeLessThan(ROWS);
    await sleep(200);

    const restarted = performance.now();
    const second = await startServer(data.env);
    let stopped = false;
    cleanups.push(async () => {
      if (!stopped) await second.stop();
    });
    const ready = (performance.now() - restarted) / 1000;
    const again = await signIn(second);
    let after: Status;
    let resumedAt: number | undefined;
    for (;;) {
      after = await again.status(job);
      if (resumedAt === undefined && after.done > before.done) resumedAt = performance.now();
      if (!after.busy) break;
      expect(performance.now() - restarted).toBeLessThan(100_000);
      await sleep(250);
    }
    const finished = (performance.now() - restarted) / 1000;
    expect(after).toMatchObject({ status: 'done', busy: false, done: ROWS, total: ROWS });
    expect(after.counts).toEqual({ created: ROWS, updated: 0, unchanged: 0, failed: 0 });
    const page = await (await again.request(job)).text();
    expect(page).toMatch(/Tạo mới<\/dt><dd>10\.000<\/dd>/);
    expect(page).toMatch(/Dòng lỗi<\/dt><dd>0<\/dd>/);
    expect((await second.stop()).code).toBe(0);
    stopped = true;

    const database = await data.open();
    try {
      const [stored] = await database.query<{ n: number; codes: number; all: number }>(
        `select count(*)::int as n, count(distinct tax_code)::int as codes,
                (select count(*)::int from directory_organizations) as all
         from directory_organizations where tax_code = any($1)`,
        [taxCodes],
      );
      expect(stored).toEqual({ n: ROWS, codes: ROWS, all: ROWS });
      const [changes] = await database.query<{ n: number }>(
        'select count(*)::int as n from directory_changes',
      );
      expect(changes!.n).toBe(ROWS);
      const [row] = await database.query<{ status: string; counts: Status['counts'] }>(
        'select status, counts from directory_imports where id = $1',
        [job.split('/').pop()],
      );
      expect(row).toEqual({
        status: 'done',
        counts: { created: ROWS, updated: 0, unchanged: 0, failed: 0 },
      });
      const audit = await database.query<{ after: { created: number } }>(
        `select after from platform_audit_log where action = 'directory.import:run'`,
      );
      expect(audit.map((a) => a.after.created)).toEqual([ROWS]);
    } finally {
      await database.close();
    }
    console.log(
      `[import crash ${engine}] killed after ${killedAfter.toFixed(1)} s at ${before.done} rows; ` +
        `restarted and ready in ${ready.toFixed(1)} s; resumed ${
          resumedAt ? ((resumedAt - restarted) / 1000).toFixed(1) : '?'
        } s and finished ${finished.toFixed(1)} s after the restart`,
    );
  });
});
