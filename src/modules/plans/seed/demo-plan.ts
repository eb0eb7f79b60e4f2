// The demo plan, modelled on the province plans of the seeds (002: Hải Phòng's startup ecosystem
// plan; 003: tasks whose deliverable is a report): its agencies, its tasks with lead and
// co-ordinating agencies, timeline, deliverables and budget, and the targets of 002 I.
import type { BudgetSource, TaskStatus } from '../domain/task-tree';

export interface DemoAgency {
  code: string;
  legalName: string;
  kind: 'government_agency' | 'university';
}

export const DEMO_AGENCIES: DemoAgency[] = [
  {
    code: 'SKHCN',
    legalName: 'Sở Khoa học và Công nghệ thành phố Hải Phòng',
    kind: 'government_agency',
  },
  {
    code: 'SKHĐT',
    legalName: 'Sở Kế hoạch và Đầu tư thành phố Hải Phòng',
    kind: 'government_agency',
  },
  {
    code: 'SGDĐT',
    legalName: 'Sở Giáo dục và Đào tạo thành phố Hải Phòng',
    kind: 'government_agency',
  },
  {
    code: 'STTTT',
    legalName: 'Sở Thông tin và Truyền thông thành phố Hải Phòng',
    kind: 'government_agency',
  },
  { code: 'ĐHHP', legalName: 'Trường Đại học Hải Phòng', kind: 'university' },
];

export const DEMO_PLAN = {
  title:
    'Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng giai đoạn 2025–2030',
  decisionNumber: '1394/QĐ-UBND',
  decisionDate: '2025-06-05',
  periodStart: 2025,
  periodEnd: 2030,
  goals:
    'Tạo lập môi trường thuận lợi để thúc đẩy, hỗ trợ quá trình hình thành và phát triển loại hình doanh nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới. Đến năm 2030 hỗ trợ 100 dự án khởi nghiệp đổi mới sáng tạo, trong đó ít nhất 20% gọi được vốn; phát triển 50 doanh nghiệp khởi nghiệp đổi mới sáng tạo, ít nhất 20 doanh nghiệp được chứng nhận doanh nghiệp khoa học và công nghệ.',
};

export interface DemoTask {
  code: string;
  title: string;
  lead: string;
  coordinating?: string[];
  startsOn: string;
  dueOn: string;
  deliverables: string;
  budgets?: Partial<Record<BudgetSource, bigint>>;
  status?: TaskStatus;
  percentDone?: number;
  progressNote?: string;
}

