// The demo set's living labs, solvers and pilots: a pharmacy-queue pilot under way at a district
// hospital's outpatient area, and the tax assistant that ended in a contract. Days are counted
// back from the day the data is loaded.
import type { TLivingLabFieldsInput } from '../contracts';
import type { DEMO_OWNERS } from './demo-problems';

type OwnerKey = keyof typeof DEMO_OWNERS;

export const DEMO_SOLVERS = {
  pharmacy: {
    kind: 'startup' as const,
    legalName: 'Công ty Cổ phần Công nghệ Y tế Nhịp Sống',
    shortName: 'Nhịp Sống',
  },
  taxAssistant: {
    kind: 'startup' as const,
    legalName: 'Công ty TNHH Trợ lý Số Minh Thuế',
    shortName: 'Minh Thuế',
  },
};

export const DEMO_LABS: (Omit<TLivingLabFieldsInput, 'hostOrganizationId'> & {
  key: 'hospital' | 'school' | 'taxDesk';
  host: OwnerKey;
})[] = [
  {
    key: 'hospital',
    host: 'health',
    name: 'Bệnh viện quận 8 — khu khám ngoại trú',
    address: 'Đường Cao Lỗ, phường Chánh Hưng, Thành phố Hồ Chí Minh',
    sector: 'healthtech',
    capacity: 1800,
    facilities:
      'Quầy tiếp đón, quầy thuốc bảo hiểm y tế, màn hình gọi số, mạng Wi-Fi riêng cho thử nghiệm, kết nối thử với phần mềm HIS.',
    availability: 'Thứ Hai đến thứ Sáu, 7:00–16:30; lắp đặt thiết bị ngoài giờ khám.',
  },
  {
    key: 'school',
    host: 'education',
    name: 'Trường THCS Nguyễn Du — phòng giáo viên và phòng tin học',
    address: 'Đường Nguyễn Du, phường Bến Thành, Thành phố Hồ Chí Minh',
    sector: 'edtech',
    capacity: 60,
    facilities:
      'Phòng tin học 40 máy, phòng giáo viên, tài khoản thử nghiệm của phần mềm quản lý trường học.',
    availability: 'Trong năm học; thử nghiệm với học sinh cần phụ huynh đồng ý.',
  },
  {
    key: 'taxDesk',
    host: 'tax',
    name: 'Chi cục Thuế khu vực quận 3 — bộ phận một cửa',
    address: 'Đường Nam Kỳ Khởi Nghĩa, phường Xuân Hoà, Thành phố Hồ Chí Minh',
    sector: 'fintech',
    capacity: 300,
    facilities:
      'Quầy tiếp nhận hồ sơ, ki-ốt tra cứu, tổng đài hỗ trợ người nộp thuế, bộ câu hỏi thường gặp đã ẩn danh.',
    availability: 'Cao điểm tháng 3 và tháng 4 (mùa quyết toán); lắp đặt trước ngày 15/2.',
  },
];

/** One side's report at a check-in: the value of each indicator, in order, and its issues. */
export interface DemoReport {
  checkIn: number;
  side: 'owner' | 'solver';
  daysAgo: number;
  values: (number | null)[];
  issues: string;
  reporterName: string;
}

export interface DemoPilot {
  challengeTitle: string;
  solver: keyof typeof DEMO_SOLVERS;
  lab: (typeof DEMO_LABS)[number]['key'];
  acceptedDaysAgo: number;
  signedDaysAgo: number;
  startsDaysAgo: number;
  weeks: number;
  checkInEveryWeeks: number;
  scope: string;
  site: string;
  responsibilities: string;
  dataAccess: string;
  budgetVnd: bigint;
  ownerSharePercent: number;
  milestones: { title: string; dayOfPilot: number }[];
  reports: DemoReport[];
  ending?: {
    evaluatedDaysAgo: number;
    endedDaysAgo: number;
    ownerRating: number;
    ownerEvaluation: string;
    solverRating: number;
    solverEvaluation: string;
    contractValueVnd: bigint;
    contractNumber: string;
    ownerStatement: string;
    followUp: { daysAgo: number; isInUse: boolean; scale: string };
  };
}

const PHARMACY_OWNER = 'Nguyễn Thị Hồng Nhung (Phòng Kế hoạch tổng hợp)';
const PHARMACY_SOLVER = 'Trần Quốc Bảo (Nhịp Sống)';
const TAX_OWNER = 'Lê Văn Phúc (Chi cục Thuế khu vực quận 3)';
const TAX_SOLVER = 'Võ Ngọc Hân (Minh Thuế)';

/** A check-in of the tax pilot: each side counts the month's calls to the helpline. */
const taxReports = (
  checkIn: number,
  daysAgo: number,
  [owner, solver]: [number, number],
  issues: string,
): DemoReport[] => [
  { checkIn, side: 'owner', daysAgo, values: [owner], issues, reporterName: TAX_OWNER },
  {
    checkIn,
    side: 'solver',
    daysAgo: daysAgo - 1,
    values: [solver],
    issues: '',
    reporterName: TAX_SOLVER,
  },
];

