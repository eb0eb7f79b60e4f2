// Outcomes: signed in (cookies) | second factor needed (cookie) | INVALID | UNVERIFIED | RATE_LIMITED;
// the second step: signed in (cookies) | INVALID | RATE_LIMITED; signing out (cookies).
import type { AppDeps } from '../../../platform/deps';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { authHeaders, cookiesOf, type SessionActing, type SessionCookies } from './caller-session';

type Limited = { ok: false; reason: 'RATE_LIMITED'; retryAfterSeconds: number };

export type SignInResult =
  | { ok: true; cookies: SessionCookies; needsSecondFactor: boolean }
  | { ok: false; reason: 'INVALID' | 'UNVERIFIED' }
  | Limited;

const PER_ACCOUNT = { limit: 5, windowSeconds: 15 * 60 };
const PER_ADDRESS = { limit: 30, windowSeconds: 15 * 60 };

export async function signIn(
  deps: AppDeps,
  acting: SessionActing,
  input: { email: string; password: string },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const ip = acting.ip ?? '';
  const accountKey = `login:${email}:${ip}`;
  for (const [key, rule] of [
    [accountKey, PER_ACCOUNT],
    [`login-ip:${ip}`, PER_ADDRESS],
  ] as const) {
    const hit = await deps.rateLimiter.hit(key, rule.limit, rule.windowSeconds);
    if (!hit.ok)
      return { ok: false, reason: 'RATE_LIMITED', retryAfterSeconds: hit.retryAfterSeconds };
  }
  const result = await attempt(() =>
    authFor(deps).api.signInEmail({
      body: { email, password: input.password, rememberMe: true },
      headers: authHeaders(acting.session, acting.ip),
      returnHeaders: true,
    }),
  );
  if (!result.ok)
    return { ok: false, reason: result.code === 'EMAIL_NOT_VERIFIED' ? 'UNVERIFIED' : 'INVALID' };
  await deps.rateLimiter.reset(accountKey);
  const body = result.value.response as { twoFactorRedirect?: boolean };
  return {
    ok: true,
    cookies: cookiesOf(result.value.headers),
    needsSecondFactor: Boolean(body.twoFactorRedirect),
  };
}

/** The second step: a code from the app, or a backup code (anything that is not six digits). */
export async function completeSecondFactor(
  deps: AppDeps,
  acting: SessionActing,
  input: { code: string },
): Promise<{ ok: true; cookies: SessionCookies } | { ok: false; reason: 'INVALID' } | Limited> {
  const hit = await deps.rateLimiter.hit(`2fa:${acting.ip ?? ''}`, 10, 5 * 60);
  if (!hit.ok)
    return { ok: false, reason: 'RATE_LIMITED', retryAfterSeconds: hit.retryAfterSeconds };
  const api = authFor(deps).api;
  const request = {
    body: { code: input.code },
    headers: authHeaders(acting.session, acting.ip),
    returnHeaders: true as const,
  };
  const result = await attempt(() =>
    /^\d{6}$/.test(input.code) ? api.verifyTOTP(request) : api.verifyBackupCode(request),
  );
  if (!result.ok) return { ok: false, reason: 'INVALID' };
  return { ok: true, cookies: cookiesOf(result.value.headers) };
}

/** Ends the caller's browser session; the cookies that clear it. */
export async function signOut(deps: AppDeps, acting: SessionActing): Promise<SessionCookies> {
  if (acting.actor.kind !== 'user') return [];
  const result = await attempt(() =>
    authFor(deps).api.signOut({
      headers: authHeaders(acting.session, acting.ip),
      returnHeaders: true,
    }),
  );
  return result.ok ? cookiesOf(result.value.headers) : [];
}
