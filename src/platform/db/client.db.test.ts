import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/db';
import { openDatabase } from './client';

describe.runIf(process.env.TEST_DATABASE_URL)('the PostgreSQL pool', () => {
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
