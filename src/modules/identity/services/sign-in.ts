// Outcomes: signed in (cookies) | second factor needed (cookie) | INVALID | UNVERIFIED | RATE_LIMITED;
// the second step: signed in (cookies) | INVALID | RATE_LIMITED; signing out (cookies).
import { recordAudit } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { findUserByEmail } from '../db/users.repository';
import { clearFailedSignIns, lockOf, noteFailedSignIn } from './account-lock';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { AUTH_LIMITS, hitAll, releaseAll, type Limited } from './auth-limits';
import { authHeaders, cookiesOf, type SessionActing, type SessionCookies } from './caller-session';
import { secondFactorAccount } from './second-factor-challenge';

export type SignInResult =
  | { ok: true; cookies: SessionCookies; needsSecondFactor: boolean }
  | { ok: false; reason: 'INVALID' | 'UNVERIFIED' | 'LOCKED' | 'DISABLED' }
  | Limited;

export async function signIn(
  deps: AppDeps,
  acting: SessionActing,
  input: { email: string; password: string },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const ip = acting.ip ?? '';
  // Counted before the password is checked, so that parallel guesses are counted too; a success
  // gives its attempt back, so an office signing in all day behind one address is never refused.
  const accountAddressKey = `login:${email}:${ip}`;
  const keys = [
    [`login-account:${email}`, AUTH_LIMITS.loginAccount],
    [accountAddressKey, AUTH_LIMITS.loginAccountAddress],
    [`login-ip:${ip}`, AUTH_LIMITS.loginAddress],
  ] as const;
  const limited = await hitAll(deps, keys);
  // The security log (level-3 controls): every sign-in, failed, refused or not, with its address.
  const log = (outcome: string) =>
    recordAudit(
      deps.database.db,
      { ...acting, label: email },
      {
        action: `security.signIn:${outcome}`,
        entityType: 'identity.user',
        entityId: email,
      },
    );
  if (limited) {
    await log('limited');
    return limited;
  }
  const account = await findUserByEmail(deps.database.db, email);
  const lock = account && (await lockOf(deps, account.id));
  if (lock) {
    await log(lock === 'LOCKED' ? 'locked' : 'disabled');
    return { ok: false, reason: lock };
  }
  const result = await attempt(() =>
    authFor(deps).api.signInEmail({
      body: { email, password: input.password, rememberMe: true },
      headers: authHeaders(acting.session, acting.ip),
      returnHeaders: true,
    }),
  );
  if (!result.ok) {
    await log('failure');
    if (account && result.code === 'INVALID_EMAIL_OR_PASSWORD') {
      await noteFailedSignIn(deps, acting, account);
    }
    return { ok: false, reason: result.code === 'EMAIL_NOT_VERIFIED' ? 'UNVERIFIED' : 'INVALID' };
  }
  await log('success');
  if (account) await clearFailedSignIns(deps, account.id);
  await releaseAll(deps, keys);
  await deps.rateLimiter.reset(accountAddressKey);
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
  const account = await secondFactorAccount(deps, acting.session);
  const keys = [
    [`2fa-account:${account ?? 'none'}`, AUTH_LIMITS.secondFactorAccount],
    [`2fa-ip:${acting.ip ?? ''}`, AUTH_LIMITS.secondFactorAddress],
  ] as const;
  const limited = await hitAll(deps, keys);
  if (limited) return limited;
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
  await releaseAll(deps, keys);
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
