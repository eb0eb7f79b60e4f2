// vitest globalSetup: migrates one database per engine once per run, so that each test database
// starts as a copy of it (openTestDatabase in ./db.ts) instead of running every migration again.
// PGlite: a dump of the migrated data directory in a scratch folder, loaded by each test.
// PostgreSQL (when TEST_DATABASE_URL is set): a template database, copied by CREATE DATABASE.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openDatabase } from '../../src/platform/db/client';
import { createDatabase, databaseUrl, dropDatabase } from './db';

export default async function setup(project: TestProject) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'innohub-template-'));
  const adminUrl = process.env.TEST_DATABASE_URL;
  const postgres = adminUrl ? `innohub_template_${randomBytes(6).toString('hex')}` : undefined;
  const teardown = async () => {
    rmSync(scratch, { recursive: true, force: true });
    if (adminUrl && postgres) await dropDatabase(adminUrl, postgres);
  };
  try {
    const [pglite] = await Promise.all([
      pgliteTemplate(path.join(scratch, 'pglite.tar')),
      adminUrl && postgres ? postgresTemplate(adminUrl, postgres) : undefined,
    ]);
    project.provide('pgliteTemplate', pglite);
    project.provide('postgresTemplate', postgres);
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}

async function pgliteTemplate(file: string): Promise<string> {
  const database = await openDatabase({});
  try {
    await migrateDatabase(database);
    // Written to the data files now, so that no test replays the migrations' WAL when it loads.
    await database.query('checkpoint');
    const dump = await database.pglite!.dumpDataDir('none');
    await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
    return file;
  } finally {
    await database.close();
  }
}

async function postgresTemplate(adminUrl: string, name: string): Promise<void> {
  await createDatabase(adminUrl, name);
  const database = await openDatabase({ databaseUrl: databaseUrl(adminUrl, name) });
  try {
    await migrateDatabase(database);
  } finally {
    // A template is copied only while nobody is connected to it: this closes every connection.
    await database.close();
  }
}
