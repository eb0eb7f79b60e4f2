// Outcomes: setup started (secret + backup codes, not yet on) | turned on by a correct code |
// turned off with the password | WRONG_PASSWORD | INVALID_CODE | ALREADY_ON | NOT_STARTED | RATE_LIMITED
import type { AppDeps } from '../../../platform/deps';
import { recordAudit } from '../../../platform/audit';
import { accountHolder } from './account-context';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { authHeaders, cookiesOf, type SessionActing, type SessionCookies } from './caller-session';

export type TwoFactorRefusal =
  'WRONG_PASSWORD' | 'INVALID_CODE' | 'ALREADY_ON' | 'NOT_STARTED' | 'RATE_LIMITED';
type Refused = { ok: false; reason: TwoFactorRefusal; retryAfterSeconds?: number };

export interface TwoFactorSetup {
  /** Base32, as an authenticator app expects it typed in. */
  secret: string;
  uri: string;
  backupCodes: string[];
}

/** The base32 secret inside an otpauth:// URI. */
export function secretOfUri(uri: string): string {
  const query = uri.slice(uri.indexOf('?') + 1);
  return new URLSearchParams(query).get('secret') ?? '';
}

/** Groups of four characters, easier to type into an app by hand. */
export const groupSecret = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? '';

/** Password and code guesses from a stolen session are bounded per account. */
async function limit(
  deps: AppDeps,
  acting: SessionActing,
  kind: 'password' | 'code',
): Promise<Refused | undefined> {
  const actor = accountHolder(acting);
  const hit = await deps.rateLimiter.hit(`2fa-setup-${kind}:${actor.user.id}`, 10, 15 * 60);
  return hit.ok
    ? undefined
    : { ok: false, reason: 'RATE_LIMITED', retryAfterSeconds: hit.retryAfterSeconds };
}

export async function startTwoFactorSetup(
  deps: AppDeps,
  acting: SessionActing,
  input: { password: string },
): Promise<{ ok: true; setup: TwoFactorSetup } | Refused> {
  const actor = accountHolder(acting);
  if (actor.user.twoFactorEnabled) return { ok: false, reason: 'ALREADY_ON' };
  const limited = await limit(deps, acting, 'password');
  if (limited) return limited;
  const result = await attempt(() =>
    authFor(deps).api.enableTwoFactor({
      body: { password: input.password },
      headers: authHeaders(acting.session, acting.ip),
    }),
  );
  if (!result.ok) {
    return {
      ok: false,
      reason: result.code === 'TOTP_ALREADY_ENABLED' ? 'ALREADY_ON' : 'WRONG_PASSWORD',
    };
  }
  const { totpURI, backupCodes } = result.value as { totpURI: string; backupCodes: string[] };
  return { ok: true, setup: { secret: secretOfUri(totpURI), uri: totpURI, backupCodes } };
}

/** A correct code from the app proves it holds the secret; only then is the second factor on. */
export async function confirmTwoFactorSetup(
  deps: AppDeps,
  acting: SessionActing,
  input: { code: string },
): Promise<{ ok: true; cookies: SessionCookies } | Refused> {
  const actor = accountHolder(acting);
  if (actor.user.twoFactorEnabled) return { ok: false, reason: 'ALREADY_ON' };
  const limited = await limit(deps, acting, 'code');
  if (limited) return limited;
  const { code } = input;
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: 'INVALID_CODE' };
  const result = await attempt(() =>
    authFor(deps).api.verifyTOTP({
      body: { code },
      headers: authHeaders(acting.session, acting.ip),
      returnHeaders: true,
    }),
  );
  if (!result.ok) {
    return {
      ok: false,
      reason: result.code === 'TOTP_NOT_ENABLED' ? 'NOT_STARTED' : 'INVALID_CODE',
    };
  }
  // Every account's second factor is on the security log, not only staff's.
  await recordAudit(deps.database.db, acting, {
    action: 'identity.twoFactor:enable',
    entityType: 'identity.user',
    entityId: actor.user.id,
    before: { twoFactorEnabled: false },
    after: { twoFactorEnabled: true },
  });
  return { ok: true, cookies: cookiesOf(result.value.headers) };
}

export async function disableTwoFactor(
  deps: AppDeps,
  acting: SessionActing,
  input: { password: string },
): Promise<{ ok: true; cookies: SessionCookies } | Refused> {
  const actor = accountHolder(acting);
  const limited = await limit(deps, acting, 'password');
  if (limited) return limited;
  const result = await attempt(() =>
    authFor(deps).api.disableTwoFactor({
      body: { password: input.password },
      headers: authHeaders(acting.session, acting.ip),
      returnHeaders: true,
    }),
  );
  if (!result.ok) return { ok: false, reason: 'WRONG_PASSWORD' };
  // Every account's second factor is on the security log, not only staff's.
  await recordAudit(deps.database.db, acting, {
    action: 'identity.twoFactor:disable',
    entityType: 'identity.user',
    entityId: actor.user.id,
    before: { twoFactorEnabled: actor.user.twoFactorEnabled },
    after: { twoFactorEnabled: false },
  });
  return { ok: true, cookies: cookiesOf(result.value.headers) };
}
