import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import { types } from '@electric-sql/pglite';
import utils from 'pg/lib/utils.js';
import { serialize } from 'pg-protocol';

/**
 * PGlite's own `query` sends a statement as six separate protocol exchanges (parse, describe the
 * statement to learn its parameters' types, bind, describe, execute, sync), each a crossing into
 * WebAssembly with its buffers and message parsing; and when the caller passes parsers, as Drizzle
 * does on every query, it copies its table of ~600 type parsers (one per array type of every
 * catalog and application table) for each result. A statement here goes as one message and
 * parses its values by looking the parsers up: ~0.45 → ~0.15 ms per statement of engine overhead
 * (decision 027). Parameters are converted to text as node-postgres does on the PostgreSQL
 * engine, so both engines receive the same values and PostgreSQL infers their types alike.
 */
export function sendQueriesInOneMessage(client: PGlite): void {
  const query = client.query.bind(client);
  const transaction = client.transaction.bind(client);
  client.query = (async (sql: string, params?: unknown[], options?: QueryOptions) => {
    if (!isPlain(options)) return query(sql, params, options);
    await client._checkReady();
    return client._runExclusiveTransaction(async () => {
      const result = await client._runExclusiveQuery(() => run(client, sql, params, options));
      await client.syncToFs();
      return result;
    });
  }) as PGlite['query'];
  client.transaction = ((work: (tx: Transaction) => Promise<unknown>) =>
    transaction((tx) => work(inOneMessage(client, tx)))) as PGlite['transaction'];
}

/** The transaction's handle, its queries sent as one message each. */
function inOneMessage(client: PGlite, tx: Transaction): Transaction {
  const fast: Transaction = Object.create(tx);
  fast.query = (async (sql: string, params?: unknown[], options?: QueryOptions) => {
    if (!isPlain(options)) return tx.query(sql, params, options);
    if (tx.closed) throw new Error('Transaction is closed');
    return client._runExclusiveQuery(() => run(client, sql, params, options));
  }) as Transaction['query'];
  return fast;
}

/** Options this path honours: row mode and parsers (a blob, notices or typed parameters go the long way). */
const isPlain = (options?: QueryOptions) =>
  !options || (!options.blob && !options.onNotice && !options.paramTypes && !options.serializers);

async function run(client: PGlite, sql: string, params: unknown[] = [], options?: QueryOptions) {
  const message = Buffer.concat([
    serialize.parse({ text: sql }),
    serialize.bind({ values: params.map((v) => utils.prepareValue(v)) }),
    serialize.describe({ type: 'P' }),
    serialize.execute({}),
    serialize.sync(),
  ]);
  let messages;
  try {
    ({ messages } = await client.execProtocol(message, { syncToFs: false }));
  } catch (err) {
    throw Object.assign(err as Error, { query: sql, params, queryOptions: options });
  }
  return toResults(client, messages as never, options);
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
