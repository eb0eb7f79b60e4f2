// saveScoreSheet outcomes: saved (a draft) | submitted (every criterion marked; final) — both
// audited | NOT_FOUND (thrown: not the actor's assignment) | INVALID (a mark off its scale, per
// criterion) | INCOMPLETE (submitting with a criterion unmarked: saved as a draft nothing lost) |
// CONFLICT (the sheet was saved elsewhere since this page was loaded: nothing saved, the stored
// sheet and what was typed both returned) | ROUND_CLOSED | ALREADY_SUBMITTED.
// Each reviewer's sheet is its own row, so two reviewers never write over each other.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { FieldErrors } from '../../../../platform/errors';
import { AppError } from '../../../../platform/errors';
import {
  findLatestVersion,
  findRoundById,
  findSheet,
  insertSheet,
  updateSheetRow,
  type SheetRow,
} from '../../db/review.repository';
import type { RubricCriterion } from '../../db/tables';
import { invalid, type Invalid, type Refusal, type ClockDeps } from '../common';
import { getOwnAssignment } from './shared-review';

export interface TSheetInput {
  /** The criterion's mark as typed ('' when not marked yet). */
  marks: Record<string, string>;
  comments: Record<string, string>;
  comment: string;
}

export type SaveScoreSheetResult =
  | { ok: true; sheet: SheetRow; submitted: boolean }
  | Invalid
  | { ok: false; reason: 'INCOMPLETE'; sheet: SheetRow; missing: string[] }
  | { ok: false; reason: 'CONFLICT'; current: SheetRow }
  | Refusal<'ROUND_CLOSED' | 'ALREADY_SUBMITTED'>;

const text = (s: string | undefined, max: number) =>
  (s ?? '').normalize('NFC').trim().slice(0, max);

/** Marks as numbers on their scales (null when empty), or the criteria whose mark is wrong. */
function readMarks(rubric: readonly RubricCriterion[], typed: Record<string, string>) {
  const marks: Record<string, number | null> = {};
  const errors: FieldErrors = {};
  for (const c of rubric) {
    const raw = (typed[c.id] ?? '').trim().replace(',', '.');
    if (raw === '') {
      marks[c.id] = null;
      continue;
    }
    const n = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || n < c.scale.min || n > c.scale.max) {
      errors[`mark.${c.id}`] = {
        key: 'programs.review.error.mark',
        params: { min: c.scale.min, max: c.scale.max },
      };
    } else marks[c.id] = n;
  }
  return { marks, errors };
}

export async function saveScoreSheet(
  deps: ClockDeps,
  acting: AuditContext,
  input: TSheetInput & { assignmentId: string; expectedVersion: number; op: 'save' | 'submit' },
): Promise<SaveScoreSheetResult> {
  const db = deps.database.db;
  const now = deps.clock();
  const { assignmentId, expectedVersion, op } = input;
  const assignment = await getOwnAssignment(db, acting.actor, assignmentId);
  const round = await findRoundById(db, assignment.roundId);
  if (!round) throw new AppError('NOT_FOUND');
  if (round.status !== 'open') return { ok: false, reason: 'ROUND_CLOSED' };
  const { marks, errors } = readMarks(round.rubric, input.marks);
  if (Object.keys(errors).length > 0) return invalid(errors);
  const comments = Object.fromEntries(
    round.rubric.map((c) => [c.id, text(input.comments[c.id], 4000)]).filter(([, v]) => v),
  );
  const missing = round.rubric.filter((c) => marks[c.id] === null).map((c) => c.id);
  const isSubmit = op === 'submit' && missing.length === 0;
  const fields = {
    marks,
    comments,
    comment: text(input.comment, 8000),
    status: isSubmit ? 'submitted' : 'draft',
    submittedAt: isSubmit ? now : null,
  };

  const result = await db.transaction(async (tx) => {
    const before = await findSheet(tx, assignment.id);
    if (before?.status === 'submitted') return 'ALREADY_SUBMITTED' as const;
    let sheet: SheetRow | undefined;
    if (expectedVersion === 0 && !before) {
      const version = await findLatestVersion(tx, assignment.applicationId);
      if (!version) throw new AppError('NOT_FOUND');
      sheet = await insertSheet(tx, {
        ...fields,
        assignmentId: assignment.id,
        roundId: assignment.roundId,
        applicationId: assignment.applicationId,
        reviewerId: assignment.reviewerId,
        applicationVersion: version.number,
      });
    } else if (expectedVersion > 0) {
      sheet = await updateSheetRow(tx, assignment.id, expectedVersion, fields, { now });
    }
    if (!sheet) return undefined;
    await recordAudit(tx, acting, {
      action: isSubmit ? 'programs.sheet:submit' : 'programs.sheet:save',
      entityType: 'score_sheet',
      entityId: assignment.id,
      after: { marks: sheet.marks, status: sheet.status, version: sheet.version },
    });
    return sheet;
  });
  if (result === 'ALREADY_SUBMITTED') return { ok: false, reason: 'ALREADY_SUBMITTED' };
  if (!result) {
    const current = await findSheet(db, assignment.id);
    if (current?.status === 'submitted') return { ok: false, reason: 'ALREADY_SUBMITTED' };
    if (!current) throw new AppError('NOT_FOUND');
    return { ok: false, reason: 'CONFLICT', current };
  }
  if (op === 'submit' && !isSubmit)
    return { ok: false, reason: 'INCOMPLETE', sheet: result, missing };
  return { ok: true, sheet: result, submitted: isSubmit };
}
