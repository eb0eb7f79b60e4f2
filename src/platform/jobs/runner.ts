// Runs due jobs: claim (a short statement, FOR UPDATE SKIP LOCKED) → handler outside any
// transaction → done, or retried with backoff until max_attempts, then failed. Safe with several
// runners (processes or loops); a handler may run again if its runner dies mid-job, once its
// lease has passed, so handlers make their effect idempotent (decision 009). The lease is short
// and renewed while the handler runs: a long job (an import) stays with a live runner, and a dead
// runner's job is taken again within the lease.
import type { Db } from '../db/client';
import { errorChain } from '../log/error-chain';
import { log } from '../log/logger';
import {
  claimDueJobs,
  markJobDone,
  markJobFailed,
  renewJobLease,
  type JobRow,
} from './jobs.repository';

export interface JobRun {
  id: string;
  name: string;
  payload: unknown;
  key: string | null;
  /** 1 on the first try. */
  attempt: number;
  /** The attempt after which a failure is final. */
  maxAttempts: number;
  /** The runner's clock when the job was claimed. */
  now: Date;
}

/** A module's handler; it validates its own payload. A throw means "try again later". */
export type JobHandler<D> = (job: JobRun, deps: D) => Promise<void>;

export interface JobRunnerOptions<D> {
  db: Db;
  clock: () => Date;
  handlers: Readonly<Record<string, JobHandler<D>>>;
  deps: D;
  /**
   * How long a claimed job is held before another runner may take it (default 30 s); renewed
   * every third of it while the handler runs.
   */
  leaseMs?: number;
  /** Jobs claimed at once (default 10). */
  batch?: number;
}

/**
 * The work the process is for (a server's requests) goes first: while it is busy the runner
 * waits before each batch, up to `maxYieldMs` (default 2 s), so background work never stops
 * but takes only what a surge leaves.
 */
export interface Foreground {
  isBusy: () => boolean;
  maxYieldMs?: number;
}

const YIELD_POLL_MS = 50;

export interface JobRunner {
  /** Runs every job due now, batch after batch; returns how many ran (succeeded or not). */
  runDue(): Promise<number>;
  /** Polls every `intervalMs`; a tick is skipped while the previous one still runs. */
  start(intervalMs: number, foreground?: Foreground): void;
  /**
   * Runs due jobs now rather than at the next poll (again after the run in hand, if any): call it
   * after the commit of a transaction that scheduled work due now. Nothing happens unless the
   * runner was started, so a script's scheduled work is left to the server's runner.
   */
  wake(): void;
  /** Resolves once no run is in hand, nor one a wake asked for (tests wait for mail with it). */
  idle(): Promise<void>;
  /** Stops polling and waits for the jobs in hand. */
  stop(): Promise<void>;
}

/** 30 s, 2 min, 8 min, 32 min… capped at 6 hours. */
export const retryDelayMs = (attempt: number) =>
  Math.min(30_000 * 4 ** Math.max(0, attempt - 1), 6 * 3600_000);

export function createJobRunner<D>(options: JobRunnerOptions<D>): JobRunner {
  const { db, clock, handlers, deps } = options;
  const leaseMs = options.leaseMs ?? 30_000;
  const batch = options.batch ?? 10;
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<number> | undefined;
  /** A wake arrived during a run: the jobs it stands for may have been committed too late for it. */
  let isWoken = false;

  /**
   * Moves the job's lease forward every third of the lease until the returned function is called;
   * that function resolves with the job as last held (its lease is what marks it done or failed).
   */
  function holdLease(claimed: JobRow): () => Promise<JobRow> {
    let job = claimed;
    let renewing = Promise.resolve();
    const renew = async () => {
      try {
        const now = clock();
        const renewed = await renewJobLease(db, job, new Date(now.getTime() + leaseMs), now);
        if (renewed) job = renewed;
        else {
          // Replaced, or taken by another runner after a stall: the outcome will not apply.
          clearInterval(timer);
          log.warn('job lease lost', { id: job.id, name: job.name });
        }
      } catch (err) {
        log.warn('job lease not renewed', { id: job.id, name: job.name, err });
      }
    };
    const timer = setInterval(() => {
      renewing = renewing.then(renew);
    }, leaseMs / 3);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await renewing;
      return job;
    };
  }

  async function runOne(claimed: JobRow, now: Date): Promise<void> {
    const handler = Object.hasOwn(handlers, claimed.name) ? handlers[claimed.name] : undefined;
    const release = holdLease(claimed);
    let failure: { err: unknown } | undefined;
    try {
      if (!handler) throw new Error(`no handler for job ${claimed.name}`);
      await handler(
        {
          id: claimed.id,
          name: claimed.name,
          payload: claimed.payload,
          key: claimed.key,
          attempt: claimed.attempts,
          maxAttempts: claimed.maxAttempts,
          now,
        },
        deps,
      );
    } catch (err) {
      failure = { err };
    }
    const job = await release();
    if (!failure) {
      await markJobDone(db, job, clock());
    } else {
      const { err } = failure;
      // The causes too: an operator reading last_error or the log learns why, not only what.
      const message = errorChain(err);
      const isLast = job.attempts >= job.maxAttempts;
      const failedAt = clock();
      const retryAt = isLast
        ? undefined
        : new Date(failedAt.getTime() + retryDelayMs(job.attempts));
      log.warn(isLast ? 'job failed' : 'job will be retried', {
        id: job.id,
        name: job.name,
        attempt: job.attempts,
        err: message,
      });
      await markJobFailed(db, job, failedAt, message, retryAt);
    }
  }

  let foreground: Foreground | undefined;

  async function yieldToForeground() {
    const until = Date.now() + (foreground?.maxYieldMs ?? 2_000);
    // Read each time: stop() lets go of the foreground, ending the wait.
    while (foreground?.isBusy() && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, YIELD_POLL_MS));
    }
  }

  async function runDue(): Promise<number> {
    let ran = 0;
    for (;;) {
      await yieldToForeground();
      const now = clock();
      const jobs = await claimDueJobs(db, now, new Date(now.getTime() + leaseMs), batch);
      for (const job of jobs) await runOne(job, now);
      ran += jobs.length;
      if (jobs.length < batch) return ran;
    }
  }

  const tick = () => {
    if (running) return;
    running = runDue()
      .catch((err: unknown) => {
        log.error('job runner failed', { err });
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (isWoken && timer) {
          isWoken = false;
          tick();
        }
      });
  };

  return {
    runDue,
    start(intervalMs, busy) {
      if (timer) return;
      foreground = busy;
      timer = setInterval(tick, intervalMs);
      timer.unref();
      tick();
    },
    wake() {
      if (!timer) return;
      if (running) isWoken = true;
      else tick();
    },
    async idle() {
      while (running) await running;
    },
    async stop() {
      if (timer) clearInterval(timer);
      foreground = undefined;
      timer = undefined;
      isWoken = false;
      await running;
    },
  };
}

/**
 * Completes `deps` with the process's runner, handed these same deps (itself among them) when it
 * runs a job. Returns the object it was given.
 */
export function withJobRunner<D extends { jobs: JobRunner }>(
  deps: Omit<D, 'jobs'>,
  options: Omit<JobRunnerOptions<D>, 'deps'>,
): D {
  const complete = deps as D;
  complete.jobs = createJobRunner({ ...options, deps: complete });
  return complete;
}
