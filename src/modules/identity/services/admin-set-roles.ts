// Outcomes: SAVED (audited, before/after) | UNCHANGED | NOT_FOUND | SELF_DEMOTION — nothing is
// written on a refusal, and the role changes and their audit entry commit together or not at all.
import type { AuditContext } from '../../../platform/audit';
import { recordAudit } from '../../../platform/audit';
import { can, type Role } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { getUserById, grantRole, revokeRole, rolesOf } from '../db/users.repository';
import { isAssignableRole, sortRoles, type AssignableRole } from './admin-users.queries';

export type SetUserRolesResult =
  | { ok: true; changed: boolean; before: Role[]; after: Role[] }
  | { ok: false; reason: 'NOT_FOUND' | 'SELF_DEMOTION' };

export async function setUserRoles(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { userId: string; roles: readonly AssignableRole[] },
): Promise<SetUserRolesResult> {
  const { actor } = acting;
  if (!can(actor, 'identity.role:grant')) throw new AppError('NOT_FOUND');
  return deps.database.db.transaction(async (tx) => {
    if (!(await getUserById(tx, input.userId))) return { ok: false, reason: 'NOT_FOUND' };
    const before = sortRoles(await rolesOf(tx, input.userId));
    // Stored roles the form does not offer are kept as they are.
    const after = sortRoles([...before.filter((r) => !isAssignableRole(r)), ...input.roles]);
    const isSelf = actor.kind === 'user' && actor.user.id === input.userId;
    // An administrator removing their own role could leave the platform with none.
    if (isSelf && before.includes('admin') && !after.includes('admin')) {
      return { ok: false, reason: 'SELF_DEMOTION' };
    }
    if (before.join() === after.join()) return { ok: true, changed: false, before, after };
    const grantedBy = actor.kind === 'user' ? actor.user.id : undefined;
    for (const role of after.filter((r) => !before.includes(r))) {
      await grantRole(tx, input.userId, role, grantedBy);
    }
    for (const role of before.filter((r) => !after.includes(r))) {
      await revokeRole(tx, input.userId, role);
    }
    await recordAudit(tx, acting, {
      action: 'identity.role:grant',
      entityType: 'user',
      entityId: input.userId,
      before: { roles: before },
      after: { roles: after },
    });
    return { ok: true, changed: true, before, after };
  });
}
