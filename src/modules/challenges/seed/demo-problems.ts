// The demo set's owners and problems (seed 004: health, education, tax), and what became of them.
import type { TChallengeFieldsInput, TProblemFieldsInput } from '../contracts';
import type { ProblemStatus } from '../domain/problem';

export const DEMO_OWNERS = {
  health: {
    kind: 'government_agency' as const,
    legalName: 'Sở Y tế Thành phố Hồ Chí Minh',
    shortName: 'Sở Y tế',
  },
  education: {
    kind: 'government_agency' as const,
    legalName: 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh',
    shortName: 'Sở GD&ĐT',
  },
  tax: {
    kind: 'government_agency' as const,
    legalName: 'Cục Thuế Thành phố Hồ Chí Minh',
    shortName: 'Cục Thuế',
  },
};

export interface DemoProblem {
  owner: keyof typeof DEMO_OWNERS;
  /** Its status when no challenge is published from it (then it is approved). */
  status: ProblemStatus;
  daysAgo: number;
  problem: TProblemFieldsInput;
  centreComment?: string;
  challenge?: {
    tracks: string[];
    days: number;
    isSolved?: boolean;
    fields: Omit<TChallengeFieldsInput, 'opensAt' | 'closesAt' | 'track'>;
  };
}

const AGREEMENT =
  '1. Quyền sở hữu trí tuệ đối với giải pháp thuộc về đơn vị đề xuất, trừ khi hai bên có thoả thuận khác bằng văn bản.\n2. Đơn vị đặt hàng và Trung tâm giữ bí mật hồ sơ giải pháp, chỉ dùng để đánh giá.\n3. Dữ liệu do đơn vị đặt hàng cung cấp chỉ được dùng cho thách thức này.';

