import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { loadConfig } from './platform/config/config';
import { migrateDatabase, openDatabase } from './platform/db/client';
import { createRateLimiter } from './platform/http/rate-limit';
import { log, setLogLevel } from './platform/log/logger';
import { createMailer } from './platform/mail/mailer';
import { buildApp } from './wiring';

async function main() {
  const started = performance.now();
  const config = loadConfig();
  setLogLevel(config.LOG_LEVEL);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
  });
  if (database.engine === 'pglite' && config.NODE_ENV === 'production') {
    log.warn(
      'PRODUCTION ON THE EMBEDDED DATABASE: PGlite never calls fsync, so a power cut can lose data. Set DATABASE_URL to a PostgreSQL server.',
    );
  }
  await migrateDatabase(database);

  const mail = createMailer(database.db, { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
  const deps = {
    config,
    database,
    mail,
    clock: () => new Date(),
    rateLimiter: createRateLimiter(),
  };
  const { app } = buildApp(deps);

  const server = serve(
    { fetch: app.fetch, port: config.PORT, hostname: config.HOST },
    (info: AddressInfo) => {
      log.info('listening', {
        url: config.publicUrl,
        port: info.port,
        engine: database.engine,
        startupMs: Math.round(performance.now() - started),
      });
    },
  );
  const retry = setInterval(() => void mail.retryFailed().catch(() => undefined), 60_000);
  retry.unref();

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    clearInterval(retry);
    const force = setTimeout(() => {
      log.error('shutdown timed out; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    // close() stops accepting connections and waits for in-flight requests to finish.
    server.close(async () => {
      await database.close();
      log.info('stopped');
      process.exit(0);
    });
    (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err) => {
  log.error('failed to start', { err });
  process.exit(1);
});
