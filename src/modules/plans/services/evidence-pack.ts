// The evidence pack of the provincial innovation index (staff): a year's figures for a province
// — events held and their participants, technology deals and their value, funded projects and
// their funding — each computed by the module's indicator, as targets and reports compute them,
// with the source documents behind it, taken from the modules through their index.ts: each
// event's signed attendance list (DOCX), the list of events, of deals and of projects (XLSX,
// numbers as numbers). One ZIP with index.html listing each figure, its value, how it is counted
// and its files; streamed an entry at a time (zip-stream.ts). Outcomes: the stream (the export
// audited) | INVALID (year, province) | NOT_FOUND (thrown to non-staff).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import type { ZipStreamEntry } from '../../../platform/files/zip-stream';
import { translate, vnDay, vnYearRange, type Locale, type Translate } from '../../../platform/i18n';
import type { IndicatorQuery } from '../../../platform/modules/manifest';
import { indicatorById } from '../../../platform/modules/registry';
import { provinceByCode } from '../../directory';
import {
  attendanceListDocx,
  attendanceReport,
  DEFAULT_SIGNER_POSITION,
  heldEventsWithParticipants,
} from '../../events';
import { dealsSignedBetween } from '../../marketplace';
import { fundedProjectsBetween } from '../../programs';
import { canManagePlans } from '../permissions';
import { listXlsx, type ListSheet } from './pack-sheets';

export type PackSource = 'events' | 'deals' | 'projects';

/** The figures of the pack, in the order of its index, and the documents each rests on. */
export const PACK_FIGURES: readonly { indicatorId: string; source: PackSource }[] = [
  { indicatorId: 'events.events_held', source: 'events' },
  { indicatorId: 'events.participants', source: 'events' },
  { indicatorId: 'marketplace.deals', source: 'deals' },
  { indicatorId: 'marketplace.deals_value', source: 'deals' },
  { indicatorId: 'programs.projects_funded', source: 'projects' },
  { indicatorId: 'programs.funding_awarded', source: 'projects' },
];

export interface PackFile {
  path: string;
  label: string;
}

export interface PackFigure {
  indicatorId: string;
  label: string;
  unit: 'count' | 'vnd' | 'percent';
  value: number;
  provenance: string;
  files: PackFile[];
}

export interface PackIndex {
  year: number;
  province: { code: string; name: string };
  date: string;
  figures: PackFigure[];
}

export interface PackQuery {
  year: number;
  province: string;
}

export function checkPackQuery(input: { year: string; province: string }): PackQuery | Invalid {
  const errors: FieldErrors = {};
  const year = /^\d{4}$/.test(input.year.trim()) ? Number(input.year) : Number.NaN;
  if (!(year >= 2000 && year <= 2100)) errors.year = { key: 'plans.assessment.error.year' };
  const province = provinceByCode(input.province.trim());
  if (!province) errors.province = { key: 'plans.evidencePack.error.province' };
  return Object.keys(errors).length > 0 ? invalid(errors) : { year, province: province!.code };
}

type Deps = Pick<AppDeps, 'database' | 'clock'>;
type Sources = Awaited<ReturnType<typeof loadSources>>;

async function loadSources(deps: Deps, q: IndicatorQuery) {
  const db = deps.database.db;
  const [events, deals, projects] = await Promise.all([
    heldEventsWithParticipants(db, q),
    dealsSignedBetween(db, q),
    fundedProjectsBetween(db, q),
  ]);
  return { events, deals, projects };
}

const ATTENDANCE_FOLDER = 'su-kien';
const LISTS: Record<PackSource, string> = {
  events: `${ATTENDANCE_FOLDER}/danh-sach-su-kien.xlsx`,
  deals: 'giao-dich/danh-sach-giao-dich.xlsx',
  projects: 'du-an/danh-sach-du-an.xlsx',
};

const attendancePath = (n: number, day: string) =>
  `${ATTENDANCE_FOLDER}/${String(n).padStart(3, '0')}-${day}-danh-sach-dai-bieu.docx`;

function filesOf(source: PackSource, sources: Sources, t: Translate): PackFile[] {
  const list = { path: LISTS[source], label: t(`plans.evidencePack.file.${source}`) };
  if (source !== 'events') return [list];
  return [
    list,
    ...sources.events.map((e, i) => ({
      path: attendancePath(i + 1, vnDay(e.startsAt)),
      label: t('plans.evidencePack.file.attendance', { event: e.title }),
    })),
  ];
}

async function figuresOf(
  deps: Deps,
  q: IndicatorQuery,
  sources: Sources,
  env: { t: Translate; scope: string },
): Promise<PackFigure[]> {
  const { t } = env;
  const range = { from: vnDay(q.from), to: vnDay(q.to), scope: env.scope };
  const figures: PackFigure[] = [];
  for (const { indicatorId, source } of PACK_FIGURES) {
    const indicator = indicatorById(indicatorId);
    if (!indicator) continue;
    figures.push({
      indicatorId,
      label: t(indicator.label),
      unit: indicator.unit,
      value: await indicator.compute(deps.database.db, q),
      provenance: t(`plans.evidencePack.query.${source}`, range),
      files: filesOf(source, sources, t),
    });
  }
  return figures;
}

