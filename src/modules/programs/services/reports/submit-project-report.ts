// submitReport outcomes (the startup's members): submitted | INVALID | ALREADY_REPORTED (a report
// of this milestone waits for review or was accepted) | PREVIOUS_STEP_MISSING (reports follow
// the advance) | PROJECT_CLOSED. Anyone else: NOT_FOUND (thrown). Cancels the milestone's reminder.
// Files already in the private store (storeProjectFiles) are attached to the report.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { cancelJob } from '../../../../platform/jobs';
import {
  findMilestone,
  insertReport,
  liveReportOf,
  lockProject,
  stepsOf,
  violatedConstraint,
  type ReportRow,
} from '../../db/projects.repository';
import { actorIdOf, invalid, type Invalid, type ClockDeps } from '../common';
import { ZReportFields, type TReportFieldsInput } from '../projects/funded-project-inputs';
import { reminderJobKey } from '../projects/funded-project-rules';
import type { StoredPrivateFile } from '../private-uploads';
import { attachProjectFiles, auditedFiles } from '../projects/project-files';
import { getProjectForMember } from '../projects/projects.queries';

export type SubmitReportResult =
  | { ok: true; report: ReportRow }
  | { ok: false; reason: 'ALREADY_REPORTED' | 'PROJECT_CLOSED' }
  | { ok: false; reason: 'PREVIOUS_STEP_MISSING'; missing: 'advance' }
  | Invalid;

export async function submitReport(
  deps: ClockDeps,
  acting: AuditContext,
  input: TReportFieldsInput & { files?: readonly StoredPrivateFile[] } & { projectId: string },
): Promise<SubmitReportResult> {
  const db = deps.database.db;
  const now = deps.clock();
  const { projectId } = input;
  await getProjectForMember(deps, acting, { projectId });
  const parsed = ZReportFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const fields = parsed.data;
  try {
    return await db.transaction(async (tx): Promise<SubmitReportResult> => {
      const project = await lockProject(tx, projectId);
      const milestone = await findMilestone(tx, fields.milestoneId);
      if (!project || milestone?.projectId !== projectId) throw new AppError('NOT_FOUND');
      if (project.status === 'closed') return { ok: false, reason: 'PROJECT_CLOSED' };
      if (!(await stepsOf(tx, projectId)).some((s) => s.kind === 'advance'))
        return { ok: false, reason: 'PREVIOUS_STEP_MISSING', missing: 'advance' };
      if (await liveReportOf(tx, milestone.id)) return { ok: false, reason: 'ALREADY_REPORTED' };
      const actorId = actorIdOf(acting);
      const report = await insertReport(tx, {
        projectId,
        milestoneId: milestone.id,
        body: fields.body,
        documentRef: fields.documentRef || null,
        submittedBy: actorId,
        submittedAt: now,
      });
      const files = await attachProjectFiles(
        tx,
        projectId,
        { reportId: report.id },
        input.files ?? [],
        actorId,
      );
      await cancelJob(tx, reminderJobKey(milestone.id));
      await recordAudit(tx, acting, {
        action: 'programs.project:report',
        entityType: 'project',
        entityId: projectId,
        after: { ...report, files: auditedFiles(files) },
      });
      return { ok: true, report };
    });
  } catch (err) {
    if (violatedConstraint(err) === 'programs_project_reports_live_uq')
      return { ok: false, reason: 'ALREADY_REPORTED' };
    throw err;
  }
}
