/**
 * Fixed-window counters in memory: enough for one process; several processes behind a load
 * balancer would each count separately (documented in the README).
 */
export interface RateLimiter {
  /** Counts one attempt; returns the seconds to wait when the limit is passed. */
  hit(
    key: string,
    limit: number,
    windowSeconds: number,
  ): { ok: true } | { ok: false; retryAfterSeconds: number };
  reset(key: string): void;
}

export function createRateLimiter(clock: () => Date = () => new Date()): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key, limit, windowSeconds) {
      const now = clock().getTime();
      const w = windows.get(key);
      if (!w || now - w.start >= windowSeconds * 1000) {
        windows.set(key, { start: now, count: 1 });
        if (windows.size > 100_000) windows.delete(windows.keys().next().value as string);
        return { ok: true };
      }
      w.count += 1;
      if (w.count <= limit) return { ok: true };
      return {
        ok: false,
        retryAfterSeconds: Math.ceil((w.start + windowSeconds * 1000 - now) / 1000),
      };
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
