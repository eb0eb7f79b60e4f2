import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { migrationsFolder, openDatabase, type Database, type Engine } from '../db/client';
import { lockDataDir } from '../db/lock';
import { readHeader, sqlHeaderLine, withGzipHeader, type TBackupHeader } from './backup-header';
import { findPgTool, libpqConnection, runPgTool } from './pg-tools';

/*
 * Backups of the whole database. PGlite: its own data-directory dump (a gzipped tar of the
 * files), loaded back with `loadDataDir`. PostgreSQL: a plain-SQL logical dump by pg_dump,
 * loaded back by psql in one transaction. See docs/decisions/003-backups.md.
 */

export interface BackupResult {
  file: string;
  bytes: number;
  header: TBackupHeader;
}

export interface RestoreResult {
  header: TBackupHeader;
  /** Where the replaced PGlite files were moved (restore with force over existing data). */
  replacedDir?: string;
}

/** A refusal the operator can act on (wrong target, data in the way); not a fault. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export const defaultBackupDir = 'backups';

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

async function describe(database: Database, now: Date): Promise<TBackupHeader> {
  const [version] = await database.query<{ server_version: string }>('show server_version');
  const [applied] = await database.query<{ n: string }>(
    `select case when to_regclass('drizzle.__drizzle_migrations') is null then '0'
       else (select count(*)::text from drizzle.__drizzle_migrations) end as n`,
  );
  return {
    format: 'innohub-backup',
    version: 1,
    engine: database.engine,
    createdAt: now.toISOString(),
    migrations: Number(applied?.n ?? 0),
    serverVersion: version?.server_version ?? 'unknown',
  };
}

async function knownMigrations(): Promise<number> {
  const journal = JSON.parse(
    await readFile(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8'),
  ) as { entries: unknown[] };
  return journal.entries.length;
}

/**
 * Writes a backup of the open database to `file`, or to a timestamped file in `dir`
 * (default ./backups). Never overwrites an existing file.
 */
export async function backupDatabase(
  database: Database,
  options: { dir?: string; file?: string; now?: Date } = {},
): Promise<BackupResult> {
  const now = options.now ?? new Date();
  const header = await describe(database, now);
  const ext = database.engine === 'pglite' ? 'tar.gz' : 'sql';
  const file = path.resolve(
    options.file ??
      path.join(options.dir ?? defaultBackupDir, `innohub-${database.engine}-${stamp(now)}.${ext}`),
  );
  if (existsSync(file)) throw new Error(`${file} already exists`);
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    if (database.engine === 'pglite') {
      if (!database.pglite) throw new Error('PGlite handle missing');
      const dump = await database.pglite.dumpDataDir('gzip');
      const bytes = withGzipHeader(new Uint8Array(await dump.arrayBuffer()), header);
      await writeFile(partial, bytes, { flag: 'wx' });
    } else {
      if (!database.url) throw new Error('PostgreSQL URL missing');
      await pgDump(database.url, header, partial);
    }
    await rename(partial, file);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  return { file, bytes: (await stat(file)).size, header };
}

async function pgDump(url: string, header: TBackupHeader, partial: string): Promise<void> {
  const tool = await findPgTool('pg_dump', Number.parseInt(header.serverVersion, 10));
  const { dbname, env } = libpqConnection(url);
  const fd = openSync(partial, 'wx');
  try {
    writeSync(fd, sqlHeaderLine(header));
    writeSync(fd, '-- Restore with: npm run restore -- <this file>\n');
    // The child writes through the same open file, after the header.
    await runPgTool(tool, ['--format=plain', '--no-owner', '--no-privileges', '--dbname', dbname], {
      env,
      stdout: fd,
    });
  } finally {
    closeSync(fd);
  }
}

