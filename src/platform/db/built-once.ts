import type { Db } from './client';

/**
 * A query on a hot path built once per database handle (Drizzle's `prepare`, its values given as
 * placeholders), instead of on every call: building a select of a dozen columns with a join costs
 * 100–200 µs, as much as the round trip that runs it. A transaction handle gets its own copy.
 */
export function builtOnce<Query>(build: (db: Db) => Query): (db: Db) => Query {
  const built = new WeakMap<Db, Query>();
  return (db) => {
    let query = built.get(db);
    if (!query) built.set(db, (query = build(db)));
    return query;
  };
}
