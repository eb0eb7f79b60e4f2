import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import { types } from '@electric-sql/pglite';
import utils from 'pg/lib/utils.js';
import { serialize } from 'pg-protocol';

/** Enough for every statement the application sends (they are built from a fixed set of queries). */
const MOST_PREPARED = 2000;

/**
 * PGlite's own `query` sends a statement as six separate protocol exchanges (parse, describe the
 * statement to learn its parameters' types, bind, describe, execute, sync), each a crossing into
 * WebAssembly with its buffers and message parsing, and the engine parses and plans it again
 * every time; and when the caller passes parsers, as Drizzle does on every query, it copies its
 * table of ~600 type parsers (one per array type of every catalog and application table) for
 * each result. Here a statement goes as one message, a statement with parameters is parsed and
 * planned once and then only bound and executed (a prepared statement, as node-postgres makes
 * for a named query), and values are parsed by looking their parsers up (decision 027).
 * Parameters are converted to text as node-postgres does on the PostgreSQL engine, so both
 * engines receive the same values and PostgreSQL infers their types alike.
 */
export function sendQueriesInOneMessage(client: PGlite, mostPrepared = MOST_PREPARED): void {
  const query = client.query.bind(client);
  const transaction = client.transaction.bind(client);
  const engine: Engine = { client, prepared: new Map(), named: 0, mostPrepared };
  client.query = (async (sql: string, params?: unknown[], options?: QueryOptions) => {
    if (!isPlain(options)) return query(sql, params, options);
    await client._checkReady();
    return client._runExclusiveTransaction(async () => {
      const result = await client._runExclusiveQuery(() => run(engine, sql, params, options));
      await client.syncToFs();
      return result;
    });
  }) as PGlite['query'];
  client.transaction = ((work: (tx: Transaction) => Promise<unknown>) =>
    transaction((tx) => work(inOneMessage(engine, tx)))) as PGlite['transaction'];
}

interface Engine {
  client: PGlite;
  /** Prepared statements by their SQL, least recently used first. */
  prepared: Map<string, string>;
  named: number;
  mostPrepared: number;
}

/** The transaction's handle, its queries sent as one message each. */
function inOneMessage(engine: Engine, tx: Transaction): Transaction {
  const fast: Transaction = Object.create(tx);
  fast.query = (async (sql: string, params?: unknown[], options?: QueryOptions) => {
    if (!isPlain(options)) return tx.query(sql, params, options);
    if (tx.closed) throw new Error('Transaction is closed');
    return engine.client._runExclusiveQuery(() => run(engine, sql, params, options));
  }) as Transaction['query'];
  return fast;
}

/** Options this path honours: row mode and parsers (a blob, notices or typed parameters go the long way). */
const isPlain = (options?: QueryOptions) =>
  !options || (!options.blob && !options.onNotice && !options.paramTypes && !options.serializers);

async function run(engine: Engine, sql: string, params: unknown[] = [], options?: QueryOptions) {
  const known = engine.prepared.get(sql);
  if (known) {
    // Used again: the last to be closed when the limit is reached.
    engine.prepared.delete(sql);
    engine.prepared.set(sql, known);
  }
  // A statement without parameters (a migration's DDL, a count) is usually sent once: not kept.
  const name = known ?? (params.length ? `innohub_${++engine.named}` : '');
  const isNew = Boolean(name) && !known;
  const message = Buffer.concat([
    ...(isNew ? evictedIfFull(engine) : []),
    ...(known ? [] : [serialize.parse({ name, text: sql })]),
    serialize.bind({ statement: name, values: params.map((v) => utils.prepareValue(v)) }),
    serialize.describe({ type: 'P' }),
    serialize.execute({}),
    serialize.sync(),
  ]);
  let messages;
  try {
    ({ messages } = await engine.client.execProtocol(message, { syncToFs: false }));
  } catch (err) {
    // A new statement that failed is not kept; one that was parsed before the failure is closed.
    if (isNew) await forget(engine, name);
    throw Object.assign(err as Error, { query: sql, params, queryOptions: options });
  }
  if (isNew) engine.prepared.set(sql, name);
  return toResults(engine.client, messages as never, options);
}

/** Closes the oldest prepared statement when a new one would pass the limit. */
function evictedIfFull(engine: Engine): Buffer[] {
  if (engine.prepared.size < engine.mostPrepared) return [];
  const [sql, oldest] = engine.prepared.entries().next().value!;
  engine.prepared.delete(sql);
  return [serialize.close({ type: 'S', name: oldest })];
}

async function forget(engine: Engine, name: string) {
  const close = Buffer.concat([serialize.close({ type: 'S', name }), serialize.sync()]);
  await engine.client.execProtocol(close, { syncToFs: false, throwOnError: false });
}

interface Field {
  name: string;
  dataTypeID: number;
}
type Message =
  | { name: 'rowDescription'; fields: Field[] }
  | { name: 'dataRow'; fields: (string | null)[] }
  | { name: 'commandComplete'; text: string }
  | { name: string };

function toResults(client: PGlite, messages: Message[], options?: QueryOptions): Results {
  let fields: Field[] = [];
  const rows: unknown[] = [];
  const result: Results = { rows: rows as never, fields, affectedRows: 0 };
  const parse = (value: string | null, type: number) => {
    if (value === null) return null;
    const parser = options?.parsers?.[type] ?? client.parsers[type] ?? types.parsers[type];
    return parser ? parser(value, type) : value;
  };
  for (const m of messages) {
    if (m.name === 'rowDescription' && 'fields' in m) {
      fields = (m.fields as Field[]).map(({ name, dataTypeID }) => ({ name, dataTypeID }));
      result.fields = fields;
    } else if (m.name === 'dataRow' && 'fields' in m) {
      const values = (m.fields as (string | null)[]).map((v, i) => parse(v, fields[i]!.dataTypeID));
      rows.push(
        options?.rowMode === 'array'
          ? values
          : Object.fromEntries(values.map((v, i) => [fields[i]!.name, v])),
      );
    } else if (m.name === 'commandComplete' && 'text' in m) {
      countCommand(result, m.text);
    }
  }
  return result;
}

/** The command tag's figures, as PGlite reports them ("UPDATE 3": 3 affected rows). */
function countCommand(result: Results, tag: string) {
  const words = tag.split(' ');
  const command = words[0]!;
  const count = Number.parseInt(words.at(-1)!, 10);
  result.command = command;
  if (!Number.isNaN(count)) result.rowCount = count;
  if (['INSERT', 'UPDATE', 'DELETE', 'COPY', 'MERGE'].includes(command))
    result.affectedRows = count;
}
