// How often each way in may be tried, and by what attempts are counted: the account across all
// addresses (guessing spread over many machines), the account from one address, and the address
// (one machine trying many accounts). Counters live in the database (platform/rate-limit).
import type { AppDeps } from '../../../platform/deps';
import type { RateOutcome } from '../../../platform/rate-limit';

export interface Rule {
  limit: number;
  windowSeconds: number;
}

const MINUTES_15 = 15 * 60;
const HOUR = 60 * 60;

export const AUTH_LIMITS = {
  /** Failed log-ins of one account, from anywhere. */
  loginAccount: { limit: 20, windowSeconds: MINUTES_15 },
  /** Failed log-ins of one account from one address. */
  loginAccountAddress: { limit: 5, windowSeconds: MINUTES_15 },
  /** Failed log-ins from one address, whatever the account. */
  loginAddress: { limit: 30, windowSeconds: MINUTES_15 },
  /** Wrong second-factor codes of one account, and from one address. */
  secondFactorAccount: { limit: 10, windowSeconds: MINUTES_15 },
  secondFactorAddress: { limit: 30, windowSeconds: MINUTES_15 },
  /** Reset requests from one address (its answer never depends on the account). */
  resetAddress: { limit: 20, windowSeconds: HOUR },
  /** Reset mails to one account asked from one address, and from anywhere: earlier links stay valid. */
  resetMailAccountAddress: { limit: 3, windowSeconds: HOUR },
  resetMailAccount: { limit: 10, windowSeconds: HOUR },
  /** Registrations from one address, and "you already have an account" mails to one account. */
  registerAddress: { limit: 10, windowSeconds: HOUR },
  registerNoticeAccount: { limit: 3, windowSeconds: HOUR },
  /** Unknown API keys presented from one address, and requests made with one key. */
  apiKeyFailuresAddress: { limit: 30, windowSeconds: MINUTES_15 },
  apiKeyRequests: { limit: 1200, windowSeconds: 60 },
} as const satisfies Record<string, Rule>;

export type Limited = { ok: false; reason: 'RATE_LIMITED'; retryAfterSeconds: number };

/** Counts one attempt under each key; the first refusal, if any. */
export async function hitAll(
  deps: Pick<AppDeps, 'rateLimiter'>,
  keys: readonly (readonly [string, Rule])[],
): Promise<Limited | undefined> {
  let refused: RateOutcome | undefined;
  for (const [key, rule] of keys) {
    const hit = await deps.rateLimiter.hit(key, rule.limit, rule.windowSeconds);
    if (!hit.ok && !refused) refused = hit;
  }
  return refused && !refused.ok
    ? { ok: false, reason: 'RATE_LIMITED', retryAfterSeconds: refused.retryAfterSeconds }
    : undefined;
}

/** Gives back the attempt each key counted: it succeeded, so it was no guess. */
export async function releaseAll(
  deps: Pick<AppDeps, 'rateLimiter'>,
  keys: readonly (readonly [string, Rule])[],
): Promise<void> {
  for (const [key] of keys) await deps.rateLimiter.release(key);
}