export async function readBackupHeader(file: string): Promise<TBackupHeader> {
  const fd = openSync(file, 'r');
  try {
    const head = new Uint8Array(64 * 1024);
    const n = readSync(fd, head, 0, head.length, 0);
    return readHeader(head.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/**
 * Loads a backup into an empty target: a DATA_DIR (PGlite) or a PostgreSQL database. With
 * `force`, existing PGlite files are moved aside and existing PostgreSQL schemas are dropped in
 * the same transaction that loads the dump, so a failed restore leaves the old data in place.
 */
export async function restoreDatabase(
  file: string,
  target: { dataDir?: string; databaseUrl?: string },
  options: { force?: boolean; now?: Date } = {},
): Promise<RestoreResult> {
  const header = await readBackupHeader(file);
  const engine: Engine = target.databaseUrl ? 'postgres' : 'pglite';
  if (header.engine !== engine) {
    throw new RestoreRefusedError(
      `This is a ${header.engine} backup; the target is ${engine === 'postgres' ? 'a PostgreSQL database (DATABASE_URL is set)' : 'the embedded database (DATA_DIR)'}.`,
    );
  }
  const known = await knownMigrations();
  if (header.migrations > known) {
    throw new RestoreRefusedError(
      `The backup has ${header.migrations} migrations applied but this version of InnoHub knows ${known}; restore it with a newer version.`,
    );
  }
  if (target.databaseUrl) {
    await restorePostgres(file, target.databaseUrl, header, options.force ?? false);
    return { header };
  }
  if (!target.dataDir) throw new Error('A data directory is needed to restore a PGlite backup');
  return restorePglite(file, target.dataDir, header, options);
}

async function restorePglite(
  file: string,
  dataDir: string,
  header: TBackupHeader,
  options: { force?: boolean; now?: Date },
): Promise<RestoreResult> {
  await mkdir(dataDir, { recursive: true });
  // Held throughout, so a server cannot start on the directory while its files are swapped.
  const unlock = lockDataDir(dataDir);
  const live = path.join(dataDir, 'pglite');
  const staging = path.join(dataDir, `.restore-${randomBytes(4).toString('hex')}`);
  try {
    const hasData = existsSync(live) && readdirSync(live).length > 0;
    if (hasData && !options.force) {
      throw new RestoreRefusedError(
        `${live} already holds a database; restore into an empty DATA_DIR or pass --force (the current files are kept aside).`,
      );
    }
    const bytes = await readFile(file);
    const restored = await openDatabase({
      dataDir: staging,
      loadDataDir: new Blob([bytes], { type: 'application/x-gzip' }),
    });
    try {
      const check = await describe(restored, new Date());
      if (check.migrations !== header.migrations) {
        throw new Error(
          `restored database has ${check.migrations} migrations, the header says ${header.migrations}`,
        );
      }
    } finally {
      await restored.close();
    }
    let replacedDir: string | undefined;
    if (existsSync(live)) {
      if (hasData) {
        replacedDir = path.join(
          dataDir,
          `pglite.before-restore-${stamp(options.now ?? new Date())}`,
        );
        renameSync(live, replacedDir);
      } else {
        rmSync(live, { recursive: true });
      }
    }
    renameSync(path.join(staging, 'pglite'), live);
    return { header, replacedDir };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    unlock();
  }
}

const userSchemas = `
  select n.nspname from pg_namespace n
  where n.nspname not in ('pg_catalog', 'information_schema', 'public')
    and n.nspname not like 'pg\\_%'
    and not exists (select 1 from pg_depend d where d.objid = n.oid and d.deptype = 'e')`;

async function restorePostgres(
  file: string,
  url: string,
  header: TBackupHeader,
  force: boolean,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let dropSql: string;
  try {
    const { rows } = await client.query<{ n: string }>(
      `select count(*)::text as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`,
    );
    if (Number(rows[0]!.n) > 0 && !force) {
      throw new RestoreRefusedError(
        'The target database is not empty; restore into an empty database or pass --force (it drops every schema first, in the same transaction).',
      );
    }
    const schemas = (await client.query<{ nspname: string }>(userSchemas)).rows;
    dropSql = [
      ...schemas.map((s) => `drop schema ${client.escapeIdentifier(s.nspname)} cascade;`),
      'drop schema if exists public cascade;',
      'create schema public;',
    ].join('\n');
  } finally {
    await client.end();
  }
  const psql = await findPgTool('psql');
  const { dbname, env } = libpqConnection(url);
  const args = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '--dbname', dbname];
  if (force) args.push('-c', dropSql);
  args.push('-f', file);
  await runPgTool(psql, args, { env });

  const check = await openDatabase({ databaseUrl: url });
  try {
    const after = await describe(check, new Date());
    if (after.migrations !== header.migrations) {
      throw new Error(
        `restored database has ${after.migrations} migrations, the header says ${header.migrations}`,
      );
    }
  } finally {
    await check.close();
  }
}
