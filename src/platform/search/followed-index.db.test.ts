import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../../test/support/db';
import { openDatabase, type Database, type Db } from '../db/client';
import { recordSearchChanges } from './changes';
import { FollowedIndex } from './followed-index';
import type { SearchDocument } from './text-index';

const SOURCE = 'test_listings';

/** A listing's title gives its version too: "v2 …" is version 2, anything else version 1. */
const versionOf = (title: string) => Number(/^v(\d+) /.exec(title)?.[1] ?? 1);

const doc = (id: string, title: string): SearchDocument => ({
  id,
  names: title,
  title,
  body: '',
  sortKey: title,
  createdAt: 0,
  updatedAt: 0,
  revision: versionOf(title),
  facets: {},
});

describe.each(testEngines)('a followed search index on %s', (engine) => {
  let database: Database;
  /** The source table, as the index's documents() reads it, and the reads it was asked for. */
  const listed = new Map<string, string>();
  const reads: (string[] | 'all')[] = [];
  const index = new FollowedIndex({
    changes: SOURCE,
    documents: async (_db, ids) => {
      reads.push(ids ? [...ids].sort() : 'all');
      return [...listed]
        .filter(([id]) => !ids || ids.includes(id))
        .map(([id, title]) => doc(id, title));
    },
  });
  const found = async (db: Db, text: string) =>
    (await index.of(db)).search({ text, sort: 'relevance', limit: 10 }).ids.sort();
  /** A write as a module makes it: the row and its change in one transaction. */
  const write = (db: Db, id: string, title?: string) =>
    db.transaction(async (tx) => {
      if (title === undefined) listed.delete(id);
      else listed.set(id, title);
      await recordSearchChanges(tx, SOURCE, [id]);
    });

  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('reads the source once, then only the records changed since, and nothing while none did', async () => {
    const db = database.db;
    listed.set('a', 'may say nong san');
    listed.set('b', 'cam bien do am');
    expect(await found(db, 'may say')).toEqual(['a']);
    expect(await found(db, 'cam bien')).toEqual(['b']);
    expect(reads).toEqual(['all']);
    await write(db, 'b', 'cam bien nhiet do');
    await write(db, 'c', 'may say bom nhiet');
    expect(await found(db, 'may say')).toEqual(['a', 'c']);
    expect(await found(db, 'nhiet do')).toEqual(['b']);
    expect(reads).toEqual(['all', ['b', 'c']]);
  });

  it('drops a record the source no longer lists', async () => {
    await write(database.db, 'a');
    expect(await found(database.db, 'may say')).toEqual(['c']);
  });

  it('sees a change recorded through another handle on the database, as another process would', async () => {
    const db = database.db;
    expect(await found(db, 'loc nuoc')).toEqual([]);
    // A transaction is a handle of its own: the app handle's index learns of it from the table.
    await db.transaction((tx) => write(tx, 'd', 'loc nuoc gieng khoan'));
    expect(await found(db, 'loc nuoc')).toEqual(['d']);
  });

  it('serves a listed row from memory only while the index holds its version', async () => {
    const db = database.db;
    await write(db, 'g', 'may cat laser');
    const fetched: string[][] = [];
    const rows = async () => {
      const ids = (await index.of(db)).search({ text: 'laser', sort: 'relevance', limit: 10 }).ids;
      const read = (_db: Db, wanted: readonly string[]) => {
        fetched.push([...wanted]);
        return Promise.resolve(
          wanted.flatMap((id) => {
            const title = listed.get(id);
            return title ? [{ id, version: versionOf(title), title }] : [];
          }),
        );
      };
      return (await index.rowsInOrder(db, ids, read)).map((r) => r.title);
    };
    expect(await rows()).toEqual(['may cat laser']);
    expect(await rows()).toEqual(['may cat laser']);
    expect(fetched).toEqual([['g']]);
    await write(db, 'g', 'v2 may cat laser co');
    expect(await rows()).toEqual(['v2 may cat laser co']);
    expect(fetched).toEqual([['g'], ['g']]);
  });

  it.runIf(engine === 'postgres')(
    'never reads past a change that commits after a later one',
    async () => {
      const db = database.db;
      const other = await openDatabase({ databaseUrl: database.url });
      try {
        expect(await found(db, 'xu ly')).toEqual([]);
        let commit = () => {};
        const committed = new Promise<void>((resolve) => (commit = resolve));
        // The other process draws the lower seq and is still writing when a later change commits.
        let recorded = () => {};
        const drawn = new Promise<void>((resolve) => (recorded = resolve));
        const slow = other.db.transaction(async (tx) => {
          await write(tx, 'e', 'xu ly nuoc thai');
          recorded();
          await committed;
        });
        await drawn;
        await write(db, 'f', 'xu ly rac thai');
        // The search waits for the slow writer rather than reading past its change.
        const searched = found(db, 'xu ly');
        setTimeout(commit, 200);
        await slow;
        expect(await searched).toEqual(['e', 'f']);
        expect(await found(db, 'nuoc thai')).toEqual(['e']);
      } finally {
        await other.close();
      }
    },
  );
});
