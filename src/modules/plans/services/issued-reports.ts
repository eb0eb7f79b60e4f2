// Issuing a report the platform wrote: one number from the issuing body's register per report,
// not per format. The numbered description is stored with the form's key (one per page load):
// a double click or a retry with the same key finds that report rather than a second number —
// the unique key makes a concurrent duplicate wait for the first and roll its number back. Every
// format is regenerated from the stored description, so the DOCX, XLSX and PDF agree.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import {
  officialDocxBytes,
  officialPdfBytes,
  officialXlsxBytes,
  type OfficialDocument,
} from '../../../platform/documents';
import { AppError } from '../../../platform/errors';
import { vnDay } from '../../../platform/i18n';
import { isUuid } from '../../../platform/input/uuid';
import {
  insertIssuedReport,
  issuedReportByKey,
  issuedReportOfPlan,
  type IssuedReport,
} from '../db/issued-reports.repository';
import { actingUserId } from './acting';
import { numberOutgoingDocument } from './document-register';
import { getPlan } from './plans.queries';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

/** A per-page-load key of the report form. */
export const ZFormKey = /^[A-Za-z0-9_-]{8,100}$/;

export interface ReportToIssue {
  planId: string;
  formKey: string;
  issuer: string;
  /** The reported period, e.g. 2026-Q1 or 2026. */
  period: string;
  action: string;
  /** The description without its number and date, which the register gives. */
  document: Omit<OfficialDocument, 'symbol' | 'date'> & { summary: string };
}

class AlreadyIssued extends Error {}

export async function issueOfficialReport(
  deps: Deps,
  acting: AuditContext,
  report: ReportToIssue,
): Promise<IssuedReport> {
  const db = deps.database.db;
  const earlier = await issuedReportByKey(db, report.formKey);
  if (earlier) return earlier;
  const today = vnDay(deps.clock());
  try {
    await db.transaction(async (tx) => {
      const entry = await numberOutgoingDocument(
        tx,
        { issuer: report.issuer, docType: 'BC', title: report.document.summary, issuedOn: today },
        actingUserId(acting),
      );
      const issued = await insertIssuedReport(tx, {
        planId: report.planId,
        registerEntryId: entry.id,
        formKey: report.formKey,
        period: report.period,
        document: { ...report.document, symbol: entry.symbol, date: today },
        createdBy: actingUserId(acting),
      });
      // The key's first report committed while this one waited: give this number back.
      if (!issued) throw new AlreadyIssued();
      await recordAudit(tx, acting, {
        action: report.action,
        entityType: 'plans_plan',
        entityId: report.planId,
        after: { symbol: entry.symbol, period: report.period, report: issued.id },
      });
    });
  } catch (error) {
    if (!(error instanceof AlreadyIssued)) throw error;
  }
  return (await issuedReportByKey(db, report.formKey))!;
}

export const REPORT_FORMATS = {
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    write: officialDocxBytes,
  },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: officialXlsxBytes,
  },
  pdf: { type: 'application/pdf', write: officialPdfBytes },
} as const;
export type ReportFormat = keyof typeof REPORT_FORMATS;

/** An issued report of the plan (staff); NOT_FOUND for another plan's or an unknown id. */
export async function getIssuedReport(
  deps: Deps,
  acting: AuditContext,
  planId: string,
  id: string,
): Promise<IssuedReport> {
  const plan = await getPlan(deps, acting, planId);
  const report = isUuid(id) ? await issuedReportOfPlan(deps.database.db, plan.id, id) : undefined;
  if (!report) throw new AppError('NOT_FOUND');
  return report;
}

/** One format of an issued report, written from its stored description; NOT_FOUND when the
 * document has nothing for that format (an XLSX of a report without tables). */
export async function issuedReportFile(
  deps: Deps,
  acting: AuditContext,
  input: { planId: string; id: string; format: string },
) {
  const report = await getIssuedReport(deps, acting, input.planId, input.id);
  if (!Object.hasOwn(REPORT_FORMATS, input.format)) throw new AppError('NOT_FOUND');
  const format = REPORT_FORMATS[input.format as ReportFormat];
  const bytes = await format.write(report.document);
  if (!bytes) throw new AppError('NOT_FOUND');
  const { entry } = report;
  return {
    bytes,
    type: format.type,
    fileName: `BC-${entry.number}-${entry.issuer}-${entry.year}.${input.format}`,
  };
}