function listEntries(sources: Sources, year: number): ZipStreamEntry[] {
  const sheet = (list: ListSheet) => ({ bytes: () => listXlsx(list), isCompressed: true });
  return [
    { name: LISTS.events, ...sheet(eventsList(sources, year)) },
    { name: LISTS.deals, ...sheet(dealsList(sources, year)) },
    { name: LISTS.projects, ...sheet(projectsList(sources, year)) },
  ];
}

const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);

function eventsList(sources: Sources, year: number): ListSheet {
  return {
    sheetName: 'Sự kiện',
    title: `Danh sách sự kiện đổi mới sáng tạo năm ${year}`,
    columns: [
      { header: 'STT', width: 6, isNumber: true },
      { header: 'Ngày', width: 12 },
      { header: 'Sự kiện', width: 60 },
      { header: 'Số người tham dự', width: 16, isNumber: true },
      { header: 'Nguồn số người', width: 26 },
      { header: 'Tệp danh sách đại biểu', width: 50 },
    ],
    rows: sources.events.map((e, i) => [
      i + 1,
      vnDay(e.startsAt),
      e.title,
      e.participants,
      e.isReported ? 'Ban tổ chức ghi nhận' : 'Điểm danh trên nền tảng',
      attendancePath(i + 1, vnDay(e.startsAt)),
    ]),
    total: ['Tổng cộng', null, null, sumOf(sources.events.map((e) => e.participants))],
  };
}

function dealsList(sources: Sources, year: number): ListSheet {
  return {
    sheetName: 'Giao dịch',
    title: `Danh sách giao dịch công nghệ năm ${year} (đơn vị tính: đồng)`,
    columns: [
      { header: 'STT', width: 6, isNumber: true },
      { header: 'Ngày ký', width: 12 },
      { header: 'Bên chuyển giao', width: 40 },
      { header: 'Bên nhận', width: 40 },
      { header: 'Hình thức', width: 26 },
      { header: 'Giá trị', width: 18, isNumber: true },
      { header: 'Số hợp đồng', width: 18 },
      { header: 'Căn cứ', width: 40 },
    ],
    rows: sources.deals.map((d, i) => [
      i + 1,
      d.signedOn,
      d.supplierName,
      d.recipientName,
      translate('vi', d.transferFormLabel),
      Number(d.valueVnd),
      d.contractNumber,
      d.evidence,
    ]),
    total: [
      'Tổng cộng',
      null,
      null,
      null,
      null,
      sumOf(sources.deals.map((d) => Number(d.valueVnd))),
    ],
  };
}

function projectsList(sources: Sources, year: number): ListSheet {
  return {
    sheetName: 'Dự án',
    title: `Danh sách dự án được tài trợ năm ${year} (đơn vị tính: đồng)`,
    columns: [
      { header: 'STT', width: 6, isNumber: true },
      { header: 'Ngày lập', width: 12 },
      { header: 'Dự án', width: 60 },
      { header: 'Đơn vị nhận tài trợ', width: 40 },
      { header: 'Kinh phí tài trợ', width: 18, isNumber: true },
    ],
    rows: sources.projects.map((p, i) => [
      i + 1,
      vnDay(p.createdAt),
      p.titleVi,
      p.organizationName,
      Number(p.awardVnd),
    ]),
    total: ['Tổng cộng', null, null, null, sumOf(sources.projects.map((p) => Number(p.awardVnd)))],
  };
}

/** Each event's signed attendance list, rendered when its turn in the archive comes. */
function* attendanceEntries(
  deps: Deps,
  acting: AuditContext,
  sources: Sources,
  today: Date,
): Generator<ZipStreamEntry> {
  const signer = {
    name: acting.actor.kind === 'user' ? acting.actor.user.name : '',
    position: DEFAULT_SIGNER_POSITION,
  };
  for (const [i, e] of sources.events.entries())
    yield {
      name: attendancePath(i + 1, vnDay(e.startsAt)),
      isCompressed: true,
      bytes: async () =>
        new Uint8Array(
          await attendanceListDocx(await attendanceReport(deps, acting, e.id), today, signer),
        ),
    };
}

export interface EvidencePack {
  index: PackIndex;
  /** The entries after index.html, produced one at a time. */
  entries: () => Generator<ZipStreamEntry>;
  fileName: string;
}

export async function evidencePack(
  deps: Deps,
  acting: AuditContext,
  input: PackQuery & { t: Translate; locale: Locale },
): Promise<EvidencePack> {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const province = provinceByCode(input.province)!;
  const q = { ...vnYearRange(input.year), province: province.code };
  const sources = await loadSources(deps, q);
  const now = deps.clock();
  const index: PackIndex = {
    year: input.year,
    province: { code: province.code, name: province.shortName },
    date: vnDay(now),
    figures: await figuresOf(deps, q, sources, { t: input.t, scope: province.name }),
  };
  await recordAudit(deps.database.db, acting, {
    action: 'plans.evidencePack:export',
    entityType: 'plans_evidence_pack',
    entityId: `${input.year}-${province.code}`,
    after: { figures: index.figures.map((f) => ({ id: f.indicatorId, value: f.value })) },
  });
  return {
    index,
    fileName: `minh-chung-chi-so-dmst-${input.year}-${province.slug}.zip`,
    entries: function* () {
      yield* listEntries(sources, input.year);
      yield* attendanceEntries(deps, acting, sources, now);
    },
  };
}
