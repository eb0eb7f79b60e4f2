// recordDisbursement outcomes: recorded | INVALID | EXCEEDS_AWARD (the payments would total more
// than the award: the remaining amount is returned) | ADVANCE_ALREADY_PAID | PREVIOUS_STEP_MISSING
// (an advance needs the agreement, a payment the advance) | DATE_BEFORE_PREVIOUS_STEP |
// PROJECT_CLOSED. The project row is locked for the transaction, so two staff recording payments
// at the same moment are checked one after the other; the row's check (paid ≤ award) backs it.
// Its signed document (the advance's is the chain's), already in the private store, is attached.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import {
  addPaid,
  insertDisbursement,
  insertStep,
  lockProject,
  stepsOf,
  violatedConstraint,
  type DisbursementRow,
} from '../../db/projects.repository';
import {
  actorIdOf,
  changeStampOf,
  auditable,
  invalid,
  requireCapability,
  type Invalid,
  type ClockDeps,
} from '../common';
import { ZDisbursementFields, type TDisbursementFieldsInput } from './funded-project-inputs';
import { canManageProjects, disbursementRefusal, type StepRefusal } from './funded-project-rules';
import type { StoredPrivateFile } from '../private-uploads';
import { attachProjectFiles, auditedFiles } from './project-files';

export type RecordDisbursementResult =
  | { ok: true; disbursement: DisbursementRow; paidVnd: bigint }
  | { ok: false; reason: 'EXCEEDS_AWARD'; remainingVnd: bigint }
  | { ok: false; reason: 'ADVANCE_ALREADY_PAID' }
  | { ok: false; reason: 'PROJECT_CLOSED' }
  | ({ ok: false } & Exclude<StepRefusal, { reason: 'STEP_ALREADY_RECORDED' }>)
  | Invalid;

export async function recordDisbursement(
  deps: ClockDeps,
  acting: AuditContext,
  input: TDisbursementFieldsInput & { files?: readonly StoredPrivateFile[] } & {
    projectId: string;
  },
): Promise<RecordDisbursementResult> {
  const db = deps.database.db;
  const { projectId } = input;
  requireCapability(canManageProjects(acting.actor));
  const parsed = ZDisbursementFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const fields = parsed.data;
  try {
    return await db.transaction(async (tx): Promise<RecordDisbursementResult> => {
      const project = await lockProject(tx, projectId);
      if (!project) throw new AppError('NOT_FOUND');
      if (project.status === 'closed') return { ok: false, reason: 'PROJECT_CLOSED' };
      const steps = await stepsOf(tx, projectId);
      const isAdvance = fields.kind === 'advance';
      const refusal = disbursementRefusal(steps, fields.kind, fields.paidOn);
      if (refusal?.reason === 'STEP_ALREADY_RECORDED')
        return { ok: false, reason: 'ADVANCE_ALREADY_PAID' };
      if (refusal) return { ok: false, ...refusal };
      const remainingVnd = project.awardVnd - project.paidVnd;
      if (fields.amountVnd > remainingVnd)
        return { ok: false, reason: 'EXCEEDS_AWARD', remainingVnd };
      const actorId = actorIdOf(acting);
      const disbursement = await insertDisbursement(tx, {
        projectId,
        ...fields,
        recordedBy: actorId,
      });
      const updated = await addPaid(tx, projectId, fields.amountVnd, changeStampOf(deps, acting));
      const owner = { disbursementId: disbursement.id };
      const files = await attachProjectFiles(tx, projectId, owner, input.files ?? [], actorId);
      if (isAdvance) {
        await insertStep(tx, {
          projectId,
          kind: 'advance',
          happenedOn: fields.paidOn,
          documentRef: fields.documentRef,
          recordedBy: actorId,
        });
      }
      await recordAudit(tx, acting, {
        action: `programs.project:${fields.kind}`,
        entityType: 'project',
        entityId: projectId,
        after: auditable({
          ...disbursement,
          paidVnd: updated.paidVnd,
          files: auditedFiles(files),
        }),
      });
      return { ok: true, disbursement, paidVnd: updated.paidVnd };
    });
  } catch (err) {
    // Backstops of the checks above, should a writer bypass the lock.
    const constraint = violatedConstraint(err);
    if (constraint === 'programs_projects_paid_ck')
      return { ok: false, reason: 'EXCEEDS_AWARD', remainingVnd: 0n };
    if (constraint === 'programs_project_disbursements_advance_uq')
      return { ok: false, reason: 'ADVANCE_ALREADY_PAID' };
    throw err;
  }
}
