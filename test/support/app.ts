import { loadConfig, type Config } from '../../src/platform/config/config';
import type { Database, Engine } from '../../src/platform/db/client';
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
): Promise<TestApp> {
  const database = await openTestDatabase(engine);
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: TEST_ORIGIN,
    AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
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
    close: () => database.close(),
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
