import { sql, type Placeholder, type SQL } from 'drizzle-orm';
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

export type BuiltStatement = (db: Db, values: Record<string, unknown>) => Promise<unknown>;

/**
 * A raw statement (sql``, what varies in it as `sql.placeholder(name)`) built once per database
 * handle and run with its values; the result is db.execute's. Building a statement of several
 * data-modifying CTEs (a registration with its seat and its mail) took about a tenth of the
 * server's CPU in a registration surge, for a text that never changes.
 */
export function statementBuiltOnce(build: (db: Db) => SQL): BuiltStatement {
  const prepared = builtOnce((db) =>
    db._.session.prepareQuery(db.execute(build(db)).getQuery(), undefined, undefined, false),
  );
  return (db, values) => prepared(db).execute(values);
}

/** Placeholders for `keys`, named `${prefix}.${key}` (prefixes keep a statement's parts apart). */
export function placeholdersOf<K extends string>(
  prefix: string,
  keys: readonly K[],
): Record<K, Placeholder> {
  return Object.fromEntries(keys.map((k) => [k, sql.placeholder(`${prefix}.${k}`)])) as Record<
    K,
    Placeholder
  >;
}

/** The values of placeholdersOf(prefix, …) from a row; a missing one is null. */
export function placeholderValues<K extends string>(
  prefix: string,
  keys: readonly K[],
  row: Partial<Record<K, unknown>>,
): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [`${prefix}.${k}`, row[k] ?? null]));
}
