// Documents the tests and the benchmark print: a quarterly report of the Department of Science
// and Technology (as the plans module will issue it) and an event's attendance list.
import type { Block, ChartBlock, OfficialDocument, TableBlock } from '../types';

export const targetsTable: TableBlock = {
  type: 'table',
  caption: 'Bảng 1. Kết quả thực hiện các chỉ tiêu năm 2026',
  sheetName: 'Chỉ tiêu',
  unit: 'Đơn vị tính: triệu đồng',
  columns: [
    { header: 'TT', width: 0.5 },
    { header: 'Chỉ tiêu', width: 4 },
    { header: 'Kế hoạch', kind: 'number', width: 1.3 },
    { header: 'Thực hiện', kind: 'number', width: 1.3 },
    { header: 'Tỷ lệ', kind: 'percent', decimals: 1, width: 1.1 },
  ],
  rows: [
    [1, 'Kinh phí hỗ trợ dự án khởi nghiệp đổi mới sáng tạo', 12500, 11875, 95],
    [2, 'Vốn đầu tư được các dự án huy động', 48000, 1234567, 2572.0],
    [3, 'Số doanh nghiệp khoa học và công nghệ được chứng nhận', 20, 7, 35],
  ],
  total: ['', 'Tổng cộng', 60520, 1246449, null],
};

export const startupsChart: ChartBlock = {
  type: 'chart',
  caption: 'Biểu đồ 1. Doanh nghiệp khởi nghiệp đổi mới sáng tạo theo quý',
  sheetName: 'Biểu đồ 1',
  unit: 'Đơn vị tính: doanh nghiệp',
  categories: ['Quý I', 'Quý II', 'Quý III', 'Quý IV'],
  series: [
    { name: 'Năm 2025', values: [12, 18, 21, 25] },
    { name: 'Năm 2026', values: [27, 34, 1250, null] },
  ],
};

export function quarterlyReport(extraSections = 0): OfficialDocument {
  const narrative: Block[] = [];
  for (let i = 1; i <= extraSections; i += 1) {
    narrative.push(
      {
        type: 'heading',
        text: `${i}. Nhiệm vụ số ${i}: hỗ trợ hệ sinh thái khởi nghiệp`,
        level: 2,
      },
      {
        type: 'paragraph',
        text: 'Sở Khoa học và Công nghệ đã phối hợp với các sở, ngành, Ủy ban nhân dân các huyện tổ chức tuyên truyền, phổ biến Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo; kết nối các dự án khởi nghiệp với nhà đầu tư, quỹ đầu tư mạo hiểm và các tổ chức thúc đẩy kinh doanh trong và ngoài tỉnh. '.repeat(
          3,
        ),
      },
      {
        type: 'list',
        style: 'dash',
        items: [
          'Tổ chức 02 sự kiện cà phê công nghệ với 180 lượt người tham dự;',
          'Hỗ trợ 05 dự án hoàn thiện sản phẩm mẫu.',
        ],
      },
      { ...targetsTable, caption: `Bảng ${i + 1}. Kết quả nhiệm vụ số ${i}`, sheetName: undefined },
    );
  }
  return {
    issuer: { parent: 'Ủy ban nhân dân tỉnh Lâm Đồng', name: 'Sở Khoa học và Công nghệ' },
    symbol: '15/BC-SKHCN',
    place: 'Lâm Đồng',
    date: '2026-12-06',
    kind: 'Báo cáo',
    summary:
      'Kết quả thực hiện Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quý IV năm 2026',
    body: [
      { type: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' },
      {
        type: 'paragraph',
        text: [
          { text: 'Thực hiện Kế hoạch số 120/KH-UBND, ' },
          { text: 'Sở Khoa học và Công nghệ', bold: true },
          { text: ' báo cáo kết quả thực hiện quý IV năm 2026 như sau:' },
        ],
      },
      {
        type: 'list',
        style: 'decimal',
        items: ['Hoàn thành 12 nhiệm vụ đúng hạn;', 'Đang triển khai 03 nhiệm vụ.'],
      },
      targetsTable,
      startupsChart,
      ...narrative,
      { type: 'heading', text: 'II. KIẾN NGHỊ, ĐỀ XUẤT' },
      {
        type: 'paragraph',
        text: 'Đề nghị Ủy ban nhân dân tỉnh xem xét, bố trí kinh phí năm 2027./.',
      },
    ],
    signature: {
      authority: 'KT. Giám đốc',
      position: 'Phó Giám đốc',
      name: 'Nguyễn Thị Hồng Nhung',
    },
    recipients: ['UBND tỉnh (b/c);', 'Bộ Khoa học và Công nghệ (b/c);', 'Lưu: VT, QLKH.'],
  };
}

export function attendanceList(people = 12): OfficialDocument {
  const rows = Array.from({ length: people }, (_, i) => [
    i + 1,
    i % 2 ? `Trần Văn Đức ${i + 1}` : `Lê Thị Ánh Nguyệt ${i + 1}`,
    i % 3 ? 'Giám đốc' : 'Chuyên viên',
    i % 2 ? 'Công ty Cổ phần Nông nghiệp Công nghệ cao Đà Lạt' : 'Trường Đại học Đà Lạt',
    `0912 345 ${String(100 + i)}`,
    null,
  ]);
  return {
    issuer: {
      parent: 'Sở Khoa học và Công nghệ tỉnh Lâm Đồng',
      name: 'Trung tâm Đổi mới sáng tạo',
    },
    place: 'Lâm Đồng',
    date: '2026-03-05',
    kind: 'Danh sách',
    summary: 'Đại biểu tham dự Techfest Lâm Đồng 2026',
    orientation: 'landscape',
    body: [
      {
        type: 'table',
        sheetName: 'Đại biểu',
        columns: [
          { header: 'STT', kind: 'number', width: 0.5 },
          { header: 'Họ và tên', width: 2.4 },
          { header: 'Chức vụ', width: 1.4 },
          { header: 'Đơn vị', width: 3.2 },
          { header: 'Điện thoại', width: 1.4 },
          { header: 'Ký tên', kind: 'signature', width: 1.6 },
        ],
        rows,
      },
    ],
    signature: { position: 'Giám đốc', name: 'Phạm Quốc Bảo' },
    recipients: [],
  };
}
