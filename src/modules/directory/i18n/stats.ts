export const vi = {
  'directory.stats.title': 'Thống kê hệ sinh thái',
  'directory.stats.description':
    'Số tổ chức đang hoạt động trong hệ sinh thái khởi nghiệp sáng tạo: theo loại hình, tỉnh, thành phố, lĩnh vực, giai đoạn và năm thành lập.',
  'directory.stats.lead':
    '{total} tổ chức đang hoạt động trong danh bạ, không tính hồ sơ đã lưu trữ hoặc đã gộp.',
  'directory.stats.asOf': 'Số liệu lúc {time}.',
  'directory.stats.empty': 'Danh bạ chưa có tổ chức nào đang hoạt động.',
  'directory.stats.browse': 'Xem danh bạ tổ chức',
  'directory.stats.byKind': 'Theo loại hình',
  'directory.stats.byProvince': 'Theo tỉnh, thành phố',
  'directory.stats.bySector': 'Theo lĩnh vực',
  'directory.stats.bySector.note':
    'Một tổ chức hoạt động trong nhiều lĩnh vực được tính ở mỗi lĩnh vực.',
  'directory.stats.byStage': 'Theo giai đoạn phát triển',
  'directory.stats.byYear': 'Theo năm đăng ký kinh doanh lần đầu',
  'directory.stats.byYear.note': 'Chỉ tính những ngày đăng ký được công khai.',
  'directory.stats.byYear.collapsed':
    'Các năm trước {year} được gộp thành một dòng trong bảng số liệu.',
  'directory.stats.col.kind': 'Loại hình',
  'directory.stats.col.province': 'Tỉnh, thành phố',
  'directory.stats.col.sector': 'Lĩnh vực',
  'directory.stats.col.stage': 'Giai đoạn',
  'directory.stats.col.year': 'Năm',
  'directory.stats.col.count': 'Số tổ chức',
  'directory.stats.table': 'Xem bảng số liệu',
  'directory.stats.unknown': 'Chưa cho biết',
  'directory.stats.yearUnknown': 'Chưa cho biết hoặc không công khai',
  'directory.stats.before': 'Trước năm {year}',
  'directory.stats.max': 'Cao nhất',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'directory.stats.title': 'Ecosystem statistics',
  'directory.stats.description':
    'Active organisations of the innovation and startup ecosystem by kind, province or city, sector, stage and founding year.',
  'directory.stats.lead':
    '{total} active organisations in the directory, not counting archived or merged profiles.',
  'directory.stats.asOf': 'Figures as of {time}.',
  'directory.stats.empty': 'The directory has no active organisation yet.',
  'directory.stats.browse': 'Browse the directory',
  'directory.stats.byKind': 'By kind',
  'directory.stats.byProvince': 'By province or city',
  'directory.stats.bySector': 'By sector',
  'directory.stats.bySector.note':
    'An organisation active in several sectors counts in each of them.',
  'directory.stats.byStage': 'By stage',
  'directory.stats.byYear': 'By year of first business registration',
  'directory.stats.byYear.note': 'Only registration dates made public are counted.',
  'directory.stats.byYear.collapsed': 'Years before {year} are summed in one row of the table.',
  'directory.stats.col.kind': 'Kind',
  'directory.stats.col.province': 'Province or city',
  'directory.stats.col.sector': 'Sector',
  'directory.stats.col.stage': 'Stage',
  'directory.stats.col.year': 'Year',
  'directory.stats.col.count': 'Organisations',
  'directory.stats.table': 'Show the figures as a table',
  'directory.stats.unknown': 'Not given',
  'directory.stats.yearUnknown': 'Not given or not public',
  'directory.stats.before': 'Before {year}',
  'directory.stats.max': 'Highest',
};
