// assignRoundReviewers outcomes: assigned (audited: the new assignments; what already exists is
// kept, so running it again after new submissions only fills the gaps) with the shortfalls and
// the manual assignments that break a conflict | NOT_FOUND (thrown) | ROUND_CLOSED | EMPTY_POOL.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import {
  findAssignmentsOfRound,
  findPool,
  findRoundApplications,
  insertAssignments,
  type AssignmentRow,
} from '../../db/review.repository';
import { assignReviewers, type TAssignmentResult } from '../../domain/assignment';
import { canManageReviews } from '../../permissions';
import { actorIdOf, requireCapability, type Refusal, type DbDeps } from '../common';
import { getRound, reviewersWithLinks } from '../reviews/shared-review';

export type AssignRoundReviewersResult =
  | {
      ok: true;
      added: AssignmentRow[];
      shortfalls: TAssignmentResult['shortfalls'];
      conflicting: TAssignmentResult['conflictingManualAssignments'];
    }
  | Refusal<'ROUND_CLOSED' | 'EMPTY_POOL'>;

export async function assignRoundReviewers(
  deps: DbDeps,
  acting: AuditContext,
  input: { roundId: string },
): Promise<AssignRoundReviewersResult> {
  const db = deps.database.db;
  const { roundId } = input;
  requireCapability(canManageReviews(acting.actor));
  const round = await getRound(db, roundId);
  if (round.status !== 'open') return { ok: false, reason: 'ROUND_CLOSED' };
  const pool = await findPool(db, round.id);
  if (pool.length === 0) return { ok: false, reason: 'EMPTY_POOL' };
  return db.transaction(async (tx) => {
    const existing = await findAssignmentsOfRound(tx, round.id);
    const result = assignReviewers({
      applications: await findRoundApplications(tx, round.callId),
      reviewers: await reviewersWithLinks(tx, pool),
      // Whatever is assigned already stays where it is (a sheet may be under way).
      manual: existing.map((a) => ({ applicationId: a.applicationId, reviewerId: a.reviewerId })),
      reviewersPerApplication: round.reviewersPerApplication,
      seed: round.seed,
    });
    const added = await insertAssignments(
      tx,
      result.assignments
        .filter((a) => !a.isManual)
        .map((a) => ({ ...a, roundId: round.id, createdBy: actorIdOf(acting) })),
    );
    await recordAudit(tx, acting, {
      action: 'programs.round:assign',
      entityType: 'review_round',
      entityId: round.id,
      after: {
        added: added.map((a) => ({ applicationId: a.applicationId, reviewerId: a.reviewerId })),
        shortfalls: result.shortfalls.length,
      },
    });
    return {
      ok: true as const,
      added,
      shortfalls: result.shortfalls,
      conflicting: result.conflictingManualAssignments,
    };
  });
}
