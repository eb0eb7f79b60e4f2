// The module as the platform shows it: navigation, work waiting, indicators, exports.
export const vi = {
  'programs.module.title': 'Chương trình & cuộc thi',
  'programs.module.description':
    'Ươm tạo, tăng tốc, tài trợ, giải thưởng; nộp hồ sơ và theo dõi kết quả.',
  'programs.indicator.applicationsSubmitted': 'Hồ sơ đã nộp',
  'programs.indicator.projectsFunded': 'Dự án được tài trợ',
  'programs.indicator.fundingAwarded': 'Kinh phí tài trợ đã quyết định',
  'programs.work.toDecide': '{count} hồ sơ đã chấm xong chờ quyết định',
  'programs.work.sheets': '{count} phiếu chấm đang chờ bạn',
  'programs.work.drafts': '{count} hồ sơ nháp chưa nộp',
  'programs.work.reports': '{count} báo cáo tiến độ đến hạn trong 14 ngày',
  'programs.nav.staff': 'Chương trình & cuộc thi',
  'programs.home.openCalls': 'Đang nhận hồ sơ',
  'programs.home.closes': 'Hạn nộp: {deadline}',
  'programs.home.all': 'Xem tất cả chương trình',
  'programs.nav.staffDescription':
    'Chương trình, đợt nhận hồ sơ, chấm điểm, quyết định, dự án được tài trợ.',
};

export const en = {
  'programs.module.title': 'Programmes & competitions',
  'programs.module.description':
    'Incubation, acceleration, funding and awards; apply and follow results.',
  'programs.indicator.applicationsSubmitted': 'Applications submitted',
  'programs.indicator.projectsFunded': 'Projects funded',
  'programs.indicator.fundingAwarded': 'Funding awarded',
  'programs.work.toDecide': '{count} fully reviewed applications waiting for a decision',
  'programs.work.sheets': '{count} review sheets waiting for you',
  'programs.work.drafts': '{count} draft applications not yet submitted',
  'programs.work.reports': '{count} progress reports due within 14 days',
  'programs.nav.staff': 'Programmes & competitions',
  'programs.home.openCalls': 'Open for applications',
  'programs.home.closes': 'Deadline: {deadline}',
  'programs.home.all': 'All programmes',
  'programs.nav.staffDescription': 'Programmes, calls, review, decisions and funded projects.',
};
