import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendQueriesInOneMessage } from './pglite-queries';

const TABLE = `create table t (
  id text primary key, n int, big bigint, amount numeric, yes boolean, doc jsonb,
  at timestamptz, day date, tags text[], counts int[], raw bytea)`;
const ROW = [
  'a',
  7,
  9007199254740993n,
  '12.50',
  true,
  JSON.stringify({ q: 'Xin chào', n: [1, 2] }),
  new Date('2026-12-06T08:30:00.000Z'),
  '2026-02-28',
  ['Hà Nội', 'a "quoted", comma', 'back\\slash'],
  [1, 2, 3],
  Buffer.from([0, 1, 254, 255]),
];
const INSERT = `insert into t values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;

let stock: PGlite;
let fast: PGlite;
beforeAll(async () => {
  [stock, fast] = await Promise.all([PGlite.create(), PGlite.create()]);
  sendQueriesInOneMessage(fast);
});
afterAll(async () => {
  await Promise.all([stock.close(), fast.close()]);
});
beforeEach(async () => {
  for (const db of [stock, fast]) await db.exec(`drop table if exists t; ${TABLE}`);
});

describe('PGlite statements sent in one message', () => {
  it('stores and reads back every kind of value exactly as PGlite itself does', async () => {
    await stock.query(INSERT, ROW);
    await fast.query(INSERT, ROW);
    const select = `select * from t where id = $1`;
    const drizzleLike = { rowMode: 'array' as const, parsers: { 1184: (v: string) => v } };
    for (const options of [undefined, drizzleLike]) {
      const mine = await fast.query(select, ['a'], options);
      const theirs = await stock.query(select, ['a'], options);
      expect(mine.rows).toEqual(theirs.rows);
      expect(mine.fields).toEqual(theirs.fields);
    }
    const [row] = (await fast.query<Record<string, unknown>>(select, ['a'])).rows;
    expect(row!.tags).toEqual(ROW[8]);
    expect(row!.at).toEqual(ROW[6]);
    expect(row!.doc).toEqual({ q: 'Xin chào', n: [1, 2] });
  });

  it('reports affected rows and the command as PGlite does', async () => {
    for (const db of [stock, fast]) {
      await db.query(INSERT, ROW);
      await db.query(INSERT, ['b', ...ROW.slice(1)]);
    }
    const update = `update t set n = n + $1`;
    const mine = await fast.query(update, [1]);
    const theirs = await stock.query(update, [1]);
    expect(mine).toMatchObject({ affectedRows: 2, command: 'UPDATE' });
    expect(mine.affectedRows).toBe(theirs.affectedRows);
  });

  it('answers a failure with the database error, and the same statement works next time', async () => {
    await fast.query(INSERT, ROW);
    const failure = await fast.query(INSERT, ROW).catch((err: unknown) => err);
    expect(failure).toMatchObject({ code: '23505' });
    await fast.query(INSERT, ['b', ...ROW.slice(1)]);
    await fast.query(INSERT, ['b', ...ROW.slice(1)]).catch(() => undefined);
    await fast.query(INSERT, ['c', ...ROW.slice(1)]);
    expect((await fast.query(`select id from t order by id`)).rows).toEqual([
      { id: 'a' },
      { id: 'b' },
      { id: 'c' },
    ]);
  });

  it('keeps a transaction whole: a rolled-back write leaves nothing, a committed one stays', async () => {
    await fast
      .transaction(async (tx) => {
        await tx.query(INSERT, ROW);
        await tx.query(INSERT, ROW);
      })
      .catch(() => undefined);
    expect((await fast.query(`select count(*)::int as n from t`)).rows).toEqual([{ n: 0 }]);
    await fast.transaction(async (tx) => {
      await tx.query(INSERT, ROW);
    });
    expect((await fast.query(`select count(*)::int as n from t`)).rows).toEqual([{ n: 1 }]);
  });

  it('prepares a statement with parameters once and closes the least used past the limit', async () => {
    const limited = await PGlite.create();
    sendQueriesInOneMessage(limited, 3);
    const fast = limited;
    const prepared = async () =>
      (await fast.query<{ name: string }>(`select name from pg_prepared_statements order by name`))
        .rows.length;
    for (let i = 0; i < 3; i++) await fast.query(`select $1::int + ${i} as n`, [i]);
    expect(await prepared()).toBe(3);
    const again = await fast.query(`select $1::int + 0 as n`, [5]);
    expect(again.rows).toEqual([{ n: 5 }]);
    expect(await prepared()).toBe(3);
    for (let i = 3; i < 10; i++) await fast.query(`select $1::int + ${i} as n`, [i]);
    expect(await prepared()).toBe(3);
    expect((await fast.query(`select $1::int + 9 as n`, [1])).rows).toEqual([{ n: 10 }]);
    await limited.close();
  });
});
