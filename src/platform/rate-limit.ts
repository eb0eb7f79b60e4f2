/** Whether an attempt may go ahead, and otherwise how long to wait. */
export type RateOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Fixed-window counters of attempts by key (`login-ip:<address>`, `reset-mail:<account>`…).
 * Asynchronous, as several processes behind a load balancer share them in the database.
 */
export interface RateLimiter {
  /** Counts one attempt; returns the seconds to wait when the limit is passed. */
  hit(key: string, limit: number, windowSeconds: number): Promise<RateOutcome>;
  /** Gives back one attempt of the current window: one that turned out not to count (a success). */
  release(key: string): Promise<void>;
  /** Forgets the key's attempts. */
  reset(key: string): Promise<void>;
}

/** Counters in this process's memory: for scripts and tests that need no sharing. */
export function createMemoryRateLimiter(clock: () => Date = () => new Date()): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async hit(key, limit, windowSeconds) {
      const now = clock().getTime();
      const w = windows.get(key);
      if (!w || now - w.start >= windowSeconds * 1000) {
        windows.set(key, { start: now, count: 1 });
        if (windows.size > 100_000) windows.delete(windows.keys().next().value as string);
        return 1 <= limit ? { ok: true } : { ok: false, retryAfterSeconds: windowSeconds };
      }
      w.count += 1;
      if (w.count <= limit) return { ok: true };
      return {
        ok: false,
        retryAfterSeconds: Math.ceil((w.start + windowSeconds * 1000 - now) / 1000),
      };
    },
    async release(key) {
      const w = windows.get(key);
      if (w && w.count > 0) w.count -= 1;
    },
    async reset(key) {
      windows.delete(key);
    },
  };
}
