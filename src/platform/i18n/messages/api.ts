export const vi = {
  'api.scope.auditRead': 'Đọc nhật ký kiểm toán',
  'api.scope.auditRead.desc':
    'Xem nhật ký các thao tác của cán bộ và quản trị viên (chỉ dành cho quản trị viên).',
  'api.docs.title': 'Tài liệu API',
  'api.docs.lead':
    'Tài liệu tương tác của InnoHub API v1. Dùng khoá API (Authorization: Bearer ihk_…) hoặc phiên đăng nhập trên trình duyệt.',
  'api.docs.noscript':
    'Trang tài liệu tương tác cần JavaScript. Bạn vẫn có thể tải bản mô tả OpenAPI:',
  'api.docs.manageKeys': 'Quản lý khoá API',
  'api.problem.malformedBody':
    'Nội dung yêu cầu không đọc được: JSON không hợp lệ hoặc biểu mẫu bị lỗi.',
  'api.problem.unsupportedMediaType.title': 'Định dạng dữ liệu không được hỗ trợ',
  'api.problem.unsupportedMediaType.body': 'Hãy gửi dữ liệu dạng application/json.',
  'api.problem.invalidKey':
    'Khoá API không hợp lệ, đã hết hạn hoặc đã bị thu hồi. Hãy tạo khoá mới trong trang tài khoản.',
  'api.problem.keyNotAllowed':
    'Khoá API này không có phạm vi (scope) cần cho thao tác, hoặc thao tác chỉ được thực hiện từ phiên đăng nhập trên trình duyệt.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'api.scope.auditRead': 'Read the audit log',
  'api.scope.auditRead.desc':
    'See the log of what staff and administrators did (administrators only).',
  'api.docs.title': 'API documentation',
  'api.docs.lead':
    'Interactive documentation of the InnoHub API v1. Use an API key (Authorization: Bearer ihk_…) or a signed-in browser session.',
  'api.docs.noscript':
    'The interactive documentation needs JavaScript. You can still download the OpenAPI description:',
  'api.docs.manageKeys': 'Manage API keys',
  'api.problem.malformedBody':
    'The request body could not be read: invalid JSON or a malformed form.',
  'api.problem.unsupportedMediaType.title': 'Unsupported media type',
  'api.problem.unsupportedMediaType.body': 'Send the data as application/json.',
  'api.problem.invalidKey':
    'The API key is invalid, expired or revoked. Create a new one on your account page.',
  'api.problem.keyNotAllowed':
    'This API key lacks the scope this operation needs, or the operation is only allowed from a signed-in browser session.',
};
