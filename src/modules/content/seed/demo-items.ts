// A month of a provincial centre's portal, written as its staff would: news of the ecosystem,
// announcements, success stories, the centre's pages, partners and questions people ask.
import type { ContentKind } from '../domain/content-item';

export interface DemoItem {
  kind: ContentKind;
  slug: string;
  titleVi: string;
  titleEn?: string;
  summaryVi: string;
  summaryEn?: string;
  bodyVi: string;
  bodyEn?: string;
  topics?: string[];
  tags?: string[];
  /** Days before the seed's clock it was published; absent: a draft. */
  daysAgo?: number;
  isFeatured?: boolean;
  authorName?: string;
}

export const DEMO_ITEMS: DemoItem[] = [
  {
    kind: 'news',
    slug: 'khai-mac-techfest-dia-phuong-2026',
    titleVi: 'Khai mạc Ngày hội khởi nghiệp đổi mới sáng tạo địa phương (Techfest) 2026',
    titleEn: 'Local Innovation and Startup Festival (Techfest) 2026 opens',
    summaryVi:
      'Hơn 120 gian trưng bày, 40 nhà đầu tư và 30 dự án gọi vốn tham gia ngày hội kết nối với Techfest vùng và quốc gia.',
    summaryEn:
      'More than 120 booths, 40 investors and 30 pitching projects join the festival, linked to the regional and national Techfest.',
    bodyVi: [
      'Sáng nay, Sở Khoa học và Công nghệ phối hợp với Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo khai mạc **Techfest địa phương 2026**.',
      '',
      '## Điểm nhấn của ngày hội',
      '',
      '- Khu trưng bày sản phẩm của các doanh nghiệp khởi nghiệp trong lĩnh vực nông nghiệp công nghệ cao, y tế số và du lịch thông minh;',
      '- Phiên gọi vốn với 30 dự án được chọn từ vòng sơ loại;',
      '- Đối thoại chính sách giữa lãnh đạo tỉnh và cộng đồng khởi nghiệp.',
      '',
      'Các dự án xuất sắc sẽ được giới thiệu tham dự Techfest vùng và Techfest Việt Nam.',
    ].join('\n'),
    bodyEn: [
      'This morning the Department of Science and Technology and the Innovation and Startup Support Centre opened **Techfest 2026**.',
      '',
      '## Highlights',
      '',
      '- Booths of startups in high-tech agriculture, digital health and smart tourism;',
      '- A pitching session with 30 projects chosen in the first round;',
      '- A policy dialogue between the provincial leadership and the startup community.',
      '',
      'The best projects will be put forward to the regional Techfest and Techfest Vietnam.',
    ].join('\n'),
    topics: ['agritech', 'healthtech', 'tourism-tech'],
    tags: ['Techfest', 'gọi vốn'],
    daysAgo: 2,
    isFeatured: true,
    authorName: 'Phòng Truyền thông',
  },
  {
    kind: 'announcement',
    slug: 'thong-bao-nhan-ho-so-uom-tao-dot-2-2026',
    titleVi: 'Thông báo nhận hồ sơ chương trình ươm tạo đợt 2 năm 2026',
    titleEn: 'Call for applications: incubation programme, second round 2026',
    summaryVi:
      'Hạn nộp hồ sơ trực tuyến đến 17 giờ ngày 30 của tháng sau; hỗ trợ tối đa 6 tháng ươm tạo.',
    summaryEn: 'Apply online by 5 pm on the 30th of next month; up to 6 months of incubation.',
    bodyVi: [
      'Trung tâm thông báo nhận hồ sơ đăng ký **chương trình ươm tạo đợt 2 năm 2026** dành cho nhóm khởi nghiệp và doanh nghiệp thành lập dưới 5 năm.',
      '',
      '## Quyền lợi',
      '',
      '1. Chỗ làm việc miễn phí tại không gian làm việc chung;',
      '2. Cố vấn chuyên môn hằng tuần;',
      '3. Kết nối nhà đầu tư và quỹ đầu tư mạo hiểm.',
      '',
      'Hồ sơ nộp trực tuyến tại mục Chương trình của cổng thông tin.',
    ].join('\n'),
    topics: ['ai', 'edtech'],
    tags: ['ươm tạo'],
    daysAgo: 5,
    authorName: 'Trung tâm Hỗ trợ khởi nghiệp',
  },
  {
    kind: 'story',
    slug: 'hanh-trinh-tu-vuon-thanh-long-den-san-thuong-mai-dien-tu',
    titleVi:
      'Từ vườn thanh long đến sàn thương mại điện tử: hành trình của một startup nông nghiệp',
    summaryVi:
      'Ba năm sau vòng ươm tạo đầu tiên, nhóm sáng lập đã đưa nông sản của 200 hộ nông dân lên kênh bán hàng trực tuyến.',
    bodyVi: [
      'Nhóm sáng lập gồm ba kỹ sư trẻ tham gia vòng ươm tạo năm 2023 với ý tưởng truy xuất nguồn gốc nông sản bằng mã QR.',
      '',
      '> "Chúng tôi học được cách nói chuyện với nhà đầu tư từ các buổi cà phê công nghệ của Trung tâm."',
      '',
      'Đến nay doanh nghiệp đã được chứng nhận doanh nghiệp khoa học và công nghệ và gọi vốn thành công vòng hạt giống.',
    ].join('\n'),
    topics: ['agritech', 'ecommerce'],
    tags: ['câu chuyện thành công', 'nông nghiệp'],
    daysAgo: 9,
    authorName: 'Ban biên tập',
  },
  {
    kind: 'news',
    slug: 'ca-phe-cong-nghe-thang-11-tri-tue-nhan-tao-trong-y-te',
    titleVi: 'Cà phê công nghệ tháng 11: trí tuệ nhân tạo trong y tế cơ sở',
    summaryVi:
      'Hơn 60 bác sĩ, kỹ sư và nhà đầu tư trao đổi về ứng dụng AI hỗ trợ chẩn đoán tại trạm y tế xã.',
    bodyVi:
      'Buổi cà phê công nghệ định kỳ tháng 11 tập trung vào bài toán thiếu bác sĩ chuyên khoa ở tuyến cơ sở và các giải pháp AI đang được thử nghiệm.',
    topics: ['ai', 'healthtech'],
    tags: ['cà phê công nghệ'],
    daysAgo: 14,
  },
  {
    kind: 'news',
    slug: 'so-khcn-dat-hang-bai-toan-chuyen-doi-so-nganh-giao-duc',
    titleVi: 'Sở Giáo dục và Đào tạo đặt hàng bài toán chuyển đổi số cho doanh nghiệp khởi nghiệp',
    summaryVi:
      'Ba bài toán về quản lý học bạ số, học liệu mở và đánh giá năng lực được công bố để doanh nghiệp đề xuất giải pháp.',
    bodyVi:
      'Các doanh nghiệp quan tâm có thể đăng ký tham gia và đề xuất giải pháp trong vòng 45 ngày. Giải pháp được chọn sẽ được thí điểm tại 10 trường học.',
    topics: ['edtech'],
    tags: ['đặt hàng', 'chuyển đổi số'],
    daysAgo: 18,
  },
  {
    kind: 'announcement',
    slug: 'lich-tiep-doanh-nghiep-thang-12',
    titleVi: 'Lịch tiếp và tư vấn doanh nghiệp khởi nghiệp tháng 12',
    summaryVi:
      'Chuyên gia tư vấn sở hữu trí tuệ, tài chính và pháp lý tiếp doanh nghiệp vào sáng thứ Năm hằng tuần.',
    bodyVi:
      'Doanh nghiệp đăng ký lịch tư vấn qua cổng thông tin hoặc gọi số điện thoại của Trung tâm.',
    tags: ['tư vấn'],
    daysAgo: 21,
  },
  {
    kind: 'news',
    slug: 'ket-qua-cuoc-thi-y-tuong-khoi-nghiep-sinh-vien',
    titleVi: 'Trao giải cuộc thi Ý tưởng khởi nghiệp sinh viên cấp tỉnh',
    summaryVi:
      'Giải nhất thuộc về dự án cảm biến đo độ mặn cho vùng nuôi tôm của sinh viên trường đại học kỹ thuật.',
    bodyVi:
      'Ban tổ chức đã chọn 10 dự án vào chung kết từ 86 hồ sơ dự thi. Các dự án đoạt giải được hỗ trợ tham gia chương trình ươm tạo của Trung tâm.',
    topics: ['iot', 'agritech'],
    tags: ['sinh viên', 'cuộc thi'],
    daysAgo: 26,
  },
  {
    kind: 'news',
    slug: 'du-thao-ke-hoach-ho-tro-he-sinh-thai-2027',
    titleVi: 'Dự thảo kế hoạch hỗ trợ hệ sinh thái khởi nghiệp năm 2027 (bản nháp nội bộ)',
    summaryVi: 'Bản nháp chưa đăng, dùng để minh hoạ quy trình biên tập và duyệt đăng.',
    bodyVi: 'Nội dung đang được biên tập viên hoàn thiện trước khi gửi duyệt.',
    tags: ['kế hoạch'],
  },
  {
    kind: 'page',
    slug: 'gioi-thieu',
    titleVi: 'Giới thiệu Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo',
    titleEn: 'About the Innovation and Startup Support Centre',
    summaryVi:
      'Đơn vị sự nghiệp trực thuộc Sở Khoa học và Công nghệ, hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh.',
    summaryEn:
      'A public body of the Department of Science and Technology that supports the province’s innovation ecosystem.',
    bodyVi: [
      '## Chức năng',
      '',
      'Trung tâm tổ chức ươm tạo, tăng tốc, đào tạo, kết nối đầu tư và vận hành cổng thông tin khởi nghiệp đổi mới sáng tạo của tỉnh.',
      '',
      '## Liên hệ',
      '',
      'Địa chỉ, điện thoại và thư điện tử của Trung tâm được cập nhật tại trang Liên hệ.',
    ].join('\n'),
    bodyEn: [
      '## What we do',
      '',
      'The centre runs incubation, acceleration, training and investment matching, and the province’s innovation portal.',
    ].join('\n'),
    daysAgo: 30,
  },
  {
    kind: 'page',
    slug: 'dich-vu-ho-tro',
    titleVi: 'Dịch vụ hỗ trợ doanh nghiệp khởi nghiệp',
    summaryVi:
      'Tư vấn sở hữu trí tuệ, pháp lý, tài chính; không gian làm việc chung; kết nối chuyên gia và nhà đầu tư.',
    bodyVi:
      '- Tư vấn sở hữu trí tuệ và chuyển giao công nghệ\n- Không gian làm việc chung và phòng thí nghiệm dùng chung\n- Kết nối chuyên gia cố vấn và nhà đầu tư',
    daysAgo: 30,
  },
  {
    kind: 'partner',
    slug: 'doi-tac-vuon-uom-dai-hoc-ky-thuat',
    titleVi: 'Vườn ươm doanh nghiệp Trường Đại học Kỹ thuật',
    summaryVi:
      'Đối tác ươm tạo các dự án khởi nguồn từ kết quả nghiên cứu của giảng viên và sinh viên.',
    bodyVi: 'Hợp tác từ năm 2022 trong chương trình ươm tạo và chuyển giao công nghệ.',
    daysAgo: 30,
  },
  {
    kind: 'faq',
    slug: 'hoi-dap-dieu-kien-doanh-nghiep-khoi-nghiep-sang-tao',
    titleVi: 'Doanh nghiệp thế nào được coi là doanh nghiệp khởi nghiệp sáng tạo?',
    summaryVi: 'Theo Luật Hỗ trợ doanh nghiệp nhỏ và vừa và Nghị định 80/2021/NĐ-CP.',
    bodyVi:
      'Doanh nghiệp nhỏ và vừa được thành lập để thực hiện ý tưởng trên cơ sở khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới, có khả năng tăng trưởng nhanh, và có thời gian hoạt động không quá 5 năm kể từ ngày được cấp giấy chứng nhận đăng ký doanh nghiệp lần đầu.',
    daysAgo: 30,
  },
];
