// Outcomes: signed in (cookies) | second factor needed (cookie) | INVALID | UNVERIFIED | RATE_LIMITED
import type { AppDeps } from '../../../platform/deps';
import { authFor } from './auth';
import { attempt } from './auth-errors';

export type SignInResult =
  | { ok: true; headers: Headers; needsSecondFactor: boolean }
  | { ok: false; reason: 'INVALID' | 'UNVERIFIED' }
  | { ok: false; reason: 'RATE_LIMITED'; retryAfterSeconds: number };

const PER_ACCOUNT = { limit: 5, windowSeconds: 15 * 60 };
const PER_ADDRESS = { limit: 30, windowSeconds: 15 * 60 };

export async function signIn(
  deps: AppDeps,
  input: { email: string; password: string; ip: string },
  requestHeaders: Headers,
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const accountKey = `login:${email}:${input.ip}`;
  for (const [key, rule] of [
    [accountKey, PER_ACCOUNT],
    [`login-ip:${input.ip}`, PER_ADDRESS],
  ] as const) {
    const hit = deps.rateLimiter.hit(key, rule.limit, rule.windowSeconds);
    if (!hit.ok)
      return { ok: false, reason: 'RATE_LIMITED', retryAfterSeconds: hit.retryAfterSeconds };
  }
  const result = await attempt(() =>
    authFor(deps).api.signInEmail({
      body: { email, password: input.password, rememberMe: true },
      headers: requestHeaders,
      returnHeaders: true,
    }),
  );
  if (!result.ok)
    return { ok: false, reason: result.code === 'EMAIL_NOT_VERIFIED' ? 'UNVERIFIED' : 'INVALID' };
  deps.rateLimiter.reset(accountKey);
  const body = result.value.response as { twoFactorRedirect?: boolean };
  return {
    ok: true,
    headers: result.value.headers,
    needsSecondFactor: Boolean(body.twoFactorRedirect),
  };
}
