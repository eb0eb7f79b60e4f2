import type { Context } from 'hono';
import type { Actor } from '../authz';
import type { Config } from '../config/config';
import type { Database } from '../db/client';
import type { FileStore } from '../files/store';
import type { Locale, Translate } from '../i18n';
import type { JobRunner } from '../jobs';
import type { Mailer } from '../mail/mailer';
import type { RateLimiter } from './rate-limit';

/** Everything a route needs from the process, passed explicitly (tests build their own). */
export interface AppDeps {
  config: Config;
  database: Database;
  mail: Mailer;
  /**
   * The durable job runner (decision 009), started by the server and the test app, idle in
   * scripts. After the commit of a transaction that scheduled work due now (mail, an import),
   * `jobs.wake()` runs it at once rather than at the next poll.
   */
  jobs: JobRunner;
  clock: () => Date;
  rateLimiter: RateLimiter;
  /** Uploaded files, stored by content (DATA_DIR/files). */
  files: FileStore;
}

export interface RequestContext {
  requestId: string;
  locale: Locale;
  t: Translate;
  actor: Actor;
  deps: AppDeps;
  /** Client address, for audit and rate limits. */
  ip: string;
}

export type AppEnv = { Variables: { ctx: RequestContext } };
export type AppContext = Context<AppEnv>;
