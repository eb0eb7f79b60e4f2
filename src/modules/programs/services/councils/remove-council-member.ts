// removeCouncilMember outcomes: removed (audited: the member as they were) | NOT_FOUND (thrown:
// unknown council or member, or not the actor's to manage) | MEETING_RECORDED (see
// lockComposition).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { deleteMember } from '../../db/council.repository';
import { canManageCouncils } from '../../permissions';
import { requireCapability, type Refusal, type DbDeps } from '../common';
import { getCouncil, lockComposition } from './shared-council';

export async function removeCouncilMember(
  deps: DbDeps,
  acting: AuditContext,
  input: { councilId: string; memberId: string },
): Promise<{ ok: true } | Refusal<'MEETING_RECORDED'>> {
  const db = deps.database.db;
  const { councilId, memberId } = input;
  requireCapability(canManageCouncils(acting.actor));
  await getCouncil(db, councilId);
  return db.transaction(async (tx) => {
    const composition = await lockComposition(tx, councilId);
    if ('reason' in composition) return composition;
    if (!composition.members.some((m) => m.id === memberId)) throw new AppError('NOT_FOUND');
    const removed = await deleteMember(tx, councilId, memberId);
    await recordAudit(tx, acting, {
      action: 'programs.council:removeMember',
      entityType: 'council',
      entityId: councilId,
      before: removed,
    });
    return { ok: true };
  });
}
