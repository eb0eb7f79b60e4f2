// The optional gender question of registration and the figures by gender (issue 13, item 6).
export const vi = {
  'events.gender.legend': 'Giới tính (không bắt buộc)',
  'events.gender.hint':
    'Chỉ dùng để thống kê số người tham dự theo giới tính, trong đó có số lượng nữ, cho báo cáo của ban tổ chức (Luật Bảo vệ dữ liệu cá nhân 2025: thu thập đúng mục đích đã nêu). Không hiển thị cho người khác, không đưa vào danh bạ. Bỏ qua câu này nếu bạn không muốn trả lời.',
  'events.gender.female': 'Nữ',
  'events.gender.male': 'Nam',
  'events.gender.other': 'Khác',
  'events.gender.undisclosed': 'Không muốn nêu',
  'events.figures.by.gender': 'Theo giới tính',
  'events.figures.dimension.gender': 'Giới tính',
  'events.figures.genderNote':
    'Theo câu hỏi không bắt buộc khi đăng ký; người không trả lời, khách mời nhập từ danh sách và khách đến trực tiếp được tính ở "Không rõ".',
  'events.figures.women': 'Số lượng nữ: {registered} đăng ký, {attended} tham dự.',
  'events.figures.womenRow': 'Trong đó: nữ',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'events.gender.legend': 'Gender (optional)',
  'events.gender.hint':
    'Used only to count participants by gender, including the number of women, for the organisers’ reports (Personal Data Protection Law 2025: collected for the stated purpose only). Not shown to anyone else, not added to the directory. Skip this question if you prefer not to answer.',
  'events.gender.female': 'Female',
  'events.gender.male': 'Male',
  'events.gender.other': 'Other',
  'events.gender.undisclosed': 'Prefer not to say',
  'events.figures.by.gender': 'By gender',
  'events.figures.dimension.gender': 'Gender',
  'events.figures.genderNote':
    'From the optional question at registration; those who did not answer, guests imported from a list and walk-ins count as "Not given".',
  'events.figures.women': 'Women: {registered} registered, {attended} attended.',
  'events.figures.womenRow': 'Of whom women',
};
