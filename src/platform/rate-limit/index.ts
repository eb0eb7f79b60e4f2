// Attempt limits shared by every process: the counters are rows of platform_rate_limits.
import type { Db } from '../db/client';
import {
  countAttempt,
  forgetAttempts,
  sweepEndedWindows,
  uncountAttempt,
} from './rate-limit.repository';

export { platformRateLimits } from './tables';

/** Whether an attempt may go ahead, and otherwise how long to wait. */
export type RateOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Fixed-window counters of attempts by key (`login-ip:<address>`, `reset-mail:<account>`…). */
export interface RateLimiter {
  /** Counts one attempt; returns the seconds to wait when the limit is passed. */
  hit(key: string, limit: number, windowSeconds: number): Promise<RateOutcome>;
  /** Gives back one attempt of the current window: one that turned out not to count (a success). */
  release(key: string): Promise<void>;
  /** Forgets the key's attempts. */
  reset(key: string): Promise<void>;
}

/** Ended windows are deleted every this many hits of a process, a day after they ended. */
const SWEEP_EVERY = 1000;
const KEEP_ENDED_MS = 24 * 3600_000;

export function createDatabaseRateLimiter(db: Db, clock: () => Date): RateLimiter {
  let hits = 0;
  return {
    async hit(key, limit, windowSeconds) {
      const now = clock();
      if (++hits % SWEEP_EVERY === 0) {
        await sweepEndedWindows(db, new Date(now.getTime() - KEEP_ENDED_MS));
      }
      const { count, windowEndsAt } = await countAttempt(db, key, now, windowSeconds);
      if (count <= limit) return { ok: true };
      const waitMs = windowEndsAt.getTime() - now.getTime();
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
    release: (key) => uncountAttempt(db, key, clock()),
    reset: (key) => forgetAttempts(db, key),
  };
}
