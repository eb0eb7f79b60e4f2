import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../../test/support/db';
import { openDatabase, pendingMigrations, type Database } from './client';

it('copies the templates migrated by the global setup rather than migrating each database', () => {
  expect(inject('pgliteTemplate')).toEqual(expect.any(String));
  if (process.env.TEST_DATABASE_URL) {
    expect(inject('postgresTemplate')).toMatch(/^innohub_template_[0-9a-f]+$/);
  }
});

describe.each(testEngines)('a test database on %s', (engine) => {
  // Under vitest it is a copy of the run's template (test/support/templates.ts): a copy that lost
  // something would fail here rather than as a puzzling error in another test.
  it('starts with every migration applied and the trigram extension working', async () => {
    const database = await openTestDatabase(engine);
    try {
      expect(await pendingMigrations(database)).toBe(0);
      const [row] = await database.query<{ s: number }>(
        `select similarity('innohub', 'inohub') as s`,
      );
      expect(row!.s).toBeGreaterThan(0.3);
    } finally {
      await database.close();
    }
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('the PostgreSQL pool', () => {
  const pid = async (database: Database) =>
    (await database.query<{ pid: number }>('select pg_backend_pid() as pid'))[0]!.pid;

  it('keeps a connection whose statement the database refused, drops one that broke', async () => {
    const database = await openTestDatabase('postgres');
    try {
      const first = await pid(database);
      // Refusals: a guard's division by zero, a unique violation through Drizzle.
      await expect(database.query('select 1 / 0')).rejects.toMatchObject({ code: '22012' });
      await database.query('create temporary table t (id int primary key)');
      await database.db.execute(sql`insert into t values (1)`);
      await expect(database.db.execute(sql`insert into t values (1)`)).rejects.toThrow();
      expect(await pid(database)).toBe(first);
      // The server ends this very connection mid-statement (FATAL): it leaves the pool.
      await expect(
        database.query('select pg_terminate_backend(pg_backend_pid())'),
      ).rejects.toThrow();
      const next = await pid(database);
      expect(next).not.toBe(first);
      expect(await pid(database)).toBe(next);
    } finally {
      await database.close();
    }
  });

  it('outlives the server closing its idle connections (a restart, a failover)', async () => {
    const database = await openTestDatabase('postgres');
    try {
      await Promise.all([1, 2, 3].map(() => database.query('select pg_sleep(0.05)')));
      const [{ n } = { n: 0 }] = await database.query<{ n: number }>(
        `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()`,
      );
      expect(n).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      // the closed connections left the pool: the next queries open new ones
      const rows = await database.query<{ ok: number }>('select 1 as ok');
      expect(rows).toEqual([{ ok: 1 }]);
    } finally {
      await database.close();
    }
  });
});

describe('the embedded engine', () => {
  it('lets timers and sockets run during a long series of queries', async () => {
    const database = await openDatabase({});
    try {
      let fired = false;
      setTimeout(() => (fired = true), 0);
      let queriesBeforeTimer = 0;
      // each answer comes on this thread: without a pause the whole series would run first
      for (; queriesBeforeTimer < 2_000 && !fired; queriesBeforeTimer++) {
        await database.query('select 1');
      }
      expect(fired).toBe(true);
      expect(queriesBeforeTimer).toBeLessThan(2_000);
    } finally {
      await database.close();
    }
  });
});
