// Asking for a link: SENT whatever the address (RATE_LIMITED aside), so the form tells nothing.
// Using it: RESET (every session of the account ends) | WEAK (field message) | INVALID link.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import type { MessageKey } from '../../../platform/i18n';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { passwordProblem } from './password-policy';

type Limited = { ok: false; reason: 'RATE_LIMITED'; retryAfterSeconds: number };

export async function requestPasswordReset(
  deps: AppDeps,
  acting: AuditContext,
  input: { email: string },
): Promise<{ ok: true } | Limited> {
  const email = input.email.toLowerCase();
  const hit = await deps.rateLimiter.hit(`reset:${email}`, 3, 60 * 60);
  const ipHit = await deps.rateLimiter.hit(`reset-ip:${acting.ip ?? ''}`, 20, 60 * 60);
  const limited = !hit.ok ? hit : !ipHit.ok ? ipHit : undefined;
  if (limited)
    return { ok: false, reason: 'RATE_LIMITED', retryAfterSeconds: limited.retryAfterSeconds };
  await attempt(() =>
    authFor(deps).api.requestPasswordReset({ body: { email, redirectTo: '/reset-password' } }),
  );
  return { ok: true };
}

export async function resetPassword(
  deps: AppDeps,
  _acting: AuditContext,
  input: { token: string; password: string },
): Promise<
  | { ok: true }
  | { ok: false; reason: 'WEAK'; problem: MessageKey }
  | { ok: false; reason: 'INVALID' }
> {
  const problem = passwordProblem(input.password);
  if (problem) return { ok: false, reason: 'WEAK', problem };
  const result = await attempt(() =>
    authFor(deps).api.resetPassword({
      body: { token: input.token, newPassword: input.password },
    }),
  );
  return result.ok ? { ok: true } : { ok: false, reason: 'INVALID' };
}
