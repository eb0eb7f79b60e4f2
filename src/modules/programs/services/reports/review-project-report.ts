// reviewReport outcomes (staff): accepted | changes requested (a comment is required; the startup
// then submits a new report) | INVALID | NOT_PENDING (already decided). Unknown report: NOT_FOUND.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { decideReport, findReport, type ReportRow } from '../../db/projects.repository';
import { actorIdOf, invalid, requireCapability, type Invalid } from '../common';
import { ZReviewFields, type TReviewFieldsInput } from '../projects/funded-project-inputs';
import { canManageProjects } from '../projects/funded-project-rules';

export type ReviewReportResult =
  { ok: true; report: ReportRow } | { ok: false; reason: 'NOT_PENDING' } | Invalid;

export async function reviewReport(
  db: Db,
  audit: AuditContext,
  projectId: string,
  reportId: string,
  input: TReviewFieldsInput,
  now: Date,
): Promise<ReviewReportResult> {
  requireCapability(canManageProjects(audit.actor));
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
        reviewedBy: actorIdOf(audit),
      },
      now,
    );
    if (!report) return { ok: false, reason: 'NOT_PENDING' };
    await recordAudit(tx, audit, {
      action: 'programs.project:review',
      entityType: 'project',
      entityId: projectId,
      before,
      after: report,
    });
    return { ok: true, report };
  });
}
