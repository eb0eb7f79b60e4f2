// The demo year's events, dated by days from the clock.
import type { NewEventRow } from '../db/events.repository';
import type { DemoTickets } from './demo-registrations';

export interface DemoEvent {
  fields: Partial<NewEventRow> & Pick<NewEventRow, 'slug' | 'type' | 'titleVi'>;
  /** Days from today (negative: past). */
  dayOffset: number;
  /** Start, Vietnam time. */
  time: string;
  hours: number;
  /** People expected (and recorded once past). */
  size: number;
  startupShare: number;
  /** Sessions: minutes from the start, title, track. */
  agenda: [number, number, string, string][];
  /** Registration on the portal; an event without it was recorded on paper. */
  tickets?: DemoTickets;
}

export const DEMO_PLACE = {
  venueName: 'Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo',
  venueAddress: '31 Trần Phú, phường Hải Châu, Đà Nẵng',
  provinceCode: '48',
  mapUrl:
    'https://www.openstreetmap.org/search?query=31%20Tr%E1%BA%A7n%20Ph%C3%BA%20%C4%90%C3%A0%20N%E1%BA%B5ng',
  language: 'vi',
} as const;

export const MEETUP: DemoEvent = {
  fields: {
    slug: 'ca-phe-cong-nghe',
    type: 'meetup',
    titleVi: 'Cà phê công nghệ',
    titleEn: 'Tech café',
    summaryVi:
      'Gặp gỡ hằng tháng của cộng đồng khởi nghiệp: một câu chuyện, một câu hỏi, nhiều kết nối.',
    descriptionVi:
      'Mỗi tháng một chủ đề, một nhà sáng lập chia sẻ 20 phút, sau đó là thảo luận mở.\n\nVào cửa tự do, vui lòng đăng ký để trung tâm chuẩn bị chỗ ngồi.',
    sectors: ['ai', 'fintech'],
  },
  dayOffset: 0,
  time: '18:00',
  hours: 2,
  size: 40,
  startupShare: 0.5,
  agenda: [],
};

export const DEMO_EVENTS: DemoEvent[] = [
  {
    fields: {
      slug: 'techfest-da-nang',
      type: 'techfest',
      titleVi: 'Techfest Đà Nẵng',
      titleEn: 'Techfest Da Nang',
      summaryVi:
        'Ngày hội khởi nghiệp đổi mới sáng tạo của thành phố: triển lãm, gọi vốn, kết nối với Techfest vùng và quốc gia.',
      descriptionVi:
        '## Điểm nhấn\n\n- 120 gian hàng khởi nghiệp\n- Vòng gọi vốn với 15 quỹ đầu tư\n- Diễn đàn chính sách hỗ trợ khởi nghiệp\n\nĐội thắng cuộc được giới thiệu tham dự Techfest quốc gia.',
      sectors: ['ai', 'agritech', 'fintech', 'tourism-tech'],
      language: 'vi_en',
      onlineUrl: 'https://www.youtube.com/@techfestvietnam',
    },
    dayOffset: 45,
    time: '08:00',
    hours: 33,
    size: 600,
    startupShare: 0.3,
    tickets: {
      types: [
        ['Khởi nghiệp', 'Startups', 200],
        ['Nhà đầu tư', 'Investors', 60],
        ['Báo chí', 'Press', 20],
        ['Phổ thông', 'General', 320],
      ],
      people: 48,
    },
    agenda: [
      [0, 60, 'Khai mạc và phát biểu chào mừng', 'Hội trường chính'],
      [60, 180, 'Diễn đàn chính sách khởi nghiệp', 'Hội trường chính'],
      [60, 240, 'Vòng gọi vốn bán kết', 'Phòng gọi vốn'],
      [1440, 1620, 'Chung kết gọi vốn', 'Hội trường chính'],
      [1800, 1980, 'Trao giải và bế mạc', 'Hội trường chính'],
    ],
  },
  {
    fields: {
      slug: 'techfest-da-nang-nam-truoc',
      type: 'techfest',
      titleVi: 'Techfest Đà Nẵng (năm trước)',
      summaryVi: 'Ngày hội khởi nghiệp năm trước: 95 gian hàng, 12 quỹ đầu tư.',
      sectors: ['ai', 'tourism-tech'],
    },
    dayOffset: -320,
    time: '08:00',
    hours: 9,
    size: 480,
    startupShare: 0.3,
    agenda: [],
  },
  {
    fields: {
      slug: 'hoi-thao-so-huu-tri-tue-cho-startup',
      type: 'workshop',
      titleVi: 'Hội thảo: Sở hữu trí tuệ cho doanh nghiệp khởi nghiệp',
      summaryVi: 'Đăng ký nhãn hiệu, sáng chế và định giá tài sản trí tuệ trước khi gọi vốn.',
      sectors: ['ai', 'life-science'],
    },
    dayOffset: 12,
    time: '14:00',
    hours: 3,
    size: 80,
    startupShare: 0.6,
    tickets: {
      types: [
        ['Khởi nghiệp', 'Startups', 50],
        ['Phổ thông', 'General', 30],
      ],
      people: 36,
    },
    agenda: [
      [0, 60, 'Nhãn hiệu và sáng chế: bắt đầu từ đâu', ''],
      [60, 120, 'Định giá tài sản trí tuệ', ''],
      [120, 180, 'Hỏi đáp', ''],
    ],
  },
  {
    fields: {
      slug: 'tap-huan-nang-suat-cho-doanh-nghiep-nho',
      type: 'training',
      titleVi: 'Tập huấn nâng cao năng suất cho doanh nghiệp nhỏ và vừa',
      summaryVi: 'Hai buổi thực hành công cụ quản trị tinh gọn.',
      sectors: ['greentech'],
      onlineUrl: 'https://meet.jit.si/innohub-tap-huan',
    },
    dayOffset: -60,
    time: '08:30',
    hours: 4,
    size: 60,
    startupShare: 0.2,
    tickets: {
      types: [
        ['Doanh nghiệp', 'Businesses', 50],
        ['Khách mời', 'Guests', 12],
      ],
      people: 56,
    },
    agenda: [],
  },
  {
    fields: {
      slug: 'demo-day-uom-tao-khoa-1',
      type: 'pitch',
      titleVi: 'Demo day chương trình ươm tạo khoá 1',
      summaryVi: 'Mười đội ươm tạo trình bày trước nhà đầu tư.',
      sectors: ['agritech', 'fintech'],
    },
    dayOffset: -120,
    time: '14:00',
    hours: 4,
    size: 150,
    startupShare: 0.4,
    agenda: [],
  },
  {
    fields: {
      slug: 'doi-thoai-chinh-sach-ho-tro-khoi-nghiep',
      type: 'dialogue',
      titleVi: 'Đối thoại chính sách hỗ trợ khởi nghiệp',
      summaryVi: 'Lãnh đạo sở, ngành trả lời câu hỏi của doanh nghiệp khởi nghiệp.',
      sectors: [],
    },
    dayOffset: -200,
    time: '08:30',
    hours: 3,
    size: 120,
    startupShare: 0.5,
    agenda: [],
  },
  {
    fields: {
      slug: 'trien-lam-san-pham-dmst',
      type: 'exhibition',
      titleVi: 'Triển lãm sản phẩm đổi mới sáng tạo',
      summaryVi: 'Sản phẩm của các doanh nghiệp được hỗ trợ trong năm.',
      sectors: ['greentech', 'agritech'],
    },
    dayOffset: 90,
    time: '09:00',
    hours: 8,
    size: 300,
    startupShare: 0.3,
    agenda: [],
  },
];
