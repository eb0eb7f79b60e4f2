import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/platform/config/config';
import type { Database, Engine } from '../../src/platform/db/client';
import { createDiskFileStore } from '../../src/platform/files';
import type { AppDeps } from '../../src/platform/deps';
import { createDatabaseRateLimiter, type RateLimiter } from '../../src/platform/rate-limit';
import { withJobRunner } from '../../src/platform/jobs';
import { createMailer } from '../../src/platform/mail/mailer';
import { buildApp, JOB_HANDLERS } from '../../src/wiring';
import { openTestDatabase } from './db';

export const TEST_ORIGIN = 'http://localhost:3000';

/** For tests that sign in hundreds of times from one address: the limiter is not their subject. */
export const NO_RATE_LIMITS: RateLimiter = {
  hit: async () => ({ ok: true }),
  release: async () => {},
  reset: async () => {},
};

export interface TestApp {
  app: ReturnType<typeof buildApp>['app'];
  router: ReturnType<typeof buildApp>['router'];
  deps: AppDeps;
  database: Database;
  /** Moves the injected clock. */
  setNow(date: Date): void;
  close(): Promise<void>;
}

export async function createTestApp(
  engine: Engine,
  overrides: Partial<Record<keyof Config, string>> = {},
  /** A database of the caller's (e.g. the import benchmark's on-disk PGlite); closed with the app. */
  given?: Database,
): Promise<TestApp> {
  const database = given ?? (await openTestDatabase(engine));
  // Uploaded files go to a scratch folder of this app, removed when it closes.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'innohub-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: TEST_ORIGIN,
    AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
    DATA_DIR: dataDir,
    // Tests move the clock by days with staff signed in; the idle limit has its own test.
    STAFF_IDLE_MINUTES: '0',
    ...overrides,
  });
  let now = new Date();
  const clock = () => now;
  const deps = withJobRunner<AppDeps>(
    {
      config,
      database,
      clock,
      mail: createMailer(database.db, { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, clock }),
      rateLimiter: createDatabaseRateLimiter(database.db, clock),
      files: createDiskFileStore(path.join(dataDir, 'files')),
    },
    { db: database.db, clock, handlers: JOB_HANDLERS },
  );
  // Started as the server's is, so mail goes out when a commit wakes it; it never polls on its
  // own during a test (the clock is the test's), and tests run other jobs with runDue.
  deps.jobs.start(24 * 3600_000);
  const { app, router } = buildApp(deps);
  // A response is returned once the work its commit woke is done: a test reading the mailbox
  // right after a request finds that request's mail, not an earlier one to the same address.
  const dispatch = app.fetch;
  app.fetch = async (...args: Parameters<typeof dispatch>) => {
    const res = await dispatch(...args);
    await deps.jobs.idle();
    return res;
  };
  return {
    app,
    router,
    deps,
    database,
    setNow: (d) => {
      now = d;
    },
    close: async () => {
      await deps.jobs.stop();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A form post as a browser sends it from our own page. */
export function formPost(
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return new Request(new URL(path, TEST_ORIGIN), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: TEST_ORIGIN,
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
}
