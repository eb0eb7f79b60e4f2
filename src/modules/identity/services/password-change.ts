// Outcomes: CHANGED (the account's other sessions end; cookies of the renewed one) |
// WRONG_PASSWORD (the current password) | WEAK (field message) | REUSED (a staff account's current
// or one of its nine earlier passwords) | RATE_LIMITED. Each change is on the security log.
import { recordAudit } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import type { MessageKey } from '../../../platform/i18n';
import { currentPasswordHash } from '../db/password-history.repository';
import { accountHolder } from './account-context';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { authHeaders, cookiesOf, type SessionActing, type SessionCookies } from './caller-session';
import { isRecentPassword, rememberPassword } from './password-history';
import { passwordProblem } from './password-policy';

export type PasswordChangeResult =
  | { ok: true; cookies: SessionCookies }
  | { ok: false; reason: 'WRONG_PASSWORD' | 'REUSED' }
  | { ok: false; reason: 'WEAK'; problem: MessageKey }
  | { ok: false; reason: 'RATE_LIMITED'; retryAfterSeconds: number };

export async function changePassword(
  deps: AppDeps,
  acting: SessionActing,
  input: { currentPassword: string; newPassword: string },
): Promise<PasswordChangeResult> {
  const { user } = accountHolder(acting);
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) return { ok: false, reason: 'WEAK', problem };
  // Guesses of the current password from a stolen session are bounded per account; the right
  // password gives its attempt back.
  const limitKey = `password-change:${user.id}`;
  const hit = await deps.rateLimiter.hit(limitKey, 10, 15 * 60);
  if (!hit.ok)
    return { ok: false, reason: 'RATE_LIMITED', retryAfterSeconds: hit.retryAfterSeconds };
  const replacedHash = await currentPasswordHash(deps.database.db, user.id);
  const { password } = await authFor(deps).$context;
  // The current password first, so the history says nothing to someone who does not know it.
  const isCurrent =
    replacedHash !== undefined &&
    (await password.verify({ hash: replacedHash, password: input.currentPassword }));
  if (!isCurrent) return { ok: false, reason: 'WRONG_PASSWORD' };
  await deps.rateLimiter.release(limitKey);
  if (await isRecentPassword(deps, { userId: user.id, password: input.newPassword })) {
    return { ok: false, reason: 'REUSED' };
  }
  const result = await attempt(() =>
    authFor(deps).api.changePassword({
      body: { ...input, revokeOtherSessions: true },
      headers: authHeaders(acting.session, acting.ip),
      returnHeaders: true,
    }),
  );
  if (!result.ok) return { ok: false, reason: 'WRONG_PASSWORD' };
  await rememberPassword(deps, { userId: user.id, replacedHash });
  await recordAudit(deps.database.db, acting, {
    action: 'security.password:change',
    entityType: 'identity.user',
    entityId: user.id,
  });
  return { ok: true, cookies: cookiesOf(result.value.headers) };
}
