// National-scale marketplace data around the labelled families: 50,000 offers and 10,000 needs of
// plausible Vietnamese technology text in every sector, deterministic (a seeded generator). Its
// vocabulary is its own: none of it is taken from families.ts, so a background listing is never
// relevant to a labelled need by construction, though it shares sectors and common words.
import { SECTORS } from '../../src/modules/directory/domain/taxonomy';
import { IP_KINDS, TRANSFER_FORMS } from '../../src/modules/marketplace/domain/offer';

/** Mulberry32: the same listings every run. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

const SUBJECTS: Record<string, string[]> = {
  ai: [
    'trích xuất thông tin từ văn bản hành chính',
    'dự báo nhu cầu bán lẻ',
    'gợi ý sản phẩm cá nhân hoá',
    'phân tích cảm xúc bình luận khách hàng',
    'tóm tắt tài liệu tự động',
  ],
  fintech: [
    'ví điện tử cho hộ kinh doanh',
    'đối soát giao dịch ngân hàng',
    'quản lý hoá đơn điện tử',
    'bảo hiểm vi mô theo mùa vụ',
    'định danh khách hàng điện tử eKYC',
  ],
  edtech: [
    'quản lý trường học và sổ liên lạc điện tử',
    'phòng thí nghiệm ảo môn Vật lý',
    'học ngoại ngữ qua trò chơi',
    'thi trắc nghiệm trên máy tính',
    'thư viện số cho trường phổ thông',
  ],
  agritech: [
    'giống lúa chịu mặn ngắn ngày',
    'nhân giống cây lâm nghiệp bằng nuôi cấy mô',
    'máy gieo hạt theo hàng',
    'bẫy côn trùng bằng pheromone',
    'thức ăn chăn nuôi từ ấu trùng ruồi lính đen',
  ],
  healthtech: [
    'quản lý nhà thuốc và kê đơn điện tử',
    'thiết bị đo điện tim cầm tay',
    'phục hồi chức năng bằng robot',
    'tư vấn dinh dưỡng trực tuyến',
    'xét nghiệm di truyền sàng lọc sơ sinh',
  ],
  'life-science': [
    'chiết xuất tinh dầu quế và hồi',
    'lên men enzyme cho công nghiệp dệt',
    'nuôi cấy nấm dược liệu đông trùng hạ thảo',
    'sản xuất probiotic cho người',
    'tách chiết collagen từ da cá',
  ],
  creative: [
    'thiết kế thời trang bằng vải tái chế',
    'sản xuất phim hoạt hình ngắn',
    'nền tảng bản quyền âm nhạc',
    'in 3D đồ trang trí nội thất',
    'trò chơi điện tử giáo dục lịch sử',
  ],
  'smart-city': [
    'cổng dịch vụ công trực tuyến cấp xã',
    'quản lý hồ sơ xây dựng số',
    'bản đồ quy hoạch trực tuyến',
    'tiếp nhận phản ánh của người dân qua ứng dụng',
    'thu phí dịch vụ đô thị không tiền mặt',
  ],
  ecommerce: [
    'gian hàng trực tuyến cho làng nghề',
    'livestream bán hàng nông sản',
    'quản lý tồn kho đa kênh',
    'tiếp thị liên kết cho cửa hàng nhỏ',
    'chăm sóc khách hàng qua tin nhắn Zalo',
  ],
  greentech: [
    'gạch không nung từ tro xỉ nhiệt điện',
    'bê tông nhẹ cách nhiệt',
    'đo phát thải khí nhà kính doanh nghiệp',
    'tín chỉ carbon từ trồng rừng',
    'vật liệu xây dựng từ bùn thải',
  ],
  semiconductor: [
    'đóng gói và kiểm thử vi mạch',
    'đào tạo thiết kế vi mạch số',
    'cảm biến ảnh cho camera',
    'mạch in nhiều lớp',
    'linh kiện công suất cho bộ sạc nhanh',
  ],
  iot: [
    'khoá cửa thông minh cho căn hộ',
    'đồng hồ nước điện tử đọc từ xa',
    'định vị tài sản trong nhà xưởng',
    'nhà thông minh điều khiển bằng giọng nói',
    'giám sát kho hàng bằng thẻ RFID',
  ],
  blockchain: [
    'chứng chỉ đào tạo trên chuỗi khối',
    'hợp đồng thông minh cho thuê tài sản',
    'ví lưu trữ tài sản số',
    'sổ cái phân tán cho hợp tác xã',
    'xác thực văn bằng điện tử',
  ],
  cybersecurity: [
    'quản lý danh tính và đăng nhập một lần',
    'kiểm thử xâm nhập ứng dụng web',
    'mã hoá dữ liệu trên thiết bị di động',
    'đào tạo nhận thức bảo mật cho nhân viên',
    'chữ ký số từ xa',
  ],
  logistics: [
    'quản lý kho hàng WMS',
    'sàn giao dịch vận tải hàng hoá',
    'tủ nhận hàng thông minh',
    'khai báo hải quan điện tử',
    'quản lý cảng cạn và bãi container',
  ],
  'tourism-tech': [
    'bản đồ du lịch số của tỉnh',
    'vé điện tử cho điểm tham quan',
    'hướng dẫn viên ảo bằng ứng dụng',
    'quản lý nhà hàng và gọi món bằng QR',
    'khảo sát hài lòng của du khách',
  ],
};

const OPENINGS = ['Giải pháp', 'Hệ thống', 'Công nghệ', 'Nền tảng', 'Quy trình', 'Thiết bị'];
const QUALITIES = [
  'giá thành hợp lý cho doanh nghiệp nhỏ và vừa',
  'được phát triển từ đề tài cấp tỉnh',
  'dễ triển khai, đào tạo người dùng trong một ngày',
  'đã ứng dụng tại nhiều đơn vị trong nước',
  'vận hành ổn định, bảo hành hai năm',
  'có thể tuỳ biến theo yêu cầu',
  'tiết kiệm thời gian và chi phí so với cách làm truyền thống',
];
const WANTS = [
  'Chúng tôi cần một đơn vị có kinh nghiệm triển khai',
  'Doanh nghiệp đang tìm đối tác chuyển giao',
  'Mong muốn thử nghiệm trước khi đầu tư lớn',
  'Cần hỗ trợ kỹ thuật trong năm đầu',
];
const PROVINCES = ['01', '79', '48', '31', '92', '75', '22', '38', '46', '66'];

export interface GeneratedOffer {
  title: string;
  summary: string;
  problem: string;
  advantages: string;
  applications: string;
  sectors: string[];
  trl: number;
  ipKind: string;
  transferForms: string[];
  province: string;
}

/** A background offer: a sector's subject told in the generator's own words. */
export function backgroundOffer(random: ReturnType<typeof seeded>): GeneratedOffer {
  const sector = random.pick(SECTORS);
  const subject = random.pick(SUBJECTS[sector] ?? SUBJECTS.ai!);
  const other = random.next() < 0.3 ? [random.pick(SECTORS)] : [];
  return {
    title: `${random.pick(OPENINGS)} ${subject}`,
    summary: `${random.pick(OPENINGS)} ${subject}, ${random.pick(QUALITIES)}.`,
    problem: `Nhiều đơn vị còn làm thủ công khâu ${subject}.`,
    advantages: `${random.pick(QUALITIES)}; ${random.pick(QUALITIES)}.`,
    applications: `Ứng dụng cho ${random.pick(['doanh nghiệp', 'cơ quan nhà nước', 'hợp tác xã', 'trường học', 'bệnh viện'])}.`,
    sectors: [...new Set([sector, ...other])],
    trl: 3 + Math.floor(random.next() * 7),
    ipKind: random.pick(IP_KINDS),
    transferForms: [random.pick(TRANSFER_FORMS)],
    province: random.pick(PROVINCES),
  };
}

