// Asking for a link: ACCEPTED whatever the address (RATE_LIMITED per address aside). The request
// only queues a job, so it does the same work and takes the same time for every address; the
// job decides: no account → nothing; else a mail, at most a few an hour per account (the links
// already sent stay valid for their hour, so nobody else's requests can keep the owner out).
// Using a link: RESET (every session of the account ends) | WEAK (field message) | REUSED (a
// staff account's current or one of its nine earlier passwords) | INVALID link.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import type { MessageKey } from '../../../platform/i18n';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import { currentPasswordHash } from '../db/password-history.repository';
import { findUserByEmail } from '../db/users.repository';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { AUTH_LIMITS, hitAll, type Limited } from './auth-limits';
import { isRecentPassword, rememberPassword } from './password-history';
import { passwordProblem } from './password-policy';

export const PASSWORD_RESET_JOB = 'identity.password-reset';

interface ResetRequest {
  email: string;
  ip: string;
}

export async function requestPasswordReset(
  deps: AppDeps,
  acting: AuditContext,
  input: { email: string },
): Promise<{ ok: true } | Limited> {
  const ip = acting.ip ?? '';
  const limited = await hitAll(deps, [[`reset-ip:${ip}`, AUTH_LIMITS.resetAddress]]);
  if (limited) return limited;
  const payload: ResetRequest = { email: input.email.trim().toLowerCase(), ip };
  await deps.database.db.transaction((tx) =>
    scheduleJob(tx, { name: PASSWORD_RESET_JOB, payload, runAt: deps.clock() }),
  );
  deps.jobs.wake();
  return { ok: true };
}

/** The job: a reset mail (better-auth's, with a new one-hour link) when the account exists. */
export async function sendPasswordReset(job: JobRun, deps: AppDeps): Promise<void> {
  const { email, ip } = job.payload as ResetRequest;
  const user = await findUserByEmail(deps.database.db, email);
  if (!user) return;
  const capped = await hitAll(deps, [
    [`reset-mail:${user.id}:${ip}`, AUTH_LIMITS.resetMailAccountAddress],
    [`reset-mail:${user.id}`, AUTH_LIMITS.resetMailAccount],
  ]);
  if (capped) return;
  await authFor(deps).api.requestPasswordReset({ body: { email, redirectTo: '/reset-password' } });
}

/** The account a reset link is for, while the link is valid. */
async function accountOfResetLink(deps: AppDeps, token: string): Promise<string | undefined> {
  const ctx = await authFor(deps).$context;
  const link = await ctx.internalAdapter.findVerificationValue(`reset-password:${token}`);
  return link && link.expiresAt > new Date() ? link.value : undefined;
}

export async function resetPassword(
  deps: AppDeps,
  acting: AuditContext,
  input: { token: string; password: string },
): Promise<
  | { ok: true }
  | { ok: false; reason: 'WEAK'; problem: MessageKey }
  | { ok: false; reason: 'INVALID' | 'REUSED' }
> {
  const problem = passwordProblem(input.password);
  if (problem) return { ok: false, reason: 'WEAK', problem };
  const userId = await accountOfResetLink(deps, input.token);
  if (!userId) return { ok: false, reason: 'INVALID' };
  if (await isRecentPassword(deps, { userId, password: input.password })) {
    return { ok: false, reason: 'REUSED' };
  }
  const replacedHash = await currentPasswordHash(deps.database.db, userId);
  const result = await attempt(() =>
    authFor(deps).api.resetPassword({
      body: { token: input.token, newPassword: input.password },
    }),
  );
  if (!result.ok) return { ok: false, reason: 'INVALID' };
  await rememberPassword(deps, { userId, replacedHash });
  await recordAudit(deps.database.db, acting, {
    action: 'security.password:reset',
    entityType: 'identity.user',
    entityId: userId,
  });
  return { ok: true };
}