export const DEMO_PILOTS: DemoPilot[] = [
  {
    challengeTitle: 'Rút ngắn thời gian lĩnh thuốc ngoại trú',
    solver: 'pharmacy',
    lab: 'hospital',
    acceptedDaysAgo: 125,
    signedDaysAgo: 80,
    startsDaysAgo: 70,
    weeks: 16,
    checkInEveryWeeks: 4,
    scope:
      'Đơn thuốc điện tử chuyển thẳng tới quầy thuốc, dược sĩ soạn thuốc trước và báo số qua tin nhắn để người bệnh ngoại trú không phải đứng chờ.',
    site: 'Quầy thuốc bảo hiểm y tế, tầng trệt khu khám ngoại trú',
    responsibilities:
      'Bệnh viện bố trí hai dược sĩ đầu mối và quyền đọc đơn thuốc trong HIS; Nhịp Sống lắp đặt, vận hành và hỗ trợ tại chỗ giờ cao điểm.',
    dataAccess:
      'Chỉ mã đơn thuốc và số thứ tự; dữ liệu người bệnh không rời máy chủ của bệnh viện.',
    budgetVnd: 420_000_000n,
    ownerSharePercent: 30,
    milestones: [
      { title: 'Kết nối HIS và chạy thử ngoài giờ khám', dayOfPilot: 14 },
      { title: 'Báo số qua tin nhắn cho mọi người bệnh ngoại trú', dayOfPilot: 56 },
      { title: 'Báo cáo đánh giá cuối thử nghiệm', dayOfPilot: 112 },
    ],
    reports: [
      {
        checkIn: 1,
        side: 'owner',
        daysAgo: 41,
        values: [41, 70],
        issues:
          'Người cao tuổi chưa quen nhận tin nhắn báo số; bệnh viện bố trí thêm một tình nguyện viên hướng dẫn.',
        reporterName: PHARMACY_OWNER,
      },
      {
        checkIn: 1,
        side: 'solver',
        daysAgo: 40,
        values: [39, null],
        issues: 'Đồng bộ với HIS chậm vào giờ cao điểm 8:00–9:30; đã thêm hàng đợi đồng bộ.',
        reporterName: PHARMACY_SOLVER,
      },
      {
        checkIn: 2,
        side: 'owner',
        daysAgo: 13,
        values: [33, 76],
        issues: 'Quầy thuốc hết ùn tắc buổi sáng; cần in hướng dẫn cỡ chữ lớn tại sảnh.',
        reporterName: PHARMACY_OWNER,
      },
      {
        checkIn: 2,
        side: 'solver',
        daysAgo: 12,
        values: [31, 78],
        issues: 'Đã bật báo số qua Zalo; 62% người bệnh nhận thông báo trên điện thoại.',
        reporterName: PHARMACY_SOLVER,
      },
    ],
  },
  {
    challengeTitle: 'Trợ lý ảo tra cứu nghĩa vụ thuế',
    solver: 'taxAssistant',
    lab: 'taxDesk',
    acceptedDaysAgo: 380,
    signedDaysAgo: 350,
    startsDaysAgo: 340,
    weeks: 13,
    checkInEveryWeeks: 4,
    scope:
      'Trợ lý ảo trả lời câu hỏi thường gặp về quyết toán thuế thu nhập cá nhân trên ki-ốt bộ phận một cửa và trên cổng thông tin của Chi cục.',
    site: 'Bộ phận một cửa và tổng đài hỗ trợ người nộp thuế',
    responsibilities:
      'Chi cục cung cấp bộ câu hỏi thường gặp và cử cán bộ duyệt câu trả lời; Minh Thuế huấn luyện, vận hành và cập nhật theo văn bản mới.',
    dataAccess: 'Chỉ câu hỏi đã ẩn danh; không truy cập hồ sơ người nộp thuế.',
    budgetVnd: 250_000_000n,
    ownerSharePercent: 40,
    milestones: [
      { title: 'Trợ lý trả lời 200 câu hỏi thường gặp', dayOfPilot: 21 },
      { title: 'Mở cho người nộp thuế trên cổng thông tin', dayOfPilot: 42 },
    ],
    reports: [
      ...taxReports(
        1,
        312,
        [10500, 10200],
        'Nhiều câu hỏi về giảm trừ gia cảnh chưa có câu trả lời mẫu.',
      ),
      ...taxReports(2, 284, [8600, 8400], 'Cán bộ duyệt 35 câu trả lời mới theo thông tư sửa đổi.'),
      ...taxReports(
        3,
        256,
        [6900, 6800],
        'Mùa quyết toán qua đỉnh; tổng đài không còn cảnh chờ máy.',
      ),
    ],
    ending: {
      evaluatedDaysAgo: 247,
      endedDaysAgo: 245,
      ownerRating: 5,
      ownerEvaluation:
        'Tổng đài giảm gần một nửa số cuộc gọi trong mùa cao điểm; câu trả lời dẫn đúng văn bản.',
      solverRating: 4,
      solverEvaluation:
        'Cán bộ một cửa hỗ trợ tận tình; bộ câu hỏi được cung cấp sớm giúp huấn luyện trợ lý nhanh.',
      contractValueVnd: 950_000_000n,
      contractNumber: '112/HĐ-CCTKV3',
      ownerStatement:
        'Trợ lý ảo trả lời hơn 70% câu hỏi quyết toán mà không cần tổng đài viên. Chi cục ký hợp đồng dùng cho hai mùa quyết toán tới và giới thiệu cho các chi cục khác.',
      followUp: {
        daysAgo: 60,
        isInUse: true,
        scale:
          'Đang dùng tại bộ phận một cửa và trên cổng thông tin của Chi cục, khoảng 4.000 lượt hỏi mỗi tháng; Chi cục Thuế khu vực Thủ Đức đang thử.',
      },
    },
  },
];
