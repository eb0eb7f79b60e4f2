import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { prepareRepeatedStatements } from './pg-statements';

const preparedOf = async (client: pg.Client) =>
  (await client.query<{ statement: string }>(`select statement from pg_prepared_statements`)).rows
    .map((r) => r.statement)
    .sort();

describe.runIf(process.env.TEST_DATABASE_URL)(
  'statements prepared on a PostgreSQL connection',
  () => {
    it('prepares each statement with parameters once, answers as unprepared, and stops at the limit', async () => {
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      try {
        prepareRepeatedStatements(client, 2);
        const add = (i: number, value: number) =>
          client.query<{ n: number }>({ text: `select $1::int + ${i} as n` }, [value]);
        expect((await add(1, 41)).rows).toEqual([{ n: 42 }]);
        expect((await add(1, 1)).rows).toEqual([{ n: 2 }]);
        expect(await preparedOf(client)).toEqual(['select $1::int + 1 as n']);
        const failed = await client.query(`select $1::int as n`, ['not a number']).catch((e) => e);
        expect(failed).toMatchObject({ code: '22P02' });
        expect((await client.query(`select $1::int as n`, ['7'])).rows).toEqual([{ n: 7 }]);
        for (let i = 2; i < 6; i++) expect((await add(i, 1)).rows).toEqual([{ n: 1 + i }]);
        expect(await preparedOf(client)).toEqual([
          'select $1::int + 1 as n',
          'select $1::int as n',
        ]);
        expect((await client.query(`select 1 as n`)).rows).toEqual([{ n: 1 }]);
      } finally {
        await client.end();
      }
    });
  },
);
