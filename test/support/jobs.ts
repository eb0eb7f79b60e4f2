import { createJobRunner, type JobHandler, type JobRunner } from '../../src/platform/jobs';
import type { AppDeps } from '../../src/platform/deps';
import type { TestApp } from './app';

/** The test app's runner polls once a day (test/support/app.ts): only wakes and runDue run jobs. */
const TEST_POLL_MS = 24 * 3600_000;

/**
 * Waits for the work requests woke (an import's dry run or run): the run in hand ends, then
 * whatever is still due runs to its end. The runner then listens to wakes again.
 */
export async function settleJobs(t: TestApp): Promise<void> {
  await t.deps.jobs.stop();
  try {
    while ((await t.deps.jobs.runDue()) > 0) {
      // a job may schedule another that is due at once
    }
  } finally {
    t.deps.jobs.start(TEST_POLL_MS);
  }
}

/**
 * Stops the test app's runner, so that what requests schedule waits for the test's own runners
 * (two at once, one that dies…); the returned function starts it again.
 */
export async function pauseJobs(t: TestApp): Promise<() => void> {
  await t.deps.jobs.stop();
  return () => t.deps.jobs.start(TEST_POLL_MS);
}

/** Another runner on the test app's database and clock, as another process would have. */
export function otherRunner(
  t: TestApp,
  handlers: Readonly<Record<string, JobHandler<AppDeps>>>,
  options: { batch?: number; leaseMs?: number } = {},
): JobRunner {
  return createJobRunner({
    db: t.database.db,
    clock: t.deps.clock,
    handlers,
    deps: t.deps,
    ...options,
  });
}
