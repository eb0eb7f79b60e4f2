// The back-office's tools for registrants (messages, export, import) and personal data.
export const vi = {
  'events.work.approvals': '{count} đăng ký sự kiện chờ duyệt',
  'events.registrants.export': 'Tải danh sách đăng ký (Excel)',
  'events.registrants.import': 'Nhập danh sách khách mời',
  'events.registrants.sheet': 'Đăng ký',
  'events.registrants.number': 'STT',
  'events.registrants.email': 'E-mail',
  'events.registrants.registeredAt': 'Đăng ký lúc',
  'events.registrants.registeredBy': 'Người đăng ký hộ',
  'events.registrants.checkedInAt': 'Điểm danh lúc',
  'events.registrants.exportIssuer': 'Ban tổ chức',
  'events.registrants.exportKind': 'Danh sách',
  'events.messages.open': 'Gửi thư cho người đăng ký',
  'events.erasure.kept':
    'Sự kiện: các lượt đăng ký và chỗ ngồi của bạn được giữ dưới tên ẩn danh, không còn e-mail, câu trả lời hay đường dẫn quản lý, để số liệu và danh sách tham dự của sự kiện vẫn khớp; chỗ ở sự kiện chưa diễn ra vẫn được giữ cho đến khi cán bộ huỷ. Nguồn lịch riêng bị xoá; đánh giá giữ số sao, bỏ nhận xét.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'events.work.approvals': '{count} event registrations awaiting approval',
  'events.registrants.export': 'Download the registrants (Excel)',
  'events.registrants.import': 'Import a guest list',
  'events.registrants.sheet': 'Registrants',
  'events.registrants.number': 'No.',
  'events.registrants.email': 'E-mail',
  'events.registrants.registeredAt': 'Registered at',
  'events.registrants.registeredBy': 'Registered by',
  'events.registrants.checkedInAt': 'Checked in at',
  'events.registrants.exportIssuer': 'Organisers',
  'events.registrants.exportKind': 'List',
  'events.messages.open': 'Write to the registrants',
  'events.erasure.kept':
    'Events: your registrations and seats stay under a pseudonym, without e-mail, answers or a manage link, so that each event’s figures and attendance list still add up; a seat for an event yet to come stays taken until staff cancel it. Your private calendar feed is deleted; feedback keeps its rating and loses its comment.',
};
