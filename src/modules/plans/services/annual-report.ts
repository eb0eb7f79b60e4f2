// issueAnnualReport (staff): the annual ecosystem report on a plan, in the same official layout
// and register as the quarterly one — the ecosystem figures from every installed module's
// indicators for the year (so far) and the province, read through the platform registry as the
// targets read them; the targets with their status; the tasks by status and lead agency; then
// the sections the centre writes (assessment, difficulties, proposals).
// Outcomes: the issued report (audited; the same one again for the same form key) | INVALID.
import type { AuditContext } from '../../../platform/audit';
import { vnYearRange } from '../../../platform/i18n/vn-time';
import type { AppDeps } from '../../../platform/deps';
import type { TableBlock } from '../../../platform/documents';
import type { FieldErrors } from '../../../platform/errors';
import { translator } from '../../../platform/i18n';
import { installedIndicators } from '../../../platform/modules/registry';
import { tasksOfPlan } from '../db/tasks.repository';
import { listPlanAgencies } from './agencies';
import { narrativeBlocks } from './report-narrative';
import { targetsTable } from './quarter-report';
import { issueSignedReport, type SignedReportInput } from './signed-report';
import { targetProgress } from './target-progress';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface AnnualReportInput extends SignedReportInput {
  year: string;
  province: string;
}

const vi = translator('vi');
const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;

function yearOf(input: AnnualReportInput, errors: FieldErrors) {
  const year = Number(input.year.trim());
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) return year;
  errors.year = { key: 'plans.error.year' };
  return undefined;
}

async function ecosystemTable(
  deps: Deps,
  year: number,
  province: string | undefined,
): Promise<TableBlock> {
  const { from, to: yearEnd } = vnYearRange(year);
  const to = new Date(Math.min(deps.clock().getTime(), yearEnd.getTime()));
  const rows = [];
  for (const indicator of installedIndicators())
    rows.push([
      vi(indicator.label),
      to > from ? await indicator.compute(deps.database.db, { from, to, province }) : 0,
      indicator.id,
    ]);
  return {
    type: 'table',
    caption: 'Bảng 1. Số liệu hệ sinh thái khởi nghiệp đổi mới sáng tạo',
    columns: [
      { header: 'Chỉ số', width: 3 },
      { header: 'Giá trị', kind: 'number' },
      { header: 'Nguồn số liệu', width: 2 },
    ],
    rows,
  };
}

async function tasksByAgencyTable(deps: Deps, planId: string): Promise<TableBlock> {
  const db = deps.database.db;
  const agencies = await listPlanAgencies(db);
  const tasks = await tasksOfPlan(db, planId);
  const leads = [...new Set(tasks.map((t) => t.leadAgencyId))];
  const count = (lead: string | null, status?: string) =>
    tasks.filter((t) => t.leadAgencyId === lead && (!status || t.status === status)).length;
  return {
    type: 'table',
    caption: 'Bảng 3. Nhiệm vụ theo tình trạng và cơ quan chủ trì',
    columns: [
      { header: 'Cơ quan chủ trì', width: 3 },
      ...TASK_STATUSES.map((s) => ({
        header: vi(`plans.task.status.${s}` as never),
        kind: 'number' as const,
      })),
      { header: 'Tổng số', kind: 'number' },
    ],
    rows: leads.map((lead) => [
      agencies.find((a) => a.id === lead)?.name ?? '—',
      ...TASK_STATUSES.map((s) => count(lead, s)),
      count(lead),
    ]),
  };
}

export function issueAnnualReport(deps: Deps, acting: AuditContext, input: AnnualReportInput) {
  return issueSignedReport(deps, acting, input, {
    period: (errors) => yearOf(input, errors),
    texts: { province: { value: input.province, max: 100 } },
    action: 'plans.report:issueAnnual',
    recipients: ['Ủy ban nhân dân tỉnh (để báo cáo);', 'Bộ Khoa học và Công nghệ;', 'Lưu: VT.'],
    content: async (plan, year, { narrative, texts }) => {
      const { figures } = await targetProgress(deps, acting, { planId: plan.id, year });
      return {
        periodKey: String(year),
        summary: `Tình hình hệ sinh thái khởi nghiệp đổi mới sáng tạo và kết quả thực hiện ${plan.title} năm ${year}`,
        body: [
          { type: 'heading', text: 'I. SỐ LIỆU HỆ SINH THÁI' },
          await ecosystemTable(deps, year, texts.province || undefined),
          { type: 'heading', text: `II. THỰC HIỆN CHỈ TIÊU NĂM ${year}` },
          targetsTable('Bảng 2. Chỉ tiêu và kết quả', figures),
          { type: 'heading', text: 'III. TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ' },
          await tasksByAgencyTable(deps, plan.id),
          ...narrativeBlocks(narrative, ['IV', 'V', 'VI']),
        ],
      };
    },
  });
}
