import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/platform/config/config';
import type { Database, Engine } from '../../src/platform/db/client';
import { createDiskFileStore } from '../../src/platform/files';
import type { AppDeps } from '../../src/platform/http/context';
import { createRateLimiter } from '../../src/platform/http/rate-limit';
import { createMailer } from '../../src/platform/mail/mailer';
import { buildApp } from '../../src/wiring';
import { openTestDatabase } from './db';

export const TEST_ORIGIN = 'http://localhost:3000';

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
    ...overrides,
  });
  let now = new Date();
  const clock = () => now;
  const deps: AppDeps = {
    config,
    database,
    clock,
    mail: createMailer(database.db, { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM }),
    rateLimiter: createRateLimiter(clock),
    files: createDiskFileStore(path.join(dataDir, 'files')),
  };
  const { app, router } = buildApp(deps);
  return {
    app,
    router,
    deps,
    database,
    setNow: (d) => {
      now = d;
    },
    close: async () => {
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
