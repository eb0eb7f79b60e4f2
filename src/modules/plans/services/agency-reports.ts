// An agency's periodic report. saveReport (the agency's officer): the draft is saved, or saved
// and submitted — a submission is frozen as it was sent, with its evidence files
// (report-evidence.ts). Outcomes: the report (audited when submitted) | INVALID (a status or %
// done the task form would refuse, an evidence file refused by content, size or number) | CONFLICT (changed
// meanwhile, e.g. a second submission) | FROZEN (submitted or accepted: nothing changes) |
// NOT_FOUND (thrown: no such report, or another agency's).
// returnReport / acceptReport (staff): the submission waiting is returned with a comment (the
// agency revises and submits again, a new submission beside it) or accepted — its target values
// then become the targets' entered figures for the period's year, and its tasks' progress the
// tasks' (accepted-progress.ts); audited;
// CONFLICT when the report changed or nothing waits for review.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { ZRequiredText, ZText } from '../../../platform/input/text-fields';
import { ZProgress } from '../contracts';
import {
  findReport,
  insertSubmission,
  reviewPendingSubmission,
  submissionsOf,
  updateReportAtVersion,
  type ReportRow,
} from '../db/reports.repository';
import { recordEnteredValue } from '../db/targets.repository';
import type { ReportContent } from '../domain/report-content';
import { parseTargetValue, UNIT_ERROR } from '../domain/target-value';
import { canManagePlans } from '../permissions';
import { recordAcceptedProgress } from './accepted-progress';
import { actingUserId } from './acting';
import { visibleReport } from './agency-scope';
import { withEvidence, type EvidenceInput } from './report-evidence';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface ReportInput {
  /** By task id, as typed. */
  lines: Record<string, { status: string; percentDone: string; note: string }>;
  difficulties: string;
  proposals: string;
  /** By target id, the value as typed. */
  targets?: Record<string, string>;
  evidence?: EvidenceInput;
}

export type ReportResult =
  | { ok: true; report: ReportRow }
  | { ok: false; reason: 'CONFLICT' | 'FROZEN'; current: ReportRow }
  | Invalid;

function checkContent(report: ReportRow, input: ReportInput): ReportContent | Invalid {
  const errors: FieldErrors = {};
  const lines = report.content.lines.map((line) => {
    const typed = input.lines[line.taskId];
    if (!typed) return line;
    const parsed = ZProgress.safeParse({
      status: typed.status,
      percentDone: /^\d{1,3}$/.test(typed.percentDone.trim())
        ? Number(typed.percentDone)
        : Number.NaN,
      progressNote: typed.note,
    });
    if (!parsed.success) {
      errors[`percent_${line.taskId}`] = { key: 'plans.error.percent' };
      return line;
    }
    return {
      ...line,
      status: parsed.data.status,
      percentDone: parsed.data.percentDone,
      note: parsed.data.progressNote,
    };
  });
  const targets = (report.content.targets ?? []).map((target) => {
    const typed = input.targets?.[target.targetId];
    if (typed === undefined) return target;
    const value = parseTargetValue(target.unit, typed);
    if (value === 'invalid') {
      errors[`target_${target.targetId}`] = { key: UNIT_ERROR[target.unit] };
      return target;
    }
    return { ...target, value: value === undefined ? null : String(value) };
  });
  const difficulties = ZText(4000).safeParse(input.difficulties);
  const proposals = ZText(4000).safeParse(input.proposals);
  if (!difficulties.success)
    errors.difficulties = { key: 'validation.tooLong', params: { max: 4000 } };
  if (!proposals.success) errors.proposals = { key: 'validation.tooLong', params: { max: 4000 } };
  if (!difficulties.success || !proposals.success || Object.keys(errors).length > 0)
    return invalid(errors);
  return { lines, targets, difficulties: difficulties.data, proposals: proposals.data };
}

export async function saveReport(
  deps: Pick<AppDeps, 'database' | 'clock' | 'files'>,
  acting: AuditContext,
  input: { id: string; version: number; report: ReportInput; submit: boolean },
): Promise<ReportResult> {
  const { report: before, isStaff } = await visibleReport(deps, acting, input.id);
  if (isStaff) throw new AppError('FORBIDDEN');
  if (before.status === 'submitted' || before.status === 'accepted')
    return { ok: false, reason: 'FROZEN', current: before };
  const checked = checkContent(before, input.report);
  if ('reason' in checked) return checked;
  const evidence = await withEvidence(
    deps,
    checked.lines,
    (line) => line.taskId,
    input.report.evidence ?? { added: {}, removed: {} },
  );
  if ('errors' in evidence) return invalid(evidence.errors);
  const content = { ...checked, lines: evidence.lines };
  const by = actingUserId(acting);
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const report = await updateReportAtVersion(
      tx,
      before.id,
      input.version,
      { content, status: input.submit ? 'submitted' : before.status },
      { by, now },
    );
    if (!report)
      return { ok: false, reason: 'CONFLICT', current: (await findReport(tx, before.id))! };
    if (input.submit) {
      const number = (await submissionsOf(tx, report.id)).length + 1;
      await insertSubmission(tx, {
        reportId: report.id,
        number,
        content,
        submittedAt: now,
        submittedBy: by,
      });
      await recordAudit(tx, acting, {
        action: 'plans.report:submit',
        entityType: 'plans_report',
        entityId: report.id,
        after: { period: report.periodKey, submission: number },
      });
    }
    return { ok: true, report } as const;
  });
}

/** An accepted report's target values become the targets' entered figures for their year. */
async function recordTargetValues(tx: Db, report: ReportRow) {
  const recorded: { code: string; year: number; value: string }[] = [];
  for (const t of report.content.targets ?? [])
    if (t.value !== null && (await recordEnteredValue(tx, t.targetId, t.year, BigInt(t.value))))
      recorded.push({ code: t.code, year: t.year, value: t.value });
  return recorded;
}

export async function reviewReport(
  deps: Deps,
  acting: AuditContext,
  input: { id: string; version: number; outcome: 'returned' | 'accepted'; comment: string },
): Promise<ReportResult> {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const { report: before } = await visibleReport(deps, acting, input.id);
  const comment = (input.outcome === 'returned' ? ZRequiredText(2000) : ZText(2000)).safeParse(
    input.comment,
  );
  if (!comment.success) return invalid({ comment: { key: 'plans.report.error.comment' } });
  if (before.status !== 'submitted') return { ok: false, reason: 'CONFLICT', current: before };
  const by = actingUserId(acting);
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const report = await updateReportAtVersion(
      tx,
      before.id,
      input.version,
      { status: input.outcome },
      { by, now },
    );
    if (!report)
      return { ok: false, reason: 'CONFLICT', current: (await findReport(tx, before.id))! };
    const isAccepted = input.outcome === 'accepted';
    const recorded = isAccepted ? await recordTargetValues(tx, report) : [];
    const progress = isAccepted ? await recordAcceptedProgress(tx, report, { by, now }) : [];
    const reviewed = await reviewPendingSubmission(tx, report.id, {
      outcome: input.outcome,
      comment: comment.data,
      reviewedAt: now,
      reviewedBy: by,
    });
    await recordAudit(tx, acting, {
      action: input.outcome === 'returned' ? 'plans.report:return' : 'plans.report:accept',
      entityType: 'plans_report',
      entityId: report.id,
      after: {
        period: report.periodKey,
        submission: reviewed?.number,
        comment: comment.data,
        targets: recorded,
        tasks: progress,
      },
    });
    return { ok: true, report } as const;
  });
}