export const DEMO_TASKS: DemoTask[] = [
  {
    code: '1',
    title: 'Thông tin, tuyên truyền và thúc đẩy phong trào khởi nghiệp đổi mới sáng tạo',
    lead: 'SKHCN',
    coordinating: ['STTTT'],
    startsOn: '2025-07-01',
    dueOn: '2030-12-31',
    deliverables: 'Báo cáo kết quả hằng năm',
    status: 'in_progress',
    percentDone: 30,
  },
  {
    code: '1.1',
    title: 'Xây dựng Cổng thông tin khởi nghiệp đổi mới sáng tạo của thành phố',
    lead: 'STTTT',
    coordinating: ['SKHCN'],
    startsOn: '2025-07-01',
    dueOn: '2026-06-30',
    deliverables: 'Cổng thông tin vận hành; báo cáo nghiệm thu',
    budgets: { local: 2_500_000_000n },
    status: 'in_progress',
    percentDone: 70,
    progressNote:
      'Đã hoàn thành thiết kế và chuyển dữ liệu danh bạ; đang kiểm thử an toàn thông tin.',
  },
  {
    code: '1.2',
    title: 'Chuyên mục khởi nghiệp trên Báo Hải Phòng, Đài Phát thanh và Truyền hình Hải Phòng',
    lead: 'STTTT',
    startsOn: '2025-09-01',
    dueOn: '2030-12-31',
    deliverables: 'Mỗi tháng 01 chuyên mục',
    budgets: { local: 600_000_000n, socialized: 200_000_000n },
    status: 'in_progress',
    percentDone: 20,
  },
  {
    code: '2',
    title: 'Đào tạo, phát triển nguồn nhân lực khởi nghiệp đổi mới sáng tạo',
    lead: 'SGDĐT',
    coordinating: ['ĐHHP'],
    startsOn: '2025-09-01',
    dueOn: '2030-12-31',
    deliverables: 'Báo cáo kết quả hằng năm',
  },
  {
    code: '2.1',
    title:
      'Đưa nội dung khởi nghiệp đổi mới sáng tạo vào hoạt động ngoại khóa ở trường trung học phổ thông',
    lead: 'SGDĐT',
    coordinating: ['SKHCN'],
    startsOn: '2025-09-01',
    dueOn: '2026-05-31',
    deliverables: 'Tài liệu hướng dẫn; 200 giáo viên được tập huấn',
    budgets: { local: 450_000_000n },
    status: 'in_progress',
    percentDone: 40,
  },
  {
    code: '2.2',
    title:
      'Chương trình đào tạo khởi nghiệp cho sinh viên và cuộc thi ý tưởng khởi nghiệp hằng năm',
    lead: 'ĐHHP',
    coordinating: ['SKHCN', 'SGDĐT'],
    startsOn: '2025-10-01',
    dueOn: '2025-12-31',
    deliverables: 'Học phần khởi nghiệp; cuộc thi với ít nhất 50 đội',
    budgets: { local: 300_000_000n, socialized: 150_000_000n },
    status: 'done',
    percentDone: 100,
    progressNote: 'Cuộc thi 2025 có 64 đội, 12 ý tưởng được ươm tạo tiếp.',
  },
  {
    code: '3',
    title: 'Hỗ trợ dự án và doanh nghiệp khởi nghiệp đổi mới sáng tạo',
    lead: 'SKHCN',
    coordinating: ['SKHĐT'],
    startsOn: '2025-07-01',
    dueOn: '2030-12-31',
    deliverables: 'Báo cáo kết quả hằng năm',
  },
  {
    code: '3.1',
    title: 'Thành lập Trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo tổng hợp của thành phố',
    lead: 'SKHCN',
    coordinating: ['SKHĐT', 'ĐHHP'],
    startsOn: '2025-07-01',
    dueOn: '2026-03-31',
    deliverables: 'Quyết định thành lập; trung tâm đi vào hoạt động',
    budgets: { central: 3_000_000_000n, local: 5_000_000_000n },
    status: 'in_progress',
    percentDone: 60,
  },
  {
    code: '3.2',
    title: 'Kết nối đầu tư cho dự án khởi nghiệp',
    lead: 'SKHĐT',
    coordinating: ['SKHCN'],
    startsOn: '2026-01-01',
    dueOn: '2030-12-31',
    deliverables: 'Danh mục dự án gọi vốn; báo cáo kết quả kết nối',
  },
  {
    code: '3.2.1',
    title: 'Ngày hội khởi nghiệp đổi mới sáng tạo (Techfest) của thành phố hằng năm',
    lead: 'SKHĐT',
    coordinating: ['SKHCN', 'STTTT'],
    startsOn: '2026-01-01',
    dueOn: '2026-11-30',
    deliverables: 'Ngày hội với ít nhất 100 gian hàng; báo cáo tổng kết',
    budgets: { local: 1_200_000_000n, socialized: 800_000_000n },
  },
];

export interface DemoTarget {
  code: string;
  name: string;
  unit: 'count' | 'percent' | 'vnd';
  source: 'entered' | 'indicator';
  indicatorId?: string;
  isPublic?: boolean;
  /** 2025 to 2030. */
  targets: number[];
  entered?: Record<number, number>;
}

export const DEMO_TARGETS: DemoTarget[] = [
  {
    code: 'CT1',
    name: 'Dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ',
    unit: 'count',
    source: 'indicator',
    indicatorId: 'programs.projects_funded',
    isPublic: true,
    targets: [10, 15, 15, 20, 20, 20],
  },
  {
    code: 'CT2',
    name: 'Tỷ lệ dự án được hỗ trợ gọi được vốn từ nhà đầu tư',
    unit: 'percent',
    source: 'entered',
    targets: [20, 20, 20, 20, 20, 20],
    entered: { 2025: 18 },
  },
  {
    code: 'CT3',
    name: 'Doanh nghiệp khởi nghiệp đổi mới sáng tạo',
    unit: 'count',
    source: 'indicator',
    indicatorId: 'directory.innovative_startups',
    isPublic: true,
    targets: [10, 20, 30, 40, 45, 50],
  },
  {
    code: 'CT4',
    name: 'Doanh nghiệp được chứng nhận doanh nghiệp khoa học và công nghệ',
    unit: 'count',
    source: 'entered',
    targets: [4, 8, 12, 15, 18, 20],
    entered: { 2025: 3 },
  },
  {
    code: 'CT5',
    name: 'Trung tâm, cơ sở hỗ trợ khởi nghiệp đổi mới sáng tạo',
    isPublic: true,
    unit: 'count',
    source: 'entered',
    targets: [1, 2, 2, 3, 3, 3],
    entered: { 2025: 1 },
  },
];
