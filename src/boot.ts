// Start-up steps shared by the server and the scripts: configuration, database, dependencies.
import path from 'node:path';
import { ensureAuthSecret } from './platform/config/auth-secret';
import { loadConfig, type Config } from './platform/config/config';
import { migrateDatabase, openDatabase } from './platform/db/client';
import { createDiskFileStore } from './platform/files';
import type { AppDeps } from './platform/deps';
import { withJobRunner } from './platform/jobs';
import { createDatabaseRateLimiter } from './platform/rate-limit';
import { log } from './platform/log/logger';
import { createMailer } from './platform/mail/mailer';
import { countDemoAccounts, countUsers } from './modules/identity';
import { JOB_HANDLERS, MODULES } from './wiring';

export async function openDeps(config: Config = loadConfig()): Promise<AppDeps> {
  const withSecret = ensureAuthSecret(config);
  const database = await openDatabase({
    databaseUrl: withSecret.DATABASE_URL,
    dataDir: withSecret.DATA_DIR,
    sharedBuffers: withSecret.PGLITE_SHARED_BUFFERS,
  });
  await migrateDatabase(database);
  const clock = () => new Date();
  // The runner is started by the server only (main.ts): a script's jobs wait for it.
  return withJobRunner<AppDeps>(
    {
      config: withSecret,
      database,
      mail: createMailer(database.db, {
        smtpUrl: withSecret.SMTP_URL,
        from: withSecret.MAIL_FROM,
        clock,
      }),
      clock,
      rateLimiter: createDatabaseRateLimiter(database.db, clock),
      files: createDiskFileStore(path.join(withSecret.DATA_DIR, 'files')),
    },
    { db: database.db, clock, handlers: JOB_HANDLERS },
  );
}

export class DemoDataInProductionError extends Error {
  constructor(count: number) {
    super(
      `Refusing to start in production: ${count} demo account(s) exist in this database. Start from an empty database (or delete the demo accounts) and create the first administrator with \`npm run admin:create\`.`,
    );
  }
}

/** Demo data on a fresh database outside production; production refuses to run with demo accounts. */
export async function prepareData(deps: AppDeps): Promise<{ seeded: boolean }> {
  const { db } = deps.database;
  if (deps.config.NODE_ENV === 'production') {
    const demo = await countDemoAccounts(db);
    if (demo > 0) throw new DemoDataInProductionError(demo);
    return { seeded: false };
  }
  if (!deps.config.DEMO_DATA || (await countUsers(db)) > 0) return { seeded: false };
  // In the modules' order: later ones build on earlier ones' demo records.
  for (const m of MODULES) await m.seeds?.demo?.(deps);
  log.info('demo data loaded', { accounts: 'see README: Demo accounts' });
  return { seeded: true };
}
