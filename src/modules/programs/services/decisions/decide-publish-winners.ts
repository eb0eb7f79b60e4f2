// publishWinners outcomes: published or withdrawn (audited) | NOT_FOUND (thrown: unknown call,
// or not the actor's to decide) | UNCHANGED (already in that state).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { findCallById } from '../../db/calls.repository';
import { deletePublication, insertPublication } from '../../db/review.repository';
import { canDecide } from '../../permissions';
import { actorIdOf, requireCapability, type Refusal, type ClockDeps } from '../common';

export async function publishWinners(
  deps: ClockDeps,
  acting: AuditContext,
  input: { callId: string; isPublished: boolean },
): Promise<{ ok: true } | Refusal<'UNCHANGED'>> {
  const db = deps.database.db;
  const now = deps.clock();
  const { callId, isPublished } = input;
  requireCapability(canDecide(acting.actor));
  const call = await findCallById(db, callId);
  if (!call) throw new AppError('NOT_FOUND');
  const changed = await db.transaction(async (tx) => {
    const row = isPublished
      ? await insertPublication(tx, { callId, publishedBy: actorIdOf(acting), publishedAt: now })
      : await deletePublication(tx, callId);
    if (!row) return false;
    await recordAudit(tx, acting, {
      action: isPublished ? 'programs.results:publish' : 'programs.results:withdraw',
      entityType: 'call',
      entityId: callId,
      after: { isPublished },
    });
    return true;
  });
  return changed ? { ok: true } : { ok: false, reason: 'UNCHANGED' };
}
