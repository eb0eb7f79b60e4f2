// reviewReport outcomes (staff): accepted | changes requested (a comment is required; the startup
// then submits a new report) | INVALID | NOT_PENDING (already decided). Unknown report: NOT_FOUND.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { decideReport, findReport, type ReportRow } from '../../db/projects.repository';
import { actorIdOf, invalid, requireCapability, type Invalid, type ClockDeps } from '../common';
import { ZReviewFields, type TReviewFieldsInput } from '../projects/funded-project-inputs';
import { canManageProjects } from '../projects/funded-project-rules';

export type ReviewReportResult =
  { ok: true; report: ReportRow } | { ok: false; reason: 'NOT_PENDING' } | Invalid;

export async function reviewReport(
  deps: ClockDeps,
  acting: AuditContext,
  input: TReviewFieldsInput & { projectId: string; reportId: string },
): Promise<ReviewReportResult> {
  const db = deps.database.db;
  const now = deps.clock();
  const { projectId, reportId } = input;
  requireCapability(canManageProjects(acting.actor));
  const parsed = ZReviewFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const before = /^[0-9a-f-]{36}$/i.test(reportId) ? await findReport(db, reportId) : undefined;
  if (before?.projectId !== projectId) throw new AppError('NOT_FOUND');
  return db.transaction(async (tx): Promise<ReviewReportResult> => {
    const report = await decideReport(
      tx,
      reportId,
      {
        status: parsed.data.decision === 'accept' ? 'accepted' : 'changes_requested',
        reviewComment: parsed.data.comment,
        reviewedBy: actorIdOf(acting),
      },
      now,
    );
    if (!report) return { ok: false, reason: 'NOT_PENDING' };
    await recordAudit(tx, acting, {
      action: 'programs.project:review',
      entityType: 'project',
      entityId: projectId,
      before,
      after: report,
    });
    return { ok: true, report };
  });
}
