// changeCouncilMemberRole outcomes: changed (audited: the member before and after) | unchanged
// (the member has that role already: nothing written) | NOT_FOUND (thrown: unknown council or
// member, or not the actor's to manage) | INVALID (not a role) | ROLE_TAKEN (another member is
// the chair or the secretary: change theirs first; a council has at most one of each) |
// MEETING_RECORDED (see lockComposition).
import { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { updateMemberRole, type CouncilMemberRow } from '../../db/council.repository';
import { violatedUnique } from '../../db/programmes.repository';
import { COUNCIL_ROLES } from '../../db/tables';
import { canManageCouncils } from '../../permissions';
import { invalid, requireCapability, type Invalid, type Refusal, type DbDeps } from '../common';
import { getCouncil, lockComposition } from './shared-council';

export type ChangeCouncilMemberRoleResult =
  { ok: true; member: CouncilMemberRow } | Invalid | Refusal<'ROLE_TAKEN' | 'MEETING_RECORDED'>;

export async function changeCouncilMemberRole(
  deps: DbDeps,
  acting: AuditContext,
  input: { councilId: string; memberId: string; role: string },
): Promise<ChangeCouncilMemberRoleResult> {
  const db = deps.database.db;
  const { councilId, memberId, role } = input;
  requireCapability(canManageCouncils(acting.actor));
  await getCouncil(db, councilId);
  const parsed = z.enum(COUNCIL_ROLES).safeParse(role);
  if (!parsed.success) return invalid({ role: { key: 'validation.choice' } });
  try {
    return await db.transaction(async (tx) => {
      const composition = await lockComposition(tx, councilId);
      if ('reason' in composition) return composition;
      const before = composition.members.find((m) => m.id === memberId);
      if (!before) throw new AppError('NOT_FOUND');
      if (before.role === parsed.data) return { ok: true, member: before };
      const member = (await updateMemberRole(tx, councilId, memberId, parsed.data))!;
      await recordAudit(tx, acting, {
        action: 'programs.council:changeMemberRole',
        entityType: 'council',
        entityId: councilId,
        before,
        after: member,
      });
      return { ok: true, member };
    });
  } catch (err) {
    // The council's one chair and one secretary are kept by a unique index.
    if (violatedUnique(err)) return { ok: false, reason: 'ROLE_TAKEN' };
    throw err;
  }
}
