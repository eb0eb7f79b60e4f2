// Outcomes: setup started (secret + backup codes, not yet on) | turned on by a correct code |
// turned off with the password | WRONG_PASSWORD | INVALID_CODE | ALREADY_ON | NOT_STARTED | RATE_LIMITED
import type { RequestContext } from '../../../platform/http/context';
import { accountHolder, auditStaffWrite } from './account-context';
import { authFor } from './auth';
import { attempt } from './auth-errors';

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
function limit(ctx: RequestContext, kind: 'password' | 'code'): Refused | undefined {
  const actor = accountHolder(ctx);
  const hit = ctx.deps.rateLimiter.hit(`2fa-setup-${kind}:${actor.user.id}`, 10, 15 * 60);
  return hit.ok
    ? undefined
    : { ok: false, reason: 'RATE_LIMITED', retryAfterSeconds: hit.retryAfterSeconds };
}

export async function startTwoFactorSetup(
  ctx: RequestContext,
  headers: Headers,
  password: string,
): Promise<{ ok: true; setup: TwoFactorSetup } | Refused> {
  const actor = accountHolder(ctx);
  if (actor.user.twoFactorEnabled) return { ok: false, reason: 'ALREADY_ON' };
  const limited = limit(ctx, 'password');
  if (limited) return limited;
  const result = await attempt(() =>
    authFor(ctx.deps).api.enableTwoFactor({ body: { password }, headers }),
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
  ctx: RequestContext,
  headers: Headers,
  code: string,
): Promise<{ ok: true; headers: Headers } | Refused> {
  const actor = accountHolder(ctx);
  if (actor.user.twoFactorEnabled) return { ok: false, reason: 'ALREADY_ON' };
  const limited = limit(ctx, 'code');
  if (limited) return limited;
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: 'INVALID_CODE' };
  const result = await attempt(() =>
    authFor(ctx.deps).api.verifyTOTP({ body: { code }, headers, returnHeaders: true }),
  );
  if (!result.ok) {
    return {
      ok: false,
      reason: result.code === 'TOTP_NOT_ENABLED' ? 'NOT_STARTED' : 'INVALID_CODE',
    };
  }
  await auditStaffWrite(ctx, {
    action: 'identity.twoFactor:enable',
    entityType: 'identity.user',
    entityId: actor.user.id,
    before: { twoFactorEnabled: false },
    after: { twoFactorEnabled: true },
  });
  return { ok: true, headers: result.value.headers };
}

export async function disableTwoFactor(
  ctx: RequestContext,
  headers: Headers,
  password: string,
): Promise<{ ok: true; headers: Headers } | Refused> {
  const actor = accountHolder(ctx);
  const limited = limit(ctx, 'password');
  if (limited) return limited;
  const result = await attempt(() =>
    authFor(ctx.deps).api.disableTwoFactor({ body: { password }, headers, returnHeaders: true }),
  );
  if (!result.ok) return { ok: false, reason: 'WRONG_PASSWORD' };
  await auditStaffWrite(ctx, {
    action: 'identity.twoFactor:disable',
    entityType: 'identity.user',
    entityId: actor.user.id,
    before: { twoFactorEnabled: actor.user.twoFactorEnabled },
    after: { twoFactorEnabled: false },
  });
  return { ok: true, headers: result.value.headers };
}
