// Outcomes: created (verification mail sent) | INVALID (field messages) — nothing is stored on refusal.
import type { AuditContext } from '../../../platform/audit';
import type { FieldErrors } from '../../../platform/errors';
import type { AppDeps } from '../../../platform/deps';
import type { Locale } from '../../../platform/i18n';
import { findUserByEmail, recordConsent } from '../db/users.repository';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { passwordProblem } from './password-policy';

export const ACCOUNT_NOTICE_VERSION = '2026-01';

export interface RegisterInput {
  name: string;
  email: string;
  password: string;
  locale: Locale;
}

export async function registerAccount(
  deps: AppDeps,
  _acting: AuditContext,
  input: RegisterInput,
): Promise<{ ok: true; userId: string } | { ok: false; fields: FieldErrors }> {
  const email = input.email.trim().toLowerCase();
  const problem = passwordProblem(input.password, email);
  if (problem) return { ok: false, fields: { password: { key: problem } } };
  if (await findUserByEmail(deps.database.db, email)) {
    return { ok: false, fields: { email: { key: 'identity.register.emailTaken' } } };
  }
  const result = await attempt(() =>
    authFor(deps).api.signUpEmail({
      body: { name: input.name.trim(), email, password: input.password, locale: input.locale },
    }),
  );
  if (!result.ok) {
    if (result.code.startsWith('USER_ALREADY_EXISTS')) {
      return { ok: false, fields: { email: { key: 'identity.register.emailTaken' } } };
    }
    return { ok: false, fields: { password: { key: 'validation.invalid' } } };
  }
  const userId = result.value.user.id;
  await recordConsent(deps.database.db, {
    userId,
    purpose: 'account',
    noticeVersion: ACCOUNT_NOTICE_VERSION,
    channel: 'web-form',
  });
  return { ok: true, userId };
}
