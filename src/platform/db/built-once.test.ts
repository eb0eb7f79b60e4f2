import { describe, expect, it } from 'vitest';
import { builtOnce } from './built-once';
import type { Db } from './client';

describe('builtOnce', () => {
  it('builds a query once per database handle, and anew for another (a transaction)', () => {
    const builds: Db[] = [];
    const query = builtOnce((db) => {
      builds.push(db);
      return { on: db };
    });
    const pool = {} as Db;
    const tx = {} as Db;
    expect(query(pool)).toBe(query(pool));
    expect(query(tx).on).toBe(tx);
    expect(query(pool).on).toBe(pool);
    expect(builds).toEqual([pool, tx]);
  });
});
