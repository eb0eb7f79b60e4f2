// Level-3 controls: staff and administrators may not reuse their last 10 passwords. The current
// password's hash is the account's credential; the nine before it are kept in
// identity_password_history, compared with better-auth's own scrypt verification. Only staff
// accounts keep a history (members' earlier passwords are personal data nothing needs).
import type { AppDeps } from '../../../platform/deps';
import {
  currentPasswordHash,
  earlierPasswordHashes,
  rememberReplacedPassword,
} from '../db/password-history.repository';
import { rolesOf } from '../db/users.repository';
import { authFor } from './auth';

/** The current password and the earlier ones a staff account may not choose again. */
export const PASSWORD_HISTORY = 10;

export async function keepsPasswordHistory(deps: Pick<AppDeps, 'database'>, userId: string) {
  const roles = await rolesOf(deps.database.db, userId);
  return roles.includes('admin') || roles.includes('staff');
}

/** Whether the password is the staff account's current one or one of the nine before it. */
export async function isRecentPassword(
  deps: AppDeps,
  input: { userId: string; password: string },
): Promise<boolean> {
  if (!(await keepsPasswordHistory(deps, input.userId))) return false;
  const { db } = deps.database;
  const current = await currentPasswordHash(db, input.userId);
  const earlier = await earlierPasswordHashes(db, input.userId, PASSWORD_HISTORY - 1);
  const { password } = await authFor(deps).$context;
  for (const hash of current ? [current, ...earlier] : earlier) {
    if (await password.verify({ hash, password: input.password })) return true;
  }
  return false;
}

/** After a change or reset: the replaced hash joins a staff account's history. */
export async function rememberPassword(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  input: { userId: string; replacedHash: string | undefined },
): Promise<void> {
  if (!input.replacedHash || !(await keepsPasswordHistory(deps, input.userId))) return;
  await rememberReplacedPassword(deps.database.db, {
    userId: input.userId,
    hash: input.replacedHash,
    at: deps.clock(),
    keep: PASSWORD_HISTORY - 1,
  });
}
