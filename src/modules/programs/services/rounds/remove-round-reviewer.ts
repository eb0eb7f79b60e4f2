// removeRoundReviewer outcomes: removed from the pool with their unscored assignments (audited)
// | NOT_FOUND (thrown: unknown round, not the actor's to manage, or not in the pool) | HAS_SHEETS
// (the reviewer saved a sheet in this round: the pool, the assignments and the sheets stay).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { deletePoolMember } from '../../db/review.repository';
import {
  countReviewerSheets,
  deleteReviewerAssignments,
  lockReviewerAssignments,
} from '../../db/review-pool.repository';
import { canManageReviews } from '../../permissions';
import { requireCapability, type Refusal, type DbDeps } from '../common';
import { getRound } from '../reviews/shared-review';

export async function removeRoundReviewer(
  deps: DbDeps,
  acting: AuditContext,
  input: { roundId: string; userId: string },
): Promise<{ ok: true } | Refusal<'HAS_SHEETS'>> {
  const db = deps.database.db;
  const { roundId, userId } = input;
  requireCapability(canManageReviews(acting.actor));
  const round = await getRound(db, roundId);
  return db.transaction(async (tx) => {
    await lockReviewerAssignments(tx, round.id, userId);
    if ((await countReviewerSheets(tx, round.id, userId)) > 0)
      return { ok: false as const, reason: 'HAS_SHEETS' as const };
    const removed = await deleteReviewerAssignments(tx, round.id, userId);
    if (!(await deletePoolMember(tx, round.id, userId))) throw new AppError('NOT_FOUND');
    await recordAudit(tx, acting, {
      action: 'programs.round:removeReviewer',
      entityType: 'review_round',
      entityId: round.id,
      before: { userId, assignments: removed },
    });
    return { ok: true as const };
  });
}
