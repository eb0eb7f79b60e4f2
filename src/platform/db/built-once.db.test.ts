import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../../test/support/db';
import { placeholdersOf, placeholderValues, statementBuiltOnce } from './built-once';
import type { Database, Db } from './client';
import { tz } from './columns';
import { rowsOf } from './raw-rows';

const letters = pgTable('test_built_letters', {
  id: text('id').primaryKey(),
  body: jsonb('body').$type<unknown>().notNull(),
  sentAt: tz('sent_at').notNull(),
  note: text('note'),
});
const KEYS = ['id', 'body', 'sentAt', 'note'] as const;

describe.each(testEngines)('statements built once on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await database.query(
      'create table test_built_letters (id text primary key, body jsonb not null, sent_at timestamptz not null, note text)',
    );
  });
  afterAll(() => database.close());

  it('builds the statement once per handle and runs it with each call’s values', async () => {
    const builds: Db[] = [];
    const insert = statementBuiltOnce((db) => {
      builds.push(db);
      return sql`with written as (${db.insert(letters).values(placeholdersOf('letter', KEYS)).returning().getSQL()})
        select id, body, sent_at, note from written`;
    });
    const sent = [
      {
        id: 'a',
        body: ['một', { hai: 2 }],
        sentAt: new Date('2026-12-07T02:00:00Z'),
        note: 'Ghi chú',
      },
      { id: 'b', body: { ba: 'ba' }, sentAt: new Date('2026-12-07T03:30:00Z') },
    ];
    const rows: Record<string, unknown>[] = [];
    for (const letter of sent)
      rows.push(
        ...rowsOf<Record<string, unknown>>(
          await insert(database.db, placeholderValues('letter', KEYS, letter)),
        ),
      );
    expect(builds).toEqual([database.db]);
    // The columns' own encodings apply (jsonb arrays stay arrays; times are the same instants);
    // a value not given is null.
    expect(rows.map((r) => [r.id, r.body, r.note])).toEqual([
      ['a', ['một', { hai: 2 }], 'Ghi chú'],
      ['b', { ba: 'ba' }, null],
    ]);
    const stored = await database.db.select().from(letters).orderBy(letters.id);
    expect(stored.map((l) => l.sentAt.toISOString())).toEqual(
      sent.map((l) => l.sentAt.toISOString()),
    );
    await database.db.transaction(async (tx) => {
      await insert(tx, placeholderValues('letter', KEYS, { ...sent[1]!, id: 'c' }));
    });
    expect(builds).toHaveLength(2);
  });
});
