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
import { invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { translator } from '../../../platform/i18n';
import { ZRequiredText, ZText } from '../../../platform/input/text-fields';
import { installedIndicators } from '../../../platform/modules/registry';
import type { IssuedReport } from '../db/issued-reports.repository';
import { tasksOfPlan } from '../db/tasks.repository';
import { listPlanAgencies } from './agencies';
import { issueOfficialReport, ZFormKey } from './issued-reports';
import { getPlan } from './plans.queries';
import { checkNarrative, narrativeBlocks, type NarrativeField } from './report-narrative';
import { targetsTable } from './quarter-report';
import { targetProgress } from './target-progress';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface AnnualReportInput extends Partial<Record<NarrativeField, string>> {
  planId: string;
  formKey: string;
  issuer: string;
  parent: string;
  year: string;
  province: string;
  place: string;
  signerPosition: string;
  signerName: string;
}

const vi = translator('vi');
const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;

function checkInput(input: AnnualReportInput, codes: string[]) {
  const errors: FieldErrors = {};
  if (!ZFormKey.test(input.formKey)) errors.formKey = { key: 'plans.official.error.formKey' };
  if (!codes.includes(input.issuer)) errors.issuer = { key: 'plans.register.error.issuer' };
  const year = Number(input.year.trim());
  const isYear = Number.isInteger(year) && year >= 2000 && year <= 2100;
  if (!isYear) errors.year = { key: 'plans.error.year' };
  const fields = {
    parent: ZText(200).safeParse(input.parent),
    province: ZText(100).safeParse(input.province),
    place: ZRequiredText(100).safeParse(input.place),
    signerPosition: ZRequiredText(100).safeParse(input.signerPosition),
    signerName: ZRequiredText(100).safeParse(input.signerName),
  };
  for (const [name, parsed] of Object.entries(fields))
    if (!parsed.success) errors[name] = { key: 'validation.required' };
  const narrative = checkNarrative(input, errors);
  return { errors, year: isYear ? year : undefined, fields, narrative };
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

export async function issueAnnualReport(
  deps: Deps,
  acting: AuditContext,
  input: AnnualReportInput,
): Promise<{ ok: true; report: IssuedReport } | Invalid> {
  const plan = await getPlan(deps, acting, input.planId);
  const agencies = await listPlanAgencies(deps.database.db);
  const { errors, year, fields, narrative } = checkInput(
    input,
    agencies.map((a) => a.code),
  );
  if (!year || Object.keys(errors).length > 0) return invalid(errors);
  const province = fields.province.data || undefined;
  const { figures } = await targetProgress(deps, acting, { planId: plan.id, year });
  const report = await issueOfficialReport(deps, acting, {
    planId: plan.id,
    formKey: input.formKey,
    issuer: input.issuer,
    period: String(year),
    action: 'plans.report:issueAnnual',
    document: {
      issuer: {
        parent: fields.parent.data || undefined,
        name: agencies.find((a) => a.code === input.issuer)!.name,
      },
      place: fields.place.data!,
      kind: 'BÁO CÁO',
      summary: `Tình hình hệ sinh thái khởi nghiệp đổi mới sáng tạo và kết quả thực hiện ${plan.title} năm ${year}`,
      body: [
        { type: 'heading', text: 'I. SỐ LIỆU HỆ SINH THÁI' },
        await ecosystemTable(deps, year, province),
        { type: 'heading', text: `II. THỰC HIỆN CHỈ TIÊU NĂM ${year}` },
        targetsTable('Bảng 2. Chỉ tiêu và kết quả', figures),
        { type: 'heading', text: 'III. TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ' },
        await tasksByAgencyTable(deps, plan.id),
        ...narrativeBlocks(narrative, ['IV', 'V', 'VI']),
      ],
      signature: { position: fields.signerPosition.data!, name: fields.signerName.data! },
      recipients: ['Ủy ban nhân dân tỉnh (để báo cáo);', 'Bộ Khoa học và Công nghệ;', 'Lưu: VT.'],
    },
  });
  return { ok: true, report };
}
