export const vi = {
  'identity.apiKeys.title': 'Khoá API',
  'identity.apiKeys.lead':
    'Khoá API cho phép phần mềm khác (ứng dụng, bảng tính, hệ thống của cơ quan) thay mặt bạn gọi InnoHub API, chỉ trong phạm vi bạn chọn. Giữ bí mật khoá như mật khẩu.',
  'identity.apiKeys.docsLink': 'Xem tài liệu API',
  'identity.apiKeys.list.title': 'Khoá của bạn',
  'identity.apiKeys.list.empty': 'Bạn chưa tạo khoá API nào.',
  'identity.apiKeys.col.name': 'Tên',
  'identity.apiKeys.col.prefix': 'Mã nhận diện',
  'identity.apiKeys.col.scopes': 'Phạm vi',
  'identity.apiKeys.col.created': 'Ngày tạo',
  'identity.apiKeys.col.lastUsed': 'Lần dùng gần nhất',
  'identity.apiKeys.col.expires': 'Hết hạn',
  'identity.apiKeys.col.status': 'Trạng thái',
  'identity.apiKeys.never': 'Chưa dùng',
  'identity.apiKeys.noExpiry': 'Không hết hạn',
  'identity.apiKeys.status.active': 'Đang dùng',
  'identity.apiKeys.status.expired': 'Đã hết hạn',
  'identity.apiKeys.status.revoked': 'Đã thu hồi {date}',
  'identity.apiKeys.revoke': 'Thu hồi',
  'identity.apiKeys.revoke.label': 'Thu hồi khoá «{name}»',
  'identity.apiKeys.revoked': 'Đã thu hồi khoá. Phần mềm dùng khoá này sẽ không truy cập được nữa.',
  'identity.apiKeys.create.title': 'Tạo khoá mới',
  'identity.apiKeys.create.submit': 'Tạo khoá',
  'identity.apiKeys.field.name': 'Tên khoá',
  'identity.apiKeys.field.name.hint': 'Để nhận ra khoá sau này, ví dụ: «Bảng tính báo cáo quý».',
  'identity.apiKeys.field.scopes': 'Phạm vi được phép',
  'identity.apiKeys.field.scopes.hint':
    'Chỉ chọn những quyền phần mềm thật sự cần. Khoá không bao giờ có nhiều quyền hơn tài khoản của bạn.',
  'identity.apiKeys.field.expiresAt': 'Ngày hết hạn (không bắt buộc)',
  'identity.apiKeys.field.expiresAt.hint':
    'Khoá ngừng hoạt động vào cuối ngày này (giờ Việt Nam). Để trống nếu không muốn khoá hết hạn.',
  'identity.apiKeys.scope.profileRead': 'Đọc hồ sơ của bạn',
  'identity.apiKeys.scope.profileRead.desc':
    'Xem họ tên, e-mail, ngôn ngữ và vai trò của tài khoản (GET /api/v1/me).',
  'identity.apiKeys.scopes.required': 'Vui lòng chọn ít nhất một phạm vi.',
  'identity.apiKeys.scopes.notHeld':
    'Tài khoản của bạn không có quyền này nên không thể cấp cho khoá.',
  'identity.apiKeys.expiresAt.invalid':
    'Ngày giờ không hợp lệ; dùng định dạng ISO 8601, ví dụ 2027-01-31T23:59:59+07:00.',
  'identity.apiKeys.expiresAt.past': 'Ngày hết hạn phải ở tương lai.',
  'identity.apiKeys.created.title': 'Đã tạo khoá «{name}»',
  'identity.apiKeys.created.secret': 'Khoá bí mật',
  'identity.apiKeys.created.warning':
    'Hãy sao chép khoá ngay bây giờ và cất giữ ở nơi an toàn. Vì lý do bảo mật, InnoHub chỉ lưu bản băm nên sẽ không bao giờ hiển thị lại khoá này.',
  'identity.apiKeys.created.usage':
    'Gửi kèm mỗi yêu cầu trong tiêu đề HTTP: Authorization: Bearer <khoá bí mật>',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'identity.apiKeys.title': 'API keys',
  'identity.apiKeys.lead':
    'An API key lets other software (an app, a spreadsheet, an agency’s system) call the InnoHub API on your behalf, only within the scopes you choose. Keep it secret, like a password.',
  'identity.apiKeys.docsLink': 'Read the API documentation',
  'identity.apiKeys.list.title': 'Your keys',
  'identity.apiKeys.list.empty': 'You have not created any API key yet.',
  'identity.apiKeys.col.name': 'Name',
  'identity.apiKeys.col.prefix': 'Identifier',
  'identity.apiKeys.col.scopes': 'Scopes',
  'identity.apiKeys.col.created': 'Created',
  'identity.apiKeys.col.lastUsed': 'Last used',
  'identity.apiKeys.col.expires': 'Expires',
  'identity.apiKeys.col.status': 'Status',
  'identity.apiKeys.never': 'Never',
  'identity.apiKeys.noExpiry': 'No expiry',
  'identity.apiKeys.status.active': 'Active',
  'identity.apiKeys.status.expired': 'Expired',
  'identity.apiKeys.status.revoked': 'Revoked {date}',
  'identity.apiKeys.revoke': 'Revoke',
  'identity.apiKeys.revoke.label': 'Revoke the key “{name}”',
  'identity.apiKeys.revoked': 'The key was revoked. Software using it can no longer get in.',
  'identity.apiKeys.create.title': 'Create a key',
  'identity.apiKeys.create.submit': 'Create key',
  'identity.apiKeys.field.name': 'Key name',
  'identity.apiKeys.field.name.hint': 'To recognise the key later, e.g. “Quarterly report sheet”.',
  'identity.apiKeys.field.scopes': 'Allowed scopes',
  'identity.apiKeys.field.scopes.hint':
    'Choose only what the software really needs. A key never has more rights than your account.',
  'identity.apiKeys.field.expiresAt': 'Expiry date (optional)',
  'identity.apiKeys.field.expiresAt.hint':
    'The key stops working at the end of this day (Vietnam time). Leave empty for a key that does not expire.',
  'identity.apiKeys.scope.profileRead': 'Read your profile',
  'identity.apiKeys.scope.profileRead.desc':
    'See the account’s name, e-mail, language and roles (GET /api/v1/me).',
  'identity.apiKeys.scopes.required': 'Please choose at least one scope.',
  'identity.apiKeys.scopes.notHeld': 'Your account lacks this right, so a key cannot be given it.',
  'identity.apiKeys.expiresAt.invalid':
    'Invalid date-time; use ISO 8601, e.g. 2027-01-31T23:59:59+07:00.',
  'identity.apiKeys.expiresAt.past': 'The expiry date must be in the future.',
  'identity.apiKeys.created.title': 'Key “{name}” created',
  'identity.apiKeys.created.secret': 'Secret key',
  'identity.apiKeys.created.warning':
    'Copy the key now and keep it somewhere safe. For security InnoHub stores only a hash, so it will never show this key again.',
  'identity.apiKeys.created.usage':
    'Send it with every request in the HTTP header: Authorization: Bearer <secret key>',
};
