// issueQuarterReport (staff): the centre's consolidated quarterly report on a plan, written by
// the platform in the official layout (the platform's document kit, Decree 30/2020) from live
// data — the tasks as they stand, the targets against the year's with their status and source,
// who reported for the quarter — and the sections the centre writes (its assessment, then the
// difficulties and proposals, its own followed by those agencies submitted) — numbered from the
// issuing body's register and stored (issued-reports.ts), to be downloaded as DOCX, XLSX annexes
// and PDF. Outcomes: the issued report (audited; the same one again for the same form key) |
// INVALID (form key, issuer, quarter, place, signer, sections) | NOT_FOUND (thrown).
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import type { Block, TableBlock } from '../../../platform/documents';
import type { FieldErrors } from '../../../platform/errors';
import { translator, vnDay } from '../../../platform/i18n';
import { reportsOfPlan } from '../db/reports.repository';
import { tasksOfPlan } from '../db/tasks.repository';
import { periodOf } from '../domain/report-period';
import { listPlanAgencies } from './agencies';
import { narrativeBlocks, type Narrative } from './report-narrative';
import { issueSignedReport, type SignedReportInput } from './signed-report';
import { targetProgress, type TargetFigure } from './target-progress';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface QuarterReportInput extends SignedReportInput {
  quarter: string;
}

const vi = translator('vi');

/** The quarter's register period (e.g. 2026-Q2) and year, or undefined with its error added. */
function quarterOf(input: QuarterReportInput, errors: FieldErrors) {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(input.quarter.trim());
  if (!quarter) {
    errors.quarter = { key: 'plans.official.error.quarter' };
    return undefined;
  }
  const year = Number(quarter[1]);
  const month = `${year}-${String(Number(quarter[2]) * 3).padStart(2, '0')}-01`;
  return { key: periodOf('quarterly', month, 15).key, year, number: quarter[2] };
}

/** The targets against the year's, with their status and the source of each figure. */
export function targetsTable(caption: string, figures: TargetFigure[]): TableBlock {
  return {
    type: 'table',
    caption: caption,
    columns: [
      { header: 'Chỉ tiêu', width: 3 },
      { header: 'Chỉ tiêu năm', kind: 'number' },
      { header: 'Đạt được', kind: 'number' },
      { header: 'Đánh giá', width: 1.2 },
      { header: 'Nguồn số liệu', width: 2 },
    ],
    rows: figures.map((f) => [
      `${f.target.code}. ${f.target.name}`,
      f.targetValue,
      f.actual,
      f.status ? vi(`plans.target.status.${f.status}` as never) : '',
      f.provenance.kind === 'indicator'
        ? `${f.provenance.indicatorId} (${vnDay(f.provenance.from)} – ${vnDay(new Date(f.provenance.to.getTime() - 1))})`
        : vi(
            f.provenance.kind === 'entered'
              ? 'plans.target.from.entered'
              : 'plans.target.from.missing',
          ),
    ]),
  };
}

async function bodyOf(
  deps: Deps,
  acting: AuditContext,
  planId: string,
  period: { key: string; year: number; narrative: Narrative },
): Promise<Block[]> {
  const { key: periodKey, year } = period;
  const db = deps.database.db;
  const agencies = await listPlanAgencies(db);
  const name = (id: string | null) => agencies.find((a) => a.id === id)?.name ?? '';
  const tasks = await tasksOfPlan(db, planId);
  const { figures } = await targetProgress(deps, acting, { planId, year });
  const reports = (await reportsOfPlan(db, planId)).filter((r) => r.periodKey === periodKey);
  const submitted = reports.filter((r) => r.status === 'submitted' || r.status === 'accepted');
  const reported = (part: 'difficulties' | 'proposals') =>
    submitted.filter((r) => r.content[part]).map((r) => `${name(r.agencyId)}: ${r.content[part]}`);
  return [
    { type: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ' },
    {
      type: 'table',
      caption: 'Bảng 1. Tiến độ thực hiện nhiệm vụ',
      columns: [
        { header: 'STT', width: 0.6 },
        { header: 'Nhiệm vụ', width: 3 },
        { header: 'Cơ quan chủ trì', width: 1.6 },
        { header: 'Tình trạng', width: 1.2 },
        { header: 'Hoàn thành (%)', kind: 'number', width: 1 },
      ],
      rows: tasks.map((t) => [
        t.code,
        t.title,
        name(t.leadAgencyId),
        vi(`plans.task.status.${t.status}` as never),
        t.percentDone,
      ]),
    },
    { type: 'heading', text: `II. THỰC HIỆN CHỈ TIÊU NĂM ${year}` },
    targetsTable('Bảng 2. Chỉ tiêu và kết quả', figures),
    { type: 'heading', text: 'III. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN' },
    {
      type: 'paragraph',
      text: `Kỳ ${periodKey}: ${submitted.length}/${reports.length} cơ quan đã nộp báo cáo.`,
    },
    {
      type: 'list',
      style: 'dash',
      items: reports.map(
        (r) => `${name(r.agencyId)}: ${vi(`plans.report.status.${r.status}` as never)}.`,
      ),
    },
    ...narrativeBlocks(period.narrative, ['IV', 'V', 'VI'], {
      difficulties: reported('difficulties'),
      proposals: reported('proposals'),
    }),
  ];
}

export function issueQuarterReport(deps: Deps, acting: AuditContext, input: QuarterReportInput) {
  return issueSignedReport(deps, acting, input, {
    period: (errors) => quarterOf(input, errors),
    action: 'plans.report:issueQuarter',
    recipients: ['Ủy ban nhân dân tỉnh (để báo cáo);', 'Các cơ quan chủ trì nhiệm vụ;', 'Lưu: VT.'],
    content: async (plan, quarter, { narrative }) => ({
      periodKey: quarter.key,
      summary: `Kết quả thực hiện ${plan.title} quý ${quarter.number} năm ${quarter.year}`,
      body: await bodyOf(deps, acting, plan.id, { ...quarter, narrative }),
    }),
  });
}
