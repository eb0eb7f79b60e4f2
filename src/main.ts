import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { openDeps, prepareData } from './boot';
import {
  isFirstEmbeddedStart,
  PREPARE_ONLY,
  prepareInChildProcess,
  prepareOnly,
} from './first-start';
import { loadConfig } from './platform/config/config';
import type { Server } from 'node:http';
import { requestsInFlight } from './platform/http/requests-in-flight';
import { log, setLogLevel } from './platform/log/logger';
import { mapStackTracesLazily } from './stack-traces';
import { buildApp } from './wiring';

const KEEP_ALIVE_MS = 65_000;
/** Requests in flight from which the server counts as busy: more than two cores answer at once. */
const BUSY_REQUESTS = 8;

async function main() {
  const started = performance.now();
  mapStackTracesLazily(import.meta.url);
  // Settings may come from a .env file beside the project; real environment variables win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  setLogLevel(config.LOG_LEVEL);
  if (process.argv.includes(PREPARE_ONLY)) {
    await prepareOnly(config);
    process.exit(0);
  }
  if (isFirstEmbeddedStart(config)) await prepareInChildProcess();
  let deps = await openDeps(config);
  try {
    const { seeded } = await prepareData(deps);
    // The embedded engine's memory only grows: seeding an existing empty database leaves hundreds
    // of MB behind, so the database is reopened (a new one was prepared apart, first-start.ts).
    if (deps.database.engine === 'pglite' && (deps.database.created || seeded)) {
      await deps.database.close();
      deps = await openDeps(config);
    }
  } catch (err) {
    await deps.database.close();
    throw err;
  }
  const { database, jobs } = deps;
  if (database.engine === 'pglite' && config.NODE_ENV === 'production') {
    log.warn(
      'PRODUCTION ON THE EMBEDDED DATABASE: PGlite never calls fsync, so a power cut can lose data. Set DATABASE_URL to a PostgreSQL server.',
    );
  }
  const { app, warmUp } = buildApp(deps);

  const server = serve(
    { fetch: app.fetch, port: config.PORT, hostname: config.HOST },
    (info: AddressInfo) => {
      log.info('listening', {
        url: config.publicUrl,
        port: info.port,
        engine: database.engine,
        startupMs: Math.round(performance.now() - started),
      });
      const warming = performance.now();
      void warmUp().then(() =>
        log.info('warmed up', { ms: Math.round(performance.now() - warming) }),
      );
    },
  );
  // Idle connections stay open longer than a reverse proxy's (nginx, load balancers: 60 s), so a
  // proxy never sends a request down a connection Node has just closed (a 502 for the user).
  const http1 = server as Server; // serve() makes an HTTP/1.1 server unless told otherwise
  http1.keepAliveTimeout = KEEP_ALIVE_MS;
  http1.headersTimeout = KEEP_ALIVE_MS + 1_000;
  // Mail, reminders and imports: due jobs every 30 s, and at once when a commit wakes it; while
  // requests queue (a surge), the runner leaves them the machine, one batch every 2 s.
  const inFlight = requestsInFlight(http1);
  jobs.start(30_000, { isBusy: () => inFlight() >= BUSY_REQUESTS });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    const jobsStopped = jobs.stop();
    const force = setTimeout(() => {
      log.error('shutdown timed out; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    // close() stops accepting connections and waits for in-flight requests to finish.
    server.close(async () => {
      await jobsStopped;
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
  log.error('failed to start', { err: err instanceof Error ? err.message : err });
  process.exit(1);
});
