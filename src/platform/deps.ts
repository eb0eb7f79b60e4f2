// What a command, a query, a job or a route needs from the process, passed explicitly (tests
// build their own). Nothing here knows about HTTP.
import type { Config } from './config/config';
import type { Database } from './db/client';
import type { FileStore } from './files/store';
import type { JobRunner } from './jobs';
import type { Mailer } from './mail/mailer';
import type { RateLimiter } from './rate-limit';

/** Everything the process gives its services. */
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
