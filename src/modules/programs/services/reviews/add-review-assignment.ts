// addReviewAssignment outcomes: added (audited; `conflict` says when the reviewer is linked to
// the applicant or declared a conflict: staff decided, the page warns) | NOT_FOUND (thrown:
// unknown round or application, or not the actor's to manage) | ROUND_CLOSED | NOT_IN_POOL |
// ALREADY_EXISTS.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import {
  findApplicationRef,
  findPool,
  insertAssignments,
  type AssignmentRow,
} from '../../db/review.repository';
import { assignReviewers } from '../../domain/assignment';
import { canManageReviews } from '../../permissions';
import { actorIdOf, requireCapability, type Refusal, type DbDeps } from '../common';
import { getRound, reviewersWithLinks } from './shared-review';
import { isUuid } from '../../../../platform/input/uuid';

export type AddReviewAssignmentResult =
  | { ok: true; assignment: AssignmentRow; conflict?: 'linked' | 'declared_conflict' }
  | Refusal<'ROUND_CLOSED' | 'NOT_IN_POOL' | 'ALREADY_EXISTS'>;

export async function addReviewAssignment(
  deps: DbDeps,
  acting: AuditContext,
  input: { roundId: string; applicationId: string; reviewerId: string },
): Promise<AddReviewAssignmentResult> {
  const db = deps.database.db;
  const { roundId, applicationId, reviewerId } = input;
  requireCapability(canManageReviews(acting.actor));
  const round = await getRound(db, roundId);
  const application = isUuid(applicationId)
    ? await findApplicationRef(db, applicationId)
    : undefined;
  if (!application || application.callId !== round.callId) throw new AppError('NOT_FOUND');
  if (round.status !== 'open') return { ok: false, reason: 'ROUND_CLOSED' };
  if (!(await findPool(db, round.id)).includes(reviewerId))
    return { ok: false, reason: 'NOT_IN_POOL' };
  const pair = { applicationId, reviewerId };
  const check = assignReviewers({
    applications: [{ id: applicationId, organizationId: application.organizationId }],
    reviewers: await reviewersWithLinks(db, [reviewerId]),
    manual: [pair],
    reviewersPerApplication: 1,
    seed: round.seed,
  });
  const conflict = check.conflictingManualAssignments[0]?.reason;
  const assignment = await db.transaction(async (tx) => {
    const [created] = await insertAssignments(tx, [
      { ...pair, roundId: round.id, isManual: true, createdBy: actorIdOf(acting) },
    ]);
    if (!created) return undefined;
    await recordAudit(tx, acting, {
      action: 'programs.round:addAssignment',
      entityType: 'review_assignment',
      entityId: created.id,
      after: { ...created, conflict },
    });
    return created;
  });
  if (!assignment) return { ok: false, reason: 'ALREADY_EXISTS' };
  return { ok: true, assignment, conflict };
}
