// updateReviewRound outcomes: saved (audited) | NOT_FOUND (thrown) | INVALID (field messages) |
// CONFLICT (changed since the page was loaded: nothing saved) | RUBRIC_LOCKED (a sheet was
// saved already, so criteria and scales stay as the reviewers saw them; titles, N, blindness
// and the status may still change).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { fieldErrors } from '../../../../platform/input/validation';
import { findSheetsOfRound, updateRoundRow, type RoundRow } from '../../db/review.repository';
import { canManageReviews } from '../../permissions';
import {
  changeStampOf,
  invalid,
  requireCapability,
  type Invalid,
  type Refusal,
  type ClockDeps,
} from '../common';
import { getRound, ZRoundInput, type TRoundInput } from '../reviews/shared-review';

export type UpdateReviewRoundResult =
  | { ok: true; round: RoundRow }
  | Invalid
  | Refusal<'RUBRIC_LOCKED'>
  | { ok: false; reason: 'CONFLICT'; current: RoundRow };

const sameRubric = (a: RoundRow['rubric'], b: RoundRow['rubric']) =>
  a.length === b.length &&
  a.every(
    (c, i) =>
      c.id === b[i]!.id &&
      c.weight === b[i]!.weight &&
      c.scale.min === b[i]!.scale.min &&
      c.scale.max === b[i]!.scale.max,
  );

export async function updateReviewRound(
  deps: ClockDeps,
  acting: AuditContext,
  input: TRoundInput & { status: 'open' | 'closed' } & { roundId: string; expectedVersion: number },
): Promise<UpdateReviewRoundResult> {
  const db = deps.database.db;
  const { roundId, expectedVersion } = input;
  requireCapability(canManageReviews(acting.actor));
  const before = await getRound(db, roundId);
  const parsed = ZRoundInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  if (
    !sameRubric(before.rubric, parsed.data.rubric) &&
    (await findSheetsOfRound(db, roundId)).length > 0
  )
    return { ok: false, reason: 'RUBRIC_LOCKED' };
  const round = await db.transaction(async (tx) => {
    const row = await updateRoundRow(
      tx,
      roundId,
      expectedVersion,
      { ...parsed.data, status: input.status === 'closed' ? 'closed' : 'open' },
      changeStampOf(deps, acting),
    );
    if (!row) return undefined;
    await recordAudit(tx, acting, {
      action: 'programs.round:update',
      entityType: 'review_round',
      entityId: roundId,
      before,
      after: row,
    });
    return row;
  });
  if (round) return { ok: true, round };
  return { ok: false, reason: 'CONFLICT', current: await getRound(db, roundId) };
}
