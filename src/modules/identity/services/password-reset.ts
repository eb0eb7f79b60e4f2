// Asking for a link: ACCEPTED whatever the address (RATE_LIMITED per address aside). The request
// only queues a job, so it does the same work and takes the same time for every address; the
// job decides: no account → nothing; else a mail, at most a few an hour per account (the links
// already sent stay valid for their hour, so nobody else's requests can keep the owner out).
// Using a link: RESET (every session of the account ends) | WEAK (field message) | INVALID link.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import type { MessageKey } from '../../../platform/i18n';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import { findUserByEmail } from '../db/users.repository';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { AUTH_LIMITS, hitAll, type Limited } from './auth-limits';
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
