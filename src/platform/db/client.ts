import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { projectPath } from '../config/paths';
import { log } from '../log/logger';
import { lockDataDir } from './lock';
import { keepConnectionsAfterRefusals, prepareRepeatedStatements } from './pg-statements';
import { sendQueriesInOneMessage } from './pglite-queries';

/** One handle type for both engines; a transaction is accepted wherever a Db is. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** Rows of a raw SQL query, for the few places (health, backup) that sit below Drizzle. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
  /** The PGlite instance when embedded, for dumps. */
  pglite?: PGlite;
  /** True when this open created the embedded database's files (a first start). */
  created?: boolean;
  /** The connection URL when on a PostgreSQL server, for dumps. */
  url?: string;
}

export const migrationsFolder = projectPath('drizzle');

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded engine is used. */
  databaseUrl?: string;
  /** Directory for PGlite files; undefined means in memory. */
  dataDir?: string;
  /** Initial PGlite data (a dump made by dumpDataDir), used to clone a migrated template. */
  loadDataDir?: Blob | File;
  /** PGlite buffer pool, e.g. "16MB" (PGLITE_SHARED_BUFFERS). */
  sharedBuffers?: string;
}

/** Whether DATA_DIR holds no embedded database yet: opening it would create one (initdb). */
export const isEmbeddedDatabaseMissing = (dataDir: string) =>
  !existsSync(path.join(dataDir, 'pglite'));

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    // The PostgreSQL driver is loaded only when used: ~6 MiB of heap an embedded server never needs.
    const [{ default: pg }, { drizzle: drizzlePg }] = await Promise.all([
      import('pg'),
      import('drizzle-orm/node-postgres'),
    ]);
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    pool.on('connect', (client) => prepareRepeatedStatements(client));
    keepConnectionsAfterRefusals(pool, pg);
    // An idle connection the server closes (a restart, a failover, an administrator) is dropped
    // from the pool and the next query opens another; unhandled, the error would end the process.
    pool.on('error', (err: Error & { code?: string }) =>
      log.warn('database connection closed by the server', { code: err.code, error: err.message }),
    );
    const db = drizzlePg({ client: pool }) as unknown as Db;
    return {
      db,
      engine: 'postgres',
      url: options.databaseUrl,
      query: async (sql, params) => (await pool.query(sql, params)).rows,
      close: () => pool.end(),
    };
  }
  let unlock = () => {};
  const created = Boolean(options.dataDir && isEmbeddedDatabaseMissing(options.dataDir));
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    unlock = lockDataDir(options.dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      dataDir: options.dataDir ? path.join(options.dataDir, 'pglite') : undefined,
      extensions: { pg_trgm, unaccent },
      loadDataDir: options.loadDataDir,
      // PGlite's 128 MB default buffer pool is most of its memory; its files sit in the OS page
      // cache anyway (measured: idle RSS 364 → 249 MiB for the engine alone, decision 006).
      postgresqlconf: [`shared_buffers=${options.sharedBuffers ?? '16MB'}`],
    });
  } catch (err) {
    unlock();
    throw err;
  }
  sendQueriesInOneMessage(client);
  yieldBeforeEachQuery(client);
  const db = drizzlePglite({ client }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    pglite: client,
    created,
    query: async (sql, params) => (await client.query(sql, params)).rows as never,
    close: async () => {
      try {
        await client.close();
      } finally {
        unlock();
      }
    },
  };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
  } else {
    const { migrate: migratePg } = await import('drizzle-orm/node-postgres/migrator');
    await migratePg(database.db as never, { migrationsFolder });
  }
}

/** Number of migrations in the committed journal vs applied, for /readyz. */
export async function pendingMigrations(database: Database): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const journal = JSON.parse(
    await readFile(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8'),
  ) as { entries: unknown[] };
  const rows = await database.query<{ n: string }>(
    'select count(*)::text as n from drizzle.__drizzle_migrations',
  );
  return journal.entries.length - Number(rows[0]?.n ?? 0);
}

/**
 * The embedded engine answers on the calling thread, so without a pause a burst of requests runs
 * as one long chain of promise callbacks: the server neither reads nor answers other sockets
 * meanwhile (event-loop delays of ~200 ms and a p99 of seconds at 50 connections on the
 * directory), and every search asks for the latest change on its own. Waiting one event-loop
 * turn before each query lets I/O in between and lets concurrent searches share that check
 * (decision 008 measured ~2× the requests per second at 50 connections).
 */
const SLICE_MS = 5;

function yieldBeforeEachQuery(client: PGlite) {
  const query = client.query.bind(client);
  let ranSince = performance.now();
  client.query = (async (...args: Parameters<typeof query>) => {
    if (performance.now() - ranSince > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      ranSince = performance.now();
    }
    return query(...args);
  }) as typeof client.query;
}
