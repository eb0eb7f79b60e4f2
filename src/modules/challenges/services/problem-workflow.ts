// takeProblemStep outcomes: done (status moved, version kept, audited; a change request keeps its
// comment) | CONFLICT (the problem changed since the page was loaded) | NOT_APPLICABLE (the step
// does not apply to the status) | INCOMPLETE (submission without the guided answers: field
// messages) | INVALID (a change request without its comment) | NOT_FOUND (thrown: unknown, not
// the actor's to see, or a step that is not the actor's side's).
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { SUBMISSION_REQUIRED, ZComment } from '../contracts';
import { statusAfter, type ProblemStep } from '../domain/problem';
import {
  findProblemById,
  insertComment,
  updateProblemAtVersion,
  type ProblemPatch,
  type ProblemRow,
} from '../db/problems.repository';
import { canSeeProblem, canTakeStep } from '../permissions';
import { problemAccessOf } from './owners';
import { editorOf, recordProblemVersion } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export type ProblemStepResult =
  | { ok: true; problem: ProblemRow }
  | { ok: false; reason: 'CONFLICT' | 'NOT_APPLICABLE' }
  | { ok: false; reason: 'INCOMPLETE'; fields: FieldErrors }
  | Invalid;

/** What the centre needs before scoping: the guided answers and one measurable indicator. */
export function missingForSubmission(p: ProblemRow): FieldErrors {
  const fields: FieldErrors = {};
  for (const name of SUBMISSION_REQUIRED) {
    if (!p[name]) fields[name] = { key: 'challenges.error.neededToSubmit' };
  }
  if (p.indicators.length === 0) fields.indicators = { key: 'challenges.error.indicatorNeeded' };
  return fields;
}

function patchFor(step: ProblemStep, before: ProblemRow, now: Date): ProblemPatch | undefined {
  const status = statusAfter(before.status, step);
  if (!status) return undefined;
  if (step === 'submit') return { status, submittedAt: before.submittedAt ?? now };
  if (step === 'approve') return { status, approvedAt: now };
  return { status };
}

export async function takeProblemStep(
  deps: Deps,
  acting: AuditContext,
  input: { id: string; version: number; step: ProblemStep; comment?: string },
): Promise<ProblemStepResult> {
  const db = deps.database.db;
  const before = isUuid(input.id) ? await findProblemById(db, input.id) : undefined;
  if (!before) throw new AppError('NOT_FOUND');
  const access = await problemAccessOf(db, acting.actor, before.ownerOrganizationId);
  if (!canSeeProblem(access) || !canTakeStep(access, input.step)) throw new AppError('NOT_FOUND');
  const comment = ZComment.safeParse(input.comment ?? '');
  if (input.step === 'request_changes' && !comment.success) {
    return invalid({ comment: { key: 'challenges.error.changeRequestNeedsComment' } });
  }
  const now = deps.clock();
  const patch = patchFor(input.step, before, now);
  if (!patch) return { ok: false, reason: 'NOT_APPLICABLE' };
  if (input.step === 'submit') {
    const missing = missingForSubmission(before);
    if (Object.keys(missing).length > 0)
      return { ok: false, reason: 'INCOMPLETE', fields: missing };
  }
  const editor = editorOf(acting);
  return db.transaction(async (tx) => {
    const after = await updateProblemAtVersion(tx, before.id, input.version, patch, {
      by: editor.id,
      now,
    });
    if (!after) return { ok: false, reason: 'CONFLICT' } as const;
    if (comment.success) {
      await insertComment(tx, {
        problemId: before.id,
        kind: input.step === 'request_changes' ? 'change_request' : 'comment',
        body: comment.data,
        authorId: editor.id,
        authorName: editor.name,
        isCentre: access.isCentre && !access.isOwner,
        createdAt: now,
      });
    }
    await recordProblemVersion(tx, acting, input.step, after, before);
    return { ok: true, problem: after } as const;
  });
}
