// recordStep outcomes: recorded | INVALID | STEP_ALREADY_RECORDED | PREVIOUS_STEP_MISSING (the
// chain council decision → agreement → advance → reports → acceptance → settlement is kept in
// order) | DATE_BEFORE_PREVIOUS_STEP | REPORTS_NOT_ACCEPTED (acceptance needs every milestone's
// report accepted) | PROJECT_CLOSED. The settlement closes the project. The advance is recorded
// with its disbursement (recordDisbursement). Its signed document, already in the private store
// (storeProjectFiles), is attached to the step.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import {
  insertStep,
  lockProject,
  milestonesOf,
  reportsOf,
  stepsOf,
  touchProject,
  type StepRow,
} from '../../db/projects.repository';
import {
  actorIdOf,
  changeStampOf,
  invalid,
  requireCapability,
  type Invalid,
  type ClockDeps,
} from '../common';
import { ZStepFields, type TStepFieldsInput } from './funded-project-inputs';
import { canManageProjects, stepRefusal, type StepRefusal } from './funded-project-rules';
import type { StoredPrivateFile } from '../private-uploads';
import { attachProjectFiles, auditedFiles } from './project-files';

export type RecordStepResult =
  | { ok: true; step: StepRow }
  | ({ ok: false } & StepRefusal)
  | { ok: false; reason: 'PROJECT_CLOSED' }
  | Invalid;

export async function recordStep(
  deps: ClockDeps,
  acting: AuditContext,
  input: TStepFieldsInput & { files?: readonly StoredPrivateFile[] } & { projectId: string },
): Promise<RecordStepResult> {
  const db = deps.database.db;
  const { projectId } = input;
  requireCapability(canManageProjects(acting.actor));
  const parsed = ZStepFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const fields = parsed.data;
  return db.transaction(async (tx): Promise<RecordStepResult> => {
    const project = await lockProject(tx, projectId);
    if (!project) throw new AppError('NOT_FOUND');
    if (project.status === 'closed') return { ok: false, reason: 'PROJECT_CLOSED' };
    const [steps, milestones, reports] = [
      await stepsOf(tx, projectId),
      await milestonesOf(tx, projectId),
      await reportsOf(tx, projectId),
    ];
    const accepted = new Set(
      reports.filter((r) => r.status === 'accepted').map((r) => r.milestoneId),
    );
    const refusal = stepRefusal(steps, fields.kind, fields.happenedOn, {
      total: milestones.length,
      accepted: milestones.filter((m) => accepted.has(m.id)).length,
    });
    if (refusal) return { ok: false, ...refusal };
    const actorId = actorIdOf(acting);
    const step = await insertStep(tx, { projectId, ...fields, recordedBy: actorId });
    const owner = { stepId: step.id };
    const files = await attachProjectFiles(tx, projectId, owner, input.files ?? [], actorId);
    if (fields.kind === 'settlement')
      await touchProject(tx, projectId, { status: 'closed' }, changeStampOf(deps, acting));
    await recordAudit(tx, acting, {
      action: `programs.project:${fields.kind}`,
      entityType: 'project',
      entityId: projectId,
      after: { ...step, files: auditedFiles(files) },
    });
    return { ok: true, step };
  });
}
