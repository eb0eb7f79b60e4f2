// Outcomes: a failed log-in counted (LOCKED on the tenth in a row: the owner is mailed an unlock
// link) | unlocked by the link (INVALID when used or older than a day) | unlocked by an
// administrator (NOT_FOUND for an unknown account). Each lock and unlock is on the security log.
import { createHash, randomBytes } from 'node:crypto';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { can } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import {
  clearAccountLock,
  countFailure,
  findAccountLock,
  setUnlockToken,
  unlockByTokenHash,
} from '../db/account-locks.repository';
import { getUserById } from '../db/users.repository';
import { letter } from './mail-templates';

/** Failed log-ins in a row that lock an account. */
export const LOCK_AFTER_FAILURES = 10;
const UNLOCK_LINK_HOURS = 24;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

interface Account {
  id: string;
  email: string;
  name: string;
  locale: string;
}

/** Why an account may not sign in now: locked after failures, or disabled as unused. */
export async function lockOf(
  deps: Pick<AppDeps, 'database'>,
  userId: string,
): Promise<'LOCKED' | 'DISABLED' | undefined> {
  const lock = await findAccountLock(deps.database.db, userId);
  if (!lock?.lockedAt) return undefined;
  return lock.reason === 'inactive' ? 'DISABLED' : 'LOCKED';
}

/** A wrong password for an existing account; the one that locks it mails the owner a link. */
export async function noteFailedSignIn(
  deps: AppDeps,
  acting: AuditContext,
  account: Account,
): Promise<void> {
  const now = deps.clock();
  const { db } = deps.database;
  const { lockedNow } = await countFailure(db, account.id, LOCK_AFTER_FAILURES, now);
  if (!lockedNow) return;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + UNLOCK_LINK_HOURS * 3600_000);
  await db.transaction(async (tx) => {
    await setUnlockToken(tx, account.id, hashOf(token), expiresAt);
    await recordAudit(
      tx,
      { ...acting, label: account.email },
      {
        action: 'security.account:lock',
        entityType: 'user',
        entityId: account.id,
        after: { failures: LOCK_AFTER_FAILURES },
      },
    );
    await deps.mail.queue(
      tx,
      letter({
        to: account.email,
        locale: account.locale,
        name: account.name,
        subject: 'identity.mail.locked.subject',
        body: 'identity.mail.locked.body',
        url: `${deps.config.publicUrl}/unlock-account?token=${encodeURIComponent(token)}`,
        template: 'identity.locked',
      }),
    );
  });
  deps.jobs.wake();
}

/** A successful log-in forgets the failures before it. */
export const clearFailedSignIns = (deps: Pick<AppDeps, 'database'>, userId: string) =>
  clearAccountLock(deps.database.db, userId);

export async function unlockWithLink(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { token: string },
): Promise<{ ok: true } | { ok: false; reason: 'INVALID' }> {
  const { db } = deps.database;
  const userId = await unlockByTokenHash(db, hashOf(input.token), deps.clock());
  if (!userId) return { ok: false, reason: 'INVALID' };
  await recordAudit(db, acting, {
    action: 'security.account:unlock',
    entityType: 'user',
    entityId: userId,
    after: { by: 'link' },
  });
  return { ok: true };
}

export async function unlockAccount(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { userId: string },
): Promise<void> {
  if (!can(acting.actor, 'identity.user:manage')) throw new AppError('NOT_FOUND');
  const { db } = deps.database;
  if (!(await getUserById(db, input.userId))) throw new AppError('NOT_FOUND');
  await db.transaction(async (tx) => {
    await clearAccountLock(tx, input.userId);
    await recordAudit(tx, acting, {
      action: 'security.account:unlock',
      entityType: 'user',
      entityId: input.userId,
      after: { by: 'administrator' },
    });
  });
}
