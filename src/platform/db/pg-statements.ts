import type pg from 'pg';

/** Statements a connection keeps prepared; the application sends a few hundred distinct ones. */
const MOST_PREPARED = 500;

/**
 * Names each statement with parameters the first time a connection sends it, so that PostgreSQL
 * parses, analyses and plans it once per connection and afterwards only binds and executes it
 * (node-postgres skips the parse of a name it has prepared). The same reason and the same
 * measurement as on PGlite (decision 027). Past the limit a connection sends new statements
 * unnamed, so its prepared statements, and their memory on the server, stay bounded.
 */
export function prepareRepeatedStatements(client: pg.Client, mostPrepared = MOST_PREPARED): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const named = new Map<string, string>();
  client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
    const asConfig = typeof config === 'string' ? { text: config } : config;
    const name = nameFor(named, mostPrepared, asConfig, values);
    return name
      ? query({ ...(asConfig as pg.QueryConfig), name }, values, callback)
      : query(config, values, callback);
  }) as pg.Client['query'];
}

function nameFor(
  named: Map<string, string>,
  mostPrepared: number,
  config: unknown,
  values: unknown,
): string | undefined {
  // A submittable (a cursor, a stream) is passed on as it is.
  if (typeof config !== 'object' || config === null || 'submit' in config) return undefined;
  const { text, name } = config as pg.QueryConfig;
  const params = Array.isArray(values) ? values : (config as pg.QueryConfig).values;
  if (name || typeof text !== 'string' || !params?.length) return undefined;
  const known = named.get(text);
  if (known || named.size >= mostPrepared) return known;
  const fresh = `innohub_${named.size + 1}`;
  named.set(text, fresh);
  return fresh;
}

/**
 * pg-pool's own query() hands its connection back with the statement's error, and the pool then
 * closes that connection: every statement the database refused (the unique violation of a
 * double-click, a guard of one-statement commands) cost a new connection — a backend forked and
 * signed in, every prepared statement parsed again. A refusal leaves the connection as good as
 * before; only a connection that broke (no answer from the server, or a FATAL one) is dropped, as
 * the pool drops one that ended.
 */
export function keepConnectionsAfterRefusals(
  pool: pg.Pool,
  driver: Pick<typeof pg, 'DatabaseError'>,
) {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const isRefusal = (err: unknown) =>
    err instanceof driver.DatabaseError && err.severity !== 'FATAL' && err.severity !== 'PANIC';
  pool.query = ((config: unknown, values?: unknown, callback?: unknown) => {
    const isPlain =
      typeof values !== 'function' &&
      callback === undefined &&
      !(typeof config === 'object' && config !== null && 'submit' in config);
    if (!isPlain) return query(config, values, callback);
    return pool.connect().then(async (client) => {
      // A connection that breaks mid-statement also emits 'error': the statement's rejection
      // answers it, and an unheard 'error' would end the process.
      const broken = () => {};
      client.on('error', broken);
      try {
        const result = await client.query(config as pg.QueryConfig, values as unknown[]);
        client.release();
        return result;
      } catch (err) {
        client.release(isRefusal(err) ? undefined : (err as Error));
        throw err;
      } finally {
        client.off('error', broken);
      }
    });
  }) as pg.Pool['query'];
}
