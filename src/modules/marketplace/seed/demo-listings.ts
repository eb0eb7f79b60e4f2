// The demo exchange's listings: technologies of universities and institutes, needs of small
// enterprises and cooperatives (Vietnamese, as the centre would publish them).
import type { Sector } from '../../directory';
import type { IpKind, TransferForm } from '../domain/offer';

export interface DemoOffer {
  title: string;
  summary: string;
  problem: string;
  advantages: string;
  applications: string;
  sectors: Sector[];
  trl: number;
  ipKind: IpKind;
  ipNumber: string;
  transferForms: TransferForm[];
  priceVnd: bigint | null;
  isStateFunded: boolean;
  daysAgo: number;
}

export const DEMO_OFFERS: DemoOffer[] = [
  {
    title: 'Chế phẩm vi sinh xử lý vỏ cà phê thành phân bón hữu cơ',
    summary:
      'Chủng vi sinh bản địa phân giải vỏ cà phê trong 21 ngày, giảm mùi, cho phân bón đạt chuẩn.',
    problem: 'Vỏ cà phê tồn đọng sau thu hoạch gây ô nhiễm và tốn chi phí xử lý.',
    advantages: 'Nhanh gấp đôi ủ truyền thống; nguyên liệu sẵn có tại vùng trồng.',
    applications: 'Hợp tác xã cà phê, trang trại, nhà máy chế biến.',
    sectors: ['agritech', 'greentech'],
    trl: 6,
    ipKind: 'giai_phap_huu_ich',
    ipNumber: '2-0003123',
    transferForms: ['licence', 'consultancy'],
    priceVnd: 450_000_000n,
    isStateFunded: true,
    daysAgo: 40,
  },
  {
    title: 'Cảm biến IoT đo độ mặn nước cho vùng nuôi tôm',
    summary:
      'Trạm đo độ mặn, pH và nhiệt độ chạy pin mặt trời, gửi cảnh báo qua Zalo khi vượt ngưỡng.',
    problem: 'Xâm nhập mặn làm tôm chết hàng loạt khi người nuôi không kịp phát hiện.',
    advantages: 'Giá thành bằng một phần ba thiết bị nhập khẩu; hiệu chuẩn tại chỗ.',
    applications: 'Vùng nuôi tôm, trạm bơm thuỷ lợi.',
    sectors: ['iot', 'agritech'],
    trl: 7,
    ipKind: 'sang_che',
    ipNumber: '1-0031456',
    transferForms: ['licence', 'equipment_sale'],
    priceVnd: null,
    isStateFunded: false,
    daysAgo: 25,
  },
  {
    title: 'Quy trình chiết xuất tinh dầu quế không dung môi',
    summary:
      'Chưng cất hơi nước áp suất thấp cho hiệu suất cao hơn 18% và tinh dầu đạt chuẩn xuất khẩu.',
    problem: 'Cơ sở nhỏ chưng cất thủ công, hiệu suất thấp, chất lượng không đều.',
    advantages: 'Không dùng dung môi; thiết bị chế tạo trong nước.',
    applications: 'Hợp tác xã quế, doanh nghiệp dược liệu.',
    sectors: ['life-science', 'agritech'],
    trl: 8,
    ipKind: 'bi_quyet_cong_nghe',
    ipNumber: '',
    transferForms: ['assignment', 'consultancy'],
    priceVnd: 300_000_000n,
    isStateFunded: true,
    daysAgo: 12,
  },
  {
    title: 'Mô hình AI nhận dạng sâu bệnh lá lúa qua ảnh điện thoại',
    summary:
      'Nhận dạng 12 loại sâu bệnh lúa phổ biến với độ chính xác 93%, chạy ngoại tuyến trên điện thoại.',
    problem: 'Nông dân khó phân biệt bệnh sớm, phun thuốc sai loại.',
    advantages: 'Chạy không cần mạng; dữ liệu huấn luyện từ đồng ruộng Việt Nam.',
    applications: 'Khuyến nông, hợp tác xã, doanh nghiệp vật tư nông nghiệp.',
    sectors: ['ai', 'agritech'],
    trl: 5,
    ipKind: 'quyen_tac_gia',
    ipNumber: '',
    transferForms: ['licence', 'joint_development'],
    priceVnd: null,
    isStateFunded: false,
    daysAgo: 3,
  },
];

export interface DemoNeed {
  title: string;
  teaser: string;
  problem: string;
  budgetMinVnd: bigint | null;
  budgetMaxVnd: bigint | null;
  timeline: '3_months' | '6_months' | '12_months' | 'longer';
  sectors: Sector[];
  isConfidential: boolean;
  daysAgo: number;
}

export const DEMO_NEEDS: DemoNeed[] = [
  {
    title: 'Cần công nghệ sấy nông sản tiết kiệm năng lượng',
    teaser: 'Doanh nghiệp chế biến cần thay lò sấy củi bằng công nghệ sạch, công suất 2 tấn/mẻ.',
    problem:
      'Lò sấy củi hiện tại tốn 40 triệu đồng nhiên liệu mỗi tháng, độ ẩm sản phẩm không đều.',
    budgetMinVnd: 500_000_000n,
    budgetMaxVnd: 1_200_000_000n,
    timeline: '6_months',
    sectors: ['agritech', 'greentech'],
    isConfidential: true,
    daysAgo: 30,
  },
  {
    title: 'Truy xuất nguồn gốc cho sản phẩm OCOP',
    teaser: 'Hợp tác xã cần giải pháp tem truy xuất nguồn gốc đơn giản cho 5 sản phẩm OCOP.',
    problem: 'Nhà phân phối yêu cầu truy xuất nguồn gốc từ vùng trồng đến bao bì.',
    budgetMinVnd: 50_000_000n,
    budgetMaxVnd: 150_000_000n,
    timeline: '3_months',
    sectors: ['agritech', 'ecommerce'],
    isConfidential: false,
    daysAgo: 14,
  },
  {
    title: 'Xử lý nước thải chế biến thuỷ sản',
    teaser: 'Cơ sở chế biến cần hệ thống xử lý nước thải đạt QCVN, diện tích hạn chế.',
    problem: 'Lưu lượng 80 m³/ngày, mặt bằng còn 120 m², đang bị nhắc nhở về môi trường.',
    budgetMinVnd: null,
    budgetMaxVnd: 2_000_000_000n,
    timeline: '12_months',
    sectors: ['greentech'],
    isConfidential: true,
    daysAgo: 6,
  },
];