export const DEMO_PROBLEMS: DemoProblem[] = [
  {
    owner: 'health',
    status: 'approved',
    daysAgo: 10,
    problem: {
      title: 'Người bệnh chờ khám quá lâu tại bệnh viện tuyến quận',
      sector: 'healthtech',
      whoSuffers:
        'Khoảng 40.000 lượt người bệnh mỗi ngày tại 22 bệnh viện quận, huyện; người cao tuổi chờ lâu nhất.',
      currentProcess: 'Lấy số thứ tự tại quầy, chờ gọi tên; kết quả cận lâm sàng trả trên giấy.',
      evidence:
        'Khảo sát hài lòng 2025: thời gian chờ trung bình 95 phút; dữ liệu lượt khám theo giờ có thể chia sẻ (ẩn danh).',
      constraints: 'Kết nối với phần mềm HIS hiện có; dữ liệu người bệnh không rời hạ tầng của Sở.',
      indicators: [
        { name: 'Thời gian chờ khám trung bình', unit: 'minutes', baseline: 95, target: 45 },
        { name: 'Tỉ lệ người bệnh hài lòng', unit: 'percent', baseline: 71, target: 85 },
      ],
      budgetVnd: 1_500_000_000n,
      coFundingVnd: 500_000_000n,
      timeline: 'Thử nghiệm 16 tuần tại 2 bệnh viện từ quý 2/2027.',
      pilotHost: 'Bệnh viện quận 8 và Bệnh viện huyện Củ Chi',
    },
    challenge: {
      tracks: [''],
      days: 45,
      fields: {
        title: 'Giảm thời gian chờ khám tại bệnh viện tuyến quận',
        summary: 'Tìm giải pháp đặt lịch, điều phối và thông báo giúp người bệnh chờ ít hơn.',
        eligibility: 'Doanh nghiệp khởi nghiệp đổi mới sáng tạo đăng ký tại Việt Nam.',
        rewards: [
          { kind: 'pilot', description: 'Thử nghiệm 16 tuần tại hai bệnh viện' },
          {
            kind: 'contract',
            description: 'Hợp đồng triển khai nếu đạt chỉ tiêu',
            amountVnd: '1500000000',
          },
        ],
        documents: [
          {
            kind: 'dataset',
            title: 'Lượt khám theo giờ 2025 (ẩn danh)',
            url: 'https://data.example.gov.vn/luot-kham-2025.csv',
          },
        ],
        agreementText: AGREEMENT,
      },
    },
  },
  {
    owner: 'health',
    status: 'approved',
    daysAgo: 150,
    problem: {
      title: 'Người bệnh ngoại trú chờ lĩnh thuốc bảo hiểm y tế quá lâu',
      sector: 'healthtech',
      whoSuffers:
        'Khoảng 1.800 lượt người bệnh ngoại trú mỗi ngày tại Bệnh viện quận 8, phần lớn là người cao tuổi có thẻ bảo hiểm y tế.',
      currentProcess: 'Nộp đơn thuốc giấy tại quầy, chờ gọi tên; dược sĩ soạn thuốc theo thứ tự.',
      evidence:
        'Đo tại quầy thuốc tháng 3/2026: trung bình 52 phút từ khi nộp đơn đến khi nhận thuốc.',
      constraints: 'Kết nối với phần mềm HIS; không thu thêm phí của người bệnh.',
      indicators: [
        { name: 'Thời gian chờ lĩnh thuốc', unit: 'minutes', baseline: 52, target: 20 },
        {
          name: 'Tỉ lệ người bệnh hài lòng với quầy thuốc',
          unit: 'percent',
          baseline: 64,
          target: 85,
        },
      ],
      budgetVnd: 600_000_000n,
      timeline: 'Thử nghiệm 16 tuần tại khu khám ngoại trú.',
      pilotHost: 'Bệnh viện quận 8 — khu khám ngoại trú',
    },
    challenge: {
      tracks: [''],
      days: 45,
      isSolved: true,
      fields: {
        title: 'Rút ngắn thời gian lĩnh thuốc ngoại trú',
        summary:
          'Đơn thuốc điện tử, soạn thuốc trước và báo số qua điện thoại để người bệnh không phải đứng chờ ở quầy.',
        rewards: [
          {
            kind: 'pilot',
            description: 'Thử nghiệm 16 tuần tại khu khám ngoại trú Bệnh viện quận 8',
          },
        ],
        agreementText: AGREEMENT,
      },
    },
  },
  {
    owner: 'education',
    status: 'approved',
    daysAgo: 5,
    problem: {
      title: 'Giáo viên mất nhiều thời gian cho sổ điểm và báo cáo',
      sector: 'edtech',
      whoSuffers:
        'Giáo viên trung học cơ sở, trung bình 6 giờ mỗi tuần cho việc nhập điểm và lập báo cáo.',
      currentProcess:
        'Nhập điểm vào phần mềm quản lý trường học, lập báo cáo tháng bằng bảng tính.',
      evidence: 'Khảo sát 1.200 giáo viên năm học 2024-2025.',
      constraints: 'Tuân thủ quy định về hồ sơ điện tử của ngành giáo dục.',
      indicators: [
        {
          name: 'Giờ làm sổ sách mỗi tuần của một giáo viên',
          unit: 'minutes',
          baseline: 360,
          target: 120,
        },
      ],
      budgetVnd: 800_000_000n,
      timeline: 'Thử nghiệm học kỳ 2 năm học 2026-2027.',
      pilotHost: 'Trường THCS Nguyễn Du, quận 1',
    },
    challenge: {
      tracks: ['Nhập điểm bằng giọng nói', 'Báo cáo tự động'],
      days: 60,
      fields: {
        title: 'Giảm gánh nặng sổ sách cho giáo viên',
        summary: 'Hai nhánh song song: nhập điểm nhanh và tự động lập báo cáo định kỳ.',
        rewards: [
          { kind: 'prize', description: 'Giải nhất mỗi nhánh', amountVnd: '200000000' },
          { kind: 'support', description: 'Gói ươm tạo 6 tháng tại Trung tâm' },
        ],
        agreementText: AGREEMENT,
      },
    },
  },
  {
    owner: 'education',
    status: 'submitted',
    daysAgo: 2,
    problem: {
      title: 'Học sinh vùng ven thiếu học liệu số phù hợp',
      sector: 'edtech',
      whoSuffers: 'Học sinh tiểu học tại các xã ven thành phố.',
      currentProcess: 'Học liệu in, thiết bị dùng chung tại thư viện trường.',
      evidence: 'Báo cáo chuyển đổi số ngành giáo dục 2025.',
      indicators: [
        { name: 'Học sinh dùng học liệu số mỗi tuần', unit: 'percent', baseline: 18, target: 60 },
      ],
      timeline: 'Năm học 2027-2028.',
    },
  },
  {
    owner: 'tax',
    status: 'approved',
    daysAgo: 400,
    problem: {
      title: 'Người nộp thuế khó tra cứu nghĩa vụ thuế',
      sector: 'fintech',
      whoSuffers: 'Khoảng 300.000 cá nhân tự quyết toán thuế thu nhập mỗi năm.',
      currentProcess: 'Tra cứu trên cổng thuế điện tử, gọi tổng đài khi không hiểu.',
      evidence: 'Tổng đài nhận 12.000 cuộc gọi mỗi tháng trong mùa quyết toán.',
      indicators: [
        {
          name: 'Cuộc gọi tổng đài mỗi tháng mùa quyết toán',
          unit: 'count',
          baseline: 12000,
          target: 6000,
        },
      ],
      timeline: 'Trước mùa quyết toán.',
      pilotHost: 'Chi cục Thuế khu vực quận 3',
    },
    challenge: {
      tracks: [''],
      days: 40,
      isSolved: true,
      fields: {
        title: 'Trợ lý ảo tra cứu nghĩa vụ thuế',
        summary: 'Trợ lý trả lời câu hỏi thường gặp về quyết toán thuế thu nhập cá nhân.',
        rewards: [{ kind: 'pilot', description: 'Thử nghiệm tại Chi cục Thuế khu vực quận 3' }],
        agreementText: AGREEMENT,
      },
    },
  },
  {
    owner: 'tax',
    status: 'changes_requested',
    daysAgo: 3,
    centreComment: 'Đề nghị bổ sung mô tả dữ liệu hoá đơn có thể chia sẻ và các ràng buộc bảo mật.',
    problem: {
      title: 'Phát hiện sớm hoá đơn điện tử bất thường',
      sector: 'ai',
      whoSuffers: 'Cán bộ kiểm tra thuế và doanh nghiệp bị chiếm dụng hoá đơn.',
      currentProcess: 'Rà soát theo danh sách rủi ro lập thủ công hằng quý.',
      evidence: 'Số vụ việc hoá đơn bất hợp pháp phát hiện năm 2025.',
      indicators: [
        { name: 'Thời gian phát hiện một vụ việc', unit: 'days', baseline: 90, target: 14 },
      ],
      timeline: 'Năm 2027.',
      isConfidential: true,
    },
  },
];
