import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../../test/support/db';
import type { Database } from './client';
import { tz } from './columns';
import { rowsOf } from './raw-rows';
import { nextVersion, updateAtVersion, updateAtVersionStatement } from './versioned';
import { failedRowsRequired, rowsRequired } from './violations';

const notes = pgTable('test_versioned_notes', {
  id: text('id').primaryKey(),
  body: text('body').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

describe.each(testEngines)('versioned updates on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await database.query(
      `create table test_versioned_notes (id text primary key, body text not null, version integer not null default 1, updated_at timestamptz not null default '2020-01-01')`,
    );
    await database.db.insert(notes).values({ id: 'a', body: 'Bản đầu' });
  });
  afterAll(() => database.close());

  it('applies an edit made from the stored version, moves the version and the time', async () => {
    const saved = await updateAtVersion(database.db, notes, eq(notes.id, 'a'), 1, {
      body: 'Bản hai',
    });
    expect(saved).toMatchObject({ id: 'a', body: 'Bản hai', version: 2 });
    expect(saved!.updatedAt.getTime()).toBeGreaterThan(Date.parse('2021-01-01'));
  });

  it('refuses a stale edit and leaves the row as it was', async () => {
    const stale = await updateAtVersion(database.db, notes, eq(notes.id, 'a'), 1, { body: 'Cũ' });
    expect(stale).toBeUndefined();
    const [row] = await database.db.select().from(notes).where(eq(notes.id, 'a'));
    expect(row).toMatchObject({ body: 'Bản hai', version: 2 });
    expect(await updateAtVersion(database.db, notes, eq(notes.id, 'gone'), 2, { body: 'x' })).toBe(
      undefined,
    );
  });

  it('lets exactly one of two concurrent edits from the same version land', async () => {
    const both = await Promise.all(
      ['Lan', 'Minh'].map((body) =>
        database.db.transaction((tx) => updateAtVersion(tx, notes, eq(notes.id, 'a'), 2, { body })),
      ),
    );
    expect(both.filter(Boolean)).toHaveLength(1);
    const [row] = await database.db.select().from(notes).where(eq(notes.id, 'a'));
    expect(row!.version).toBe(3);
  });

  it('bumps unconditionally when a change needs no expected version', async () => {
    await database.db
      .update(notes)
      .set({ body: sql`${notes.body} || '!'`, ...nextVersion(notes) })
      .where(eq(notes.id, 'a'));
    const [row] = await database.db.select().from(notes).where(eq(notes.id, 'a'));
    expect(row!.version).toBe(4);
  });

  it('runs as a statement of data-modifying CTEs, whose other writes a stale edit undoes', async () => {
    await database.db.insert(notes).values({ id: 'b', body: 'Một' });
    // The other write: a note written only with the edit.
    const alongside = (id: string) =>
      database.db.insert(notes).values({ id, body: 'Kèm' }).getSQL();
    const edit = (version: number, id: string) =>
      database.db.execute(sql`with
        edited as (${updateAtVersionStatement(database.db, notes, eq(notes.id, 'b'), version, {
          body: `Bản ${version + 1}`,
        })}),
        alongside as (${alongside(id)})
      select (select body from edited) as body, ${rowsRequired('edited')} as is_edited`);
    expect(rowsOf(await edit(1, 'b-with-2'))).toEqual([{ body: 'Bản 2', is_edited: 1 }]);
    const stale = await edit(1, 'b-with-stale').catch((err: unknown) => err);
    expect(failedRowsRequired(stale)).toBe(true);
    const rows = await database.query(`select id, body, version from test_versioned_notes
      where id like 'b%' order by id`);
    expect(rows).toEqual([
      { id: 'b', body: 'Bản 2', version: 2 },
      { id: 'b-with-2', body: 'Kèm', version: 1 },
    ]);
  });
});
