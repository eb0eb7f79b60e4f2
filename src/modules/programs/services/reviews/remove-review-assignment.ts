// removeReviewAssignment outcomes: removed (audited) | NOT_FOUND (thrown: unknown assignment, or
// not the actor's to manage) | HAS_SHEET (the reviewer saved a sheet: it is kept, and so is the
// assignment).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { deleteAssignment, findSheet, lockAssignment } from '../../db/review.repository';
import { canManageReviews } from '../../permissions';
import { requireCapability, type Refusal, type DbDeps } from '../common';
import { isUuid } from '../../../../platform/input/uuid';

export type RemoveReviewAssignmentResult = { ok: true } | Refusal<'HAS_SHEET'>;

export async function removeReviewAssignment(
  deps: DbDeps,
  acting: AuditContext,
  input: { assignmentId: string },
): Promise<RemoveReviewAssignmentResult> {
  const db = deps.database.db;
  const { assignmentId } = input;
  requireCapability(canManageReviews(acting.actor));
  if (!isUuid(assignmentId)) throw new AppError('NOT_FOUND');
  return db.transaction(async (tx) => {
    // Locked so a reviewer's first save cannot land between the check and the delete.
    const assignment = await lockAssignment(tx, assignmentId);
    if (!assignment) throw new AppError('NOT_FOUND');
    if (await findSheet(tx, assignmentId))
      return { ok: false as const, reason: 'HAS_SHEET' as const };
    await deleteAssignment(tx, assignmentId);
    await recordAudit(tx, acting, {
      action: 'programs.round:removeAssignment',
      entityType: 'review_assignment',
      entityId: assignmentId,
      before: assignment,
    });
    return { ok: true as const };
  });
}
