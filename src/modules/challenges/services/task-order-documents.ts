// The đặt hàng path's documents as the ordering body files them, in the Decree 30/2020 layout
// (platform/documents): the advisory council's minutes (biên bản), which define the task, and
// the decision naming who carries it out (quyết định, by open selection or direct assignment).
// Printed in Vietnamese, with the numbers and days the recorded steps carry; the platform never
// numbers them.
import { formatNumber } from '../../../platform/i18n';
import type { OfficialDocument } from '../../../platform/documents';
import type { TaskOrderRow, TaskOrderStepRow } from '../db/task-orders.repository';
import { dayText, type TaskOrderStep } from '../domain/task-order';

export interface TaskOrderRecord {
  order: TaskOrderRow;
  steps: readonly TaskOrderStepRow[];
  challenge: { title: string };
  ownerName: string;
  performerName?: string;
}

const MODE_WORDS = { open_selection: 'tuyển chọn', direct_assignment: 'giao trực tiếp' } as const;
const stepOf = (r: TaskOrderRecord, step: TaskOrderStep) => r.steps.find((s) => s.step === step);
const modeOf = (r: TaskOrderRecord) =>
  MODE_WORDS[(r.order.selectionMode ?? 'open_selection') as keyof typeof MODE_WORDS];

/** The task as the council defined it: name, objectives, results, duration, budget. */
function taskLines(r: TaskOrderRecord): string[] {
  const { order } = r;
  return [
    `Tên nhiệm vụ: ${order.taskName}.`,
    `Mục tiêu: ${order.objectives}`,
    `Sản phẩm dự kiến: ${order.expectedResults}`,
    `Thời gian thực hiện: ${order.durationMonths} tháng.`,
    order.budgetVnd
      ? `Kinh phí dự kiến từ ngân sách nhà nước: ${formatNumber(order.budgetVnd)} đồng.`
      : 'Kinh phí: theo dự toán được thẩm định.',
  ];
}

/** The minutes, once the council's step is recorded; undefined before. */
export function councilMinutesDocument(r: TaskOrderRecord): OfficialDocument | undefined {
  const council = stepOf(r, 'council');
  const proposal = stepOf(r, 'proposal');
  if (!council || !proposal) return undefined;
  const { order } = r;
  const chair = order.councilMembers[0];
  return {
    issuer: { parent: order.issuerName, name: 'Hội đồng tư vấn xác định nhiệm vụ KH&CN' },
    symbol: council.documentNumber,
    place: order.place,
    date: council.happenedOn,
    kind: 'Biên bản',
    summary: `Họp Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ đặt hàng: ${order.taskName}`,
    body: [
      { type: 'heading', text: 'I. THÀNH PHẦN HỘI ĐỒNG' },
      {
        type: 'table',
        sheetName: 'Hội đồng',
        columns: [
          { header: 'STT', kind: 'number', width: 0.5 },
          { header: 'Họ và tên', width: 2.5 },
          { header: 'Nhiệm vụ trong Hội đồng', width: 2.5 },
        ],
        rows: order.councilMembers.map((m, i) => [i + 1, m.name, m.role]),
      },
      { type: 'heading', text: 'II. ĐỀ XUẤT ĐẶT HÀNG' },
      {
        type: 'paragraph',
        text: `Đề xuất đặt hàng số ${proposal.documentNumber} ngày ${dayText(proposal.happenedOn)}, từ bài toán "${r.challenge.title}" của ${r.ownerName}.`,
      },
      { type: 'heading', text: 'III. NHIỆM VỤ ĐƯỢC HỘI ĐỒNG XÁC ĐỊNH' },
      { type: 'list', style: 'dash', items: taskLines(r) },
      { type: 'heading', text: 'IV. KẾT LUẬN CỦA HỘI ĐỒNG' },
      ...paragraphs(order.councilConclusion),
    ],
    signature: { position: 'Chủ tịch Hội đồng', name: chair?.name ?? '' },
    recipients: [`${order.issuerName} (để báo cáo);`, 'Lưu: hồ sơ nhiệm vụ.'],
  };
}

/** The decision naming who carries the task out, once the selection is recorded. */
export function selectionDecisionDocument(r: TaskOrderRecord): OfficialDocument | undefined {
  const selection = stepOf(r, 'selection');
  const council = stepOf(r, 'council');
  const proposal = stepOf(r, 'proposal');
  if (!selection || !council || !proposal || !r.performerName) return undefined;
  const { order } = r;
  const mode = modeOf(r);
  return {
    issuer: { parent: order.issuerParent || undefined, name: order.issuerName },
    symbol: selection.documentNumber,
    place: order.place,
    date: selection.happenedOn,
    kind: 'Quyết định',
    summary: `Phê duyệt tổ chức chủ trì nhiệm vụ khoa học và công nghệ đặt hàng theo phương thức ${mode}`,
    body: [
      {
        type: 'paragraph',
        text: `Căn cứ đề xuất đặt hàng số ${proposal.documentNumber} ngày ${dayText(proposal.happenedOn)};`,
      },
      {
        type: 'paragraph',
        text: `Căn cứ Biên bản họp Hội đồng tư vấn xác định nhiệm vụ số ${council.documentNumber} ngày ${dayText(council.happenedOn)};`,
      },
      { type: 'heading', text: 'QUYẾT ĐỊNH:' },
      {
        type: 'paragraph',
        text: [
          { text: 'Điều 1. ', bold: true },
          {
            text: `Phê duyệt ${r.performerName} chủ trì thực hiện nhiệm vụ khoa học và công nghệ đặt hàng theo phương thức ${mode}, với các nội dung sau:`,
          },
        ],
      },
      { type: 'list', style: 'dash', items: taskLines(r) },
      {
        type: 'paragraph',
        text: [
          { text: 'Điều 2. ', bold: true },
          {
            text: `${r.performerName} có trách nhiệm ký hợp đồng thực hiện nhiệm vụ và tổ chức thực hiện theo đúng nội dung được phê duyệt.`,
          },
        ],
      },
      {
        type: 'paragraph',
        text: [
          { text: 'Điều 3. ', bold: true },
          {
            text: `Quyết định này có hiệu lực kể từ ngày ký. Các đơn vị có liên quan và ${r.performerName} chịu trách nhiệm thi hành Quyết định này.`,
          },
        ],
      },
    ],
    signature: { position: order.signerPosition, name: order.signerName },
    recipients: ['Như Điều 3;', 'Lưu: VT.'],
  };
}

const paragraphs = (text: string) =>
  text
    .split(/\r?\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ type: 'paragraph' as const, text: p }));
