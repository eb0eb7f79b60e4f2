// createCouncil outcomes: created (audited) | NOT_FOUND (thrown: unknown call, or not the actor's
// to manage) | INVALID (field messages; a round of another call).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { findCallById } from '../../db/calls.repository';
import { insertCouncil, type CouncilRow } from '../../db/council.repository';
import { findRoundById } from '../../db/review.repository';
import { canManageCouncils } from '../../permissions';
import { actorIdOf, invalid, requireCapability, type Invalid, type DbDeps } from '../common';
import { ZCouncilInput, type TCouncilInput } from './shared-council';
import { isUuid } from '../../../../platform/input/uuid';

export async function createCouncil(
  deps: DbDeps,
  acting: AuditContext,
  input: TCouncilInput & { callId: string },
): Promise<{ ok: true; council: CouncilRow } | Invalid> {
  const db = deps.database.db;
  const { callId } = input;
  requireCapability(canManageCouncils(acting.actor));
  const call = await findCallById(db, callId);
  if (!call) throw new AppError('NOT_FOUND');
  const parsed = ZCouncilInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { roundId, ...fields } = parsed.data;
  if (roundId !== '') {
    const round = isUuid(roundId) ? await findRoundById(db, roundId) : undefined;
    if (round?.callId !== callId)
      return invalid({ roundId: { key: 'programs.council.error.round' } });
  }
  const council = await db.transaction(async (tx) => {
    const created = await insertCouncil(tx, {
      ...fields,
      callId,
      roundId: roundId === '' ? null : roundId,
      createdBy: actorIdOf(acting),
    });
    await recordAudit(tx, acting, {
      action: 'programs.council:create',
      entityType: 'council',
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return { ok: true, council };
}
