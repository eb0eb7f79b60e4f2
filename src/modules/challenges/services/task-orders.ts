// The đặt hàng path of a challenge (the centre). openTaskOrder outcomes: opened (audited) |
// ALREADY_OPEN (the challenge has its task order: a form posted twice opens one) | INVALID |
// NOT_FOUND (thrown: no such challenge, or an actor who may not order). recordTaskOrderStep
// outcomes: recorded (audited; the acceptance closes the order) | CONFLICT (the order changed
// since the form was read) | STEP_ALREADY_RECORDED | PREVIOUS_STEP_MISSING |
// DATE_BEFORE_PREVIOUS_STEP (the chain is kept in order by the funded projects' rule, through
// programs' index) | INVALID (a missing signed document, a performer that did not accept the
// challenge's agreement…) | NOT_FOUND (thrown).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { DOCUMENT_TYPES } from '../../../platform/files';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { chainStepRefusal, type ChainRefusal, type StoredPrivateFile } from '../../programs';
import { findChallengeBySlug } from '../db/challenges.repository';
import { acceptedSolverIds } from '../db/pilots.repository';
import {
  insertTaskOrder,
  insertTaskOrderStep,
  lockTaskOrderOfChallenge,
  stepsOfTaskOrder,
  touchTaskOrder,
  type TaskOrderPatch,
  type TaskOrderRow,
  type TaskOrderStepRow,
} from '../db/task-orders.repository';
import { parseCouncilMembers, TASK_ORDER_STEPS, type TaskOrderStep } from '../domain/task-order';
import { canOrderTasks } from '../permissions';
import {
  ZTaskOrderFields,
  ZTaskOrderStep,
  type TTaskOrderFieldsInput,
  type TTaskOrderStepInput,
} from '../task-order-contracts';
import { editorOf } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

/** The challenge an actor who may order tasks works on; NOT_FOUND for anyone else. */
export async function orderableChallenge(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  slug: string,
) {
  if (!canOrderTasks(acting.actor)) throw new AppError('NOT_FOUND');
  const challenge = slug ? await findChallengeBySlug(deps.database.db, slug) : undefined;
  if (!challenge) throw new AppError('NOT_FOUND');
  return challenge;
}

export async function openTaskOrder(
  deps: Deps,
  acting: AuditContext,
  input: TTaskOrderFieldsInput & { slug: string },
): Promise<{ ok: true; order: TaskOrderRow } | { ok: false; reason: 'ALREADY_OPEN' } | Invalid> {
  const challenge = await orderableChallenge(deps, acting, input.slug);
  const parsed = ZTaskOrderFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const editor = editorOf(acting);
  return deps.database.db.transaction(async (tx) => {
    const order = await insertTaskOrder(tx, {
      ...parsed.data,
      challengeId: challenge.id,
      createdBy: editor.id,
      updatedBy: editor.id,
      createdAt: deps.clock(),
      updatedAt: deps.clock(),
    });
    if (!order) return { ok: false, reason: 'ALREADY_OPEN' } as const;
    await recordAudit(tx, acting, {
      action: 'challenges.task_order:open',
      entityType: 'challenges_task_order',
      entityId: order.id,
      after: {
        challenge: challenge.slug,
        taskName: order.taskName,
        budgetVnd: order.budgetVnd?.toString() ?? null,
      },
    });
    return { ok: true, order } as const;
  });
}

export type RecordTaskOrderStepResult =
  | { ok: true; step: TaskOrderStepRow; order: TaskOrderRow }
  | { ok: false; reason: 'CONFLICT' }
  | ({ ok: false } & ChainRefusal<TaskOrderStep>)
  | Invalid;

/** What the step changes of the order: the council's members and conclusion, the performer. */
function patchOf(step: ReturnType<typeof ZTaskOrderStep.parse>): TaskOrderPatch {
  if (step.kind === 'council')
    return {
      councilMembers: parseCouncilMembers(step.councilMembers),
      councilConclusion: step.councilConclusion,
    };
  if (step.kind === 'selection')
    return {
      selectionMode: step.selectionMode,
      performerOrganizationId: step.performerOrganizationId,
    };
  return {};
}

export async function recordTaskOrderStep(
  deps: Deps,
  acting: AuditContext,
  input: TTaskOrderStepInput & { slug: string; version: number; file?: StoredPrivateFile },
): Promise<RecordTaskOrderStepResult> {
  const challenge = await orderableChallenge(deps, acting, input.slug);
  const parsed = ZTaskOrderStep.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const step = parsed.data;
  if (!input.file) return invalid({ file: { key: 'challenges.taskOrder.error.file' } });
  const file = input.file;
  const db = deps.database.db;
  if (step.kind === 'selection') {
    const solvers = await acceptedSolverIds(db, challenge.id);
    if (!solvers.includes(step.performerOrganizationId))
      return invalid({ performerOrganizationId: { key: 'challenges.taskOrder.error.performer' } });
  }
  const editor = editorOf(acting);
  return db.transaction(async (tx): Promise<RecordTaskOrderStepResult> => {
    const order = await lockTaskOrderOfChallenge(tx, challenge.id);
    if (!order) throw new AppError('NOT_FOUND');
    if (order.version !== input.version) return { ok: false, reason: 'CONFLICT' };
    const recordedSteps = (await stepsOfTaskOrder(tx, order.id)).map((s) => ({
      kind: s.step,
      happenedOn: s.happenedOn,
    }));
    const refusal = chainStepRefusal(TASK_ORDER_STEPS, recordedSteps, step.kind, step.happenedOn);
    if (refusal) return { ok: false, ...refusal };
    const recorded = await insertTaskOrderStep(tx, {
      orderId: order.id,
      step: step.kind,
      happenedOn: step.happenedOn,
      documentNumber: step.documentNumber,
      note: step.note,
      recorderName: editor.name,
      contentHash: file.fileHash,
      originalName: file.fileName,
      kind: file.kind,
      contentType: DOCUMENT_TYPES[file.kind].mime,
      bytes: file.bytes,
      uploadedBy: editor.id ?? acting.label ?? '',
      createdAt: deps.clock(),
    });
    if (!recorded) return { ok: false, reason: 'STEP_ALREADY_RECORDED' };
    const after = await touchTaskOrder(
      tx,
      order.id,
      { ...patchOf(step), ...(step.kind === 'acceptance' ? { status: 'accepted' } : {}) },
      { by: editor.id, now: deps.clock() },
    );
    await recordAudit(tx, acting, {
      action: `challenges.task_order:${step.kind}`,
      entityType: 'challenges_task_order',
      entityId: order.id,
      after: {
        happenedOn: step.happenedOn,
        documentNumber: step.documentNumber,
        file: { name: file.fileName, hash: file.fileHash },
        ...patchOf(step),
      },
    });
    return { ok: true, step: recorded, order: after };
  });
}
