// declareReviewConflict outcomes: declared (audited; automatic assignment leaves the reviewer
// out from now on, and staff see it next to an existing assignment) | NOT_FOUND (thrown: the
// application is not assigned to the actor, or the organisation is unknown) | ALREADY_EXISTS.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { organizationFactsBySlug } from '../../../directory';
import { insertConflict } from '../../db/review.repository';
import { actorIdOf, type Refusal, type DbDeps } from '../common';
import { lastSegment } from '../../../../platform/input/form-values';
import { getOwnAssignment } from './shared-review';

export type DeclareReviewConflictResult = { ok: true } | Refusal<'ALREADY_EXISTS'>;

export async function declareReviewConflict(
  deps: DbDeps,
  acting: AuditContext,
  input: ({ assignmentId: string } | { organization: string }) & { reason: string },
): Promise<DeclareReviewConflictResult> {
  const db = deps.database.db;
  const { reason } = input;
  const target = input;
  let conflict: { applicationId: string } | { organizationId: string };
  if ('assignmentId' in target) {
    const assignment = await getOwnAssignment(db, acting.actor, target.assignmentId);
    conflict = { applicationId: assignment.applicationId };
  } else {
    if (acting.actor.kind !== 'user') throw new AppError('NOT_FOUND');
    const organization = await organizationFactsBySlug(db, lastSegment(target.organization));
    if (!organization) throw new AppError('NOT_FOUND');
    conflict = { organizationId: organization.id };
  }
  const userId = actorIdOf(acting);
  const declared = await db.transaction(async (tx) => {
    const row = { userId, reason: reason.normalize('NFC').trim().slice(0, 1000), ...conflict };
    if (!(await insertConflict(tx, row))) return false;
    await recordAudit(tx, acting, {
      action: 'programs.review:declareConflict',
      entityType: 'review_conflict',
      entityId: 'applicationId' in conflict ? conflict.applicationId : conflict.organizationId,
      after: row,
    });
    return true;
  });
  return declared ? { ok: true } : { ok: false, reason: 'ALREADY_EXISTS' };
}