/** A background need in a sector, in an enterprise's words. */
export function backgroundNeed(random: ReturnType<typeof seeded>) {
  const sector = random.pick(SECTORS);
  const subject = random.pick(SUBJECTS[sector] ?? SUBJECTS.ai!);
  return {
    title: `Tìm giải pháp ${subject}`,
    problem: `${random.pick(WANTS)} về ${subject}. ${random.pick(WANTS)}.`,
    sectors: [sector],
    province: random.pick(PROVINCES),
  };
}

/** A labelled family's offer: one of its names with three of its phrases, in a shuffled order. */
export function familyOffer(
  random: ReturnType<typeof seeded>,
  family: { sector: string; offer: { names: string[]; phrases: string[] } },
): GeneratedOffer {
  const phrases = [...family.offer.phrases].sort(() => random.next() - 0.5);
  return {
    title: random.pick(family.offer.names),
    summary: `${phrases[0]}; ${phrases[1]}.`,
    problem: '',
    advantages: `${phrases[2]}; ${random.pick(QUALITIES)}.`,
    applications: '',
    sectors: [family.sector],
    trl: 5 + Math.floor(random.next() * 5),
    ipKind: random.pick(IP_KINDS),
    transferForms: [random.pick(TRANSFER_FORMS)],
    province: random.pick(PROVINCES),
  };
}
