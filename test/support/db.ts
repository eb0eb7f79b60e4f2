import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import {
  migrateDatabase,
  openDatabase,
  type Database,
  type Engine,
} from '../../src/platform/db/client';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding a migrated PGlite's data directory (dumpDataDir, uncompressed tar). */
    pgliteTemplate?: string;
    /** A migrated database on the TEST_DATABASE_URL server, copied by CREATE DATABASE … TEMPLATE. */
    postgresTemplate?: string;
  }
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL points at a server we may create databases on. */
export const testEngines: Engine[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

/**
 * A fresh, migrated database: in-memory PGlite, or a new database on the PostgreSQL server. Under
 * vitest both start as a copy of the template its global setup migrated (test/support/templates.ts);
 * elsewhere (a benchmark, a run without the setup) they are migrated here.
 */
export async function openTestDatabase(engine: Engine): Promise<Database> {
  const template = await providedTemplates();
  if (engine === 'pglite') {
    if (template.pglite) return openDatabase({ loadDataDir: await pgliteDump(template.pglite) });
    const database = await openDatabase({});
    await migrateDatabase(database);
    return database;
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `innohub_test_${randomBytes(6).toString('hex')}`;
  await createDatabase(adminUrl, name, template.postgres);
  const database = await openDatabase({ databaseUrl: databaseUrl(adminUrl, name) });
  if (!template.postgres) await migrateDatabase(database);
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** What the global setup provided; nothing outside vitest. */
async function providedTemplates(): Promise<{ pglite?: string; postgres?: string }> {
  if (!process.env.VITEST) return {};
  const { inject } = await import('vitest');
  return { pglite: inject('pgliteTemplate'), postgres: inject('postgresTemplate') };
}

let dump: { file: string; blob: Promise<Blob> } | undefined;

/** Read once per test file; PGlite copies the bytes on each load. */
function pgliteDump(file: string): Promise<Blob> {
  if (dump?.file !== file) dump = { file, blob: readFile(file).then((bytes) => new Blob([bytes])) };
  return dump.blob;
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Names are ours (letters, digits, _), never user input. */
export async function createDatabase(adminUrl: string, name: string, template?: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}
