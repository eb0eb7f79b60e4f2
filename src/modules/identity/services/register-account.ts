// Outcomes: ACCEPTED — a new account (verification mail sent) or, for an address that already has
// one, a mail to its owner instead: the answer and the work are the same, so the form tells
// nobody which addresses have accounts | INVALID (field messages, nothing stored) | RATE_LIMITED.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import type { FieldErrors } from '../../../platform/errors';
import type { Locale } from '../../../platform/i18n';
import { findUserByEmail, recordConsent } from '../db/users.repository';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { AUTH_LIMITS, hitAll, type Limited } from './auth-limits';
import { letter } from './mail-templates';
import { passwordProblem } from './password-policy';

export const ACCOUNT_NOTICE_VERSION = '2026-01';

export interface RegisterInput {
  name: string;
  email: string;
  password: string;
  locale: Locale;
}

type RegisterResult =
  { ok: true } | { ok: false; reason: 'INVALID'; fields: FieldErrors } | Limited;

export async function registerAccount(
  deps: AppDeps,
  acting: AuditContext,
  input: RegisterInput,
): Promise<RegisterResult> {
  const limited = await hitAll(deps, [
    [`register-ip:${acting.ip ?? ''}`, AUTH_LIMITS.registerAddress],
  ]);
  if (limited) return limited;
  const email = input.email.trim().toLowerCase();
  const problem = passwordProblem(input.password, email);
  if (problem) return { ok: false, reason: 'INVALID', fields: { password: { key: problem } } };
  const existing = await findUserByEmail(deps.database.db, email);
  if (existing) {
    await tellOwner(deps, existing, input.password);
    return { ok: true };
  }
  const result = await attempt(() =>
    authFor(deps).api.signUpEmail({
      body: { name: input.name.trim(), email, password: input.password, locale: input.locale },
    }),
  );
  if (!result.ok) {
    // Registered by someone else a moment ago: that owner is told, as above.
    const raced = await findUserByEmail(deps.database.db, email);
    if (raced) await tellOwner(deps, raced, input.password);
    return raced
      ? { ok: true }
      : { ok: false, reason: 'INVALID', fields: { password: { key: 'validation.invalid' } } };
  }
  await recordConsent(deps.database.db, {
    userId: result.value.user.id,
    purpose: 'account',
    noticeVersion: ACCOUNT_NOTICE_VERSION,
    channel: 'web-form',
  });
  return { ok: true };
}

/** "You already have an account", at most a few times an hour, after the same hashing work. */
async function tellOwner(
  deps: AppDeps,
  owner: { id: string; email: string; name: string; locale: string },
  password: string,
) {
  // A new account costs a password hash; without one here, the answer would come measurably
  // sooner for addresses that have an account.
  await (await authFor(deps).$context).password.hash(password);
  const capped = await hitAll(deps, [
    [`register-notice:${owner.id}`, AUTH_LIMITS.registerNoticeAccount],
  ]);
  if (capped) return;
  const base = deps.config.publicUrl;
  await deps.database.db.transaction((tx) =>
    deps.mail.queue(
      tx,
      letter({
        to: owner.email,
        locale: owner.locale,
        name: owner.name,
        subject: 'identity.mail.registered.subject',
        body: 'identity.mail.registered.body',
        params: { reset: `${base}/forgot-password` },
        url: `${base}/login`,
        template: 'identity.registered',
      }),
    ),
  );
  deps.jobs.wake();
}
