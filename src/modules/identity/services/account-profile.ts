// Outcomes: profile updated (name, language) | NOT_FOUND when the account vanished meanwhile.
import { z } from 'zod';
import type { AuditContext } from '../../../platform/audit';
import { PLATFORM_ROLES, type Role } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { LOCALES, type Locale } from '../../../platform/i18n';
import { consentsOf, getUserById, updateUser } from '../db/users.repository';
import { accountHolder, auditStaffWrite } from './account-context';

export const ZProfileForm = z.object({
  name: z.string().trim().min(1).max(120),
  locale: z.enum(LOCALES),
});
export type TProfileForm = z.infer<typeof ZProfileForm>;

/** What /account shows: the stored profile, platform roles and the consents given. */
export async function getAccountOverview(deps: Pick<AppDeps, 'database'>, acting: AuditContext) {
  const actor = accountHolder(acting);
  const { db } = deps.database;
  const user = await getUserById(db, actor.user.id);
  if (!user) throw new AppError('NOT_FOUND');
  const consents = await consentsOf(db, user.id);
  consents.sort((a, b) => b.givenAt.getTime() - a.givenAt.getTime());
  const roles = PLATFORM_ROLES.filter((r: Role) => actor.roles.has(r));
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      locale: (LOCALES as readonly string[]).includes(user.locale) ? (user.locale as Locale) : 'vi',
      twoFactorEnabled: user.twoFactorEnabled,
      createdAt: user.createdAt,
    },
    roles,
    consents,
  };
}

export async function updateProfile(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: TProfileForm,
): Promise<void> {
  const actor = accountHolder(acting);
  const { db } = deps.database;
  const before = await getUserById(db, actor.user.id);
  if (!before) throw new AppError('NOT_FOUND');
  await db.transaction(async (tx) => {
    const change = { name: input.name, locale: input.locale };
    await updateUser(tx, actor.user.id, change, deps.clock());
    await auditStaffWrite(tx, acting, {
      action: 'identity.profile:update',
      entityType: 'identity.user',
      entityId: actor.user.id,
      before: { name: before.name, locale: before.locale },
      after: { name: input.name, locale: input.locale },
    });
  });
}
