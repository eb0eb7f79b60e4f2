import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/client';
import {
  backupDatabase,
  readBackupHeader,
  restoreDatabase,
  RestoreRefusedError,
} from '../../src/platform/ops/backup';
import { openTestDatabase, testEngines } from '../support/db';

const tables = ['platform_audit_log', 'platform_mail_outbox'] as const;

async function seed(database: Database): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await database.query(
      `insert into platform_audit_log
         (at, actor_id, actor_label, action, entity_type, entity_id, before, after, ip, request_id)
       values ($1, $2, $3, $4, 'program', $5, $6::jsonb, $7::jsonb, '127.0.0.1', $8)`,
      [
        new Date(Date.UTC(2026, 0, 15, 8, 30, i, 123)).toISOString(),
        `user-${i}`,
        `Nguyễn Văn Đức ${i}`,
        i % 2 ? 'program.update' : 'program.create',
        `p-${i}`,
        i === 0 ? null : JSON.stringify({ title: `Vườn ươm ${i}`, budget: 1_000_000 * i }),
        JSON.stringify({ title: `Vườn ươm ${i + 1}`, tags: ['đổi mới', "it's"], nested: { i } }),
        `req-${i}`,
      ],
    );
  }
  for (let i = 0; i < 3; i++) {
    await database.query(
      `insert into platform_mail_outbox (created_at, "to", subject, text, html, status, attempts, last_error, sent_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        new Date(Date.UTC(2026, 1, 1, 0, 0, i)).toISOString(),
        `nguoi${i}@example.vn`,
        `Xác nhận đăng ký #${i}`,
        `Dòng 1\nDòng 2\t"trích dẫn"\\ ${i}`,
        i === 1 ? null : `<p>Chào ${i}</p>`,
        ['pending', 'sent', 'failed'][i],
        i,
        i === 2 ? 'SMTP 550; mailbox unavailable' : null,
        i === 1 ? new Date(Date.UTC(2026, 1, 1, 0, 5)).toISOString() : null,
      ],
    );
  }
}

async function contents(database: Database) {
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    out[table] = await database.query(`select * from ${table} order by id`);
  }
  return out;
}

/** An empty database on the test server, dropped by the returned function. */
async function emptyPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `innohub_restore_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

describe.each(testEngines)('backup and restore on %s', (engine) => {
  let source: Database;
  let work: string;
  let expected: Record<string, unknown[]>;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'innohub-backup-'));
    source = await openTestDatabase(engine);
    await seed(source);
    expected = await contents(source);
  });
  afterAll(async () => {
    await source.close();
    for (const cleanup of cleanups) await cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  /** A fresh restore target for this engine, and how to open it afterwards. */
  async function freshTarget() {
    if (engine === 'pglite') {
      const dataDir = mkdtempSync(path.join(work, 'data-'));
      return { target: { dataDir }, open: () => openDatabase({ dataDir }) };
    }
    const { url, drop } = await emptyPostgresDatabase();
    cleanups.push(drop);
    return { target: { databaseUrl: url }, open: () => openDatabase({ databaseUrl: url }) };
  }

  it('restores every row exactly into a fresh instance', async () => {
    expect(expected.platform_audit_log).toHaveLength(5);
    expect(expected.platform_mail_outbox).toHaveLength(3);

    const now = new Date(Date.UTC(2026, 2, 3, 4, 5, 6));
    const backup = await backupDatabase(source, { dir: path.join(work, 'backups'), now });
    expect(path.basename(backup.file)).toBe(
      `innohub-${engine}-20260303T040506Z.${engine === 'pglite' ? 'tar.gz' : 'sql'}`,
    );
    expect(backup.bytes).toBeGreaterThan(0);
    expect(await readBackupHeader(backup.file)).toEqual({
      format: 'innohub-backup',
      version: 1,
      engine,
      createdAt: now.toISOString(),
      migrations: expect.any(Number),
      serverVersion: expect.any(String),
    });
    expect(backup.header.migrations).toBeGreaterThan(0);

    const { target, open } = await freshTarget();
    const result = await restoreDatabase(backup.file, target);
    expect(result.header).toEqual(backup.header);

    const restored = await open();
    try {
      expect(await contents(restored)).toEqual(expected);
      const [applied] = await restored.query<{ n: string }>(
        'select count(*)::text as n from drizzle.__drizzle_migrations',
      );
      expect(Number(applied!.n)).toBe(backup.header.migrations);
      // The restored database is a working one, not a read-only copy.
      await restored.query(
        `insert into platform_audit_log (action, entity_type) values ('restore.check', 'test')`,
      );
    } finally {
      await restored.close();
    }
  });

  it('refuses to overwrite existing data unless forced, and then replaces it', async () => {
    const backup = await backupDatabase(source, { file: path.join(work, `forced-${engine}.bak`) });
    const { target, open } = await freshTarget();
    await restoreDatabase(backup.file, target);

    const changed = await open();
    await changed.query('delete from platform_mail_outbox');
    await changed.query('create table stray_table (id int)');
    await changed.close();

    await expect(restoreDatabase(backup.file, target)).rejects.toBeInstanceOf(RestoreRefusedError);

    const result = await restoreDatabase(backup.file, target, { force: true });
    const restored = await open();
    try {
      expect(await contents(restored)).toEqual(expected);
      const [stray] = await restored.query<{ t: string | null }>(
        `select to_regclass('public.stray_table')::text as t`,
      );
      expect(stray!.t).toBeNull();
    } finally {
      await restored.close();
    }
    if (engine === 'pglite') {
      expect(result.replacedDir).toBeDefined();
      expect(readdirSync(result.replacedDir!).length).toBeGreaterThan(0);
    }
  });

  it('refuses a file that is not a backup, and a backup of the other engine', async () => {
    const junk = path.join(work, 'junk.sql');
    writeFileSync(junk, 'select 1;\n');
    const { target } = await freshTarget();
    await expect(restoreDatabase(junk, target)).rejects.toThrow(/Not an InnoHub backup/);

    const backup = await backupDatabase(source, { file: path.join(work, `other-${engine}.bak`) });
    const other =
      engine === 'pglite'
        ? { databaseUrl: 'postgres://nobody@127.0.0.1:1/none' }
        : { dataDir: mkdtempSync(path.join(work, 'other-')) };
    await expect(restoreDatabase(backup.file, other)).rejects.toThrow(/This is a .* backup/);
  });
});
