// createReviewRound outcomes: created (audited; the assignment seed fixed now) | NOT_FOUND
// (thrown: unknown call, or not the actor's to manage) | INVALID (field messages).
import { randomBytes } from 'node:crypto';
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { findCallById } from '../../db/calls.repository';
import { insertRound, type RoundRow } from '../../db/review.repository';
import { canManageReviews } from '../../permissions';
import { actorIdOf, invalid, requireCapability, type Invalid, type DbDeps } from '../common';
import { ZRoundInput, type TRoundInput } from '../reviews/shared-review';

export type CreateReviewRoundResult = { ok: true; round: RoundRow } | Invalid;

export async function createReviewRound(
  deps: DbDeps,
  acting: AuditContext,
  input: TRoundInput & { callId: string },
): Promise<CreateReviewRoundResult> {
  const db = deps.database.db;
  const { callId } = input;
  requireCapability(canManageReviews(acting.actor));
  const call = await findCallById(db, callId);
  if (!call) throw new AppError('NOT_FOUND');
  const parsed = ZRoundInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const round = await db.transaction(async (tx) => {
    const created = await insertRound(tx, {
      ...parsed.data,
      callId,
      seed: randomBytes(8).toString('hex'),
      createdBy: actorIdOf(acting),
    });
    await recordAudit(tx, acting, {
      action: 'programs.round:create',
      entityType: 'review_round',
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return { ok: true, round };
}
