// The back-office's tools for registrants (messages, export, import) and personal data.
export const vi = {
  'events.erasure.kept':
    'Sự kiện: các lượt đăng ký và chỗ ngồi của bạn được giữ dưới tên ẩn danh, không còn e-mail, câu trả lời hay đường dẫn quản lý, để số liệu và danh sách tham dự của sự kiện vẫn khớp; chỗ ở sự kiện chưa diễn ra vẫn được giữ cho đến khi cán bộ huỷ. Nguồn lịch riêng bị xoá; đánh giá giữ số sao, bỏ nhận xét.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'events.erasure.kept':
    'Events: your registrations and seats stay under a pseudonym, without e-mail, answers or a manage link, so that each event’s figures and attendance list still add up; a seat for an event yet to come stays taken until staff cancel it. Your private calendar feed is deleted; feedback keeps its rating and loses its comment.',
};
