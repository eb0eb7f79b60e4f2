export const vi = {
  'directory.api.ifMatch.required.title': 'Thiếu điều kiện If-Match',
  'directory.api.ifMatch.required.body':
    'Hãy gửi tiêu đề If-Match với ETag của bản bạn đã đọc (ví dụ If-Match: W/"3") để không ghi đè thay đổi của người khác.',
  'directory.api.conflict':
    'Hồ sơ đã được sửa sau khi bạn đọc (phiên bản hiện tại: {version}). Không có gì bị thay đổi: hãy đọc lại, áp dụng lại thay đổi của bạn rồi gửi với ETag mới trong If-Match.',
  'directory.api.cursor.invalid':
    'Con trỏ trang không hợp lệ hoặc không thuộc truy vấn này; hãy bắt đầu lại từ trang đầu (bỏ cursor).',
  'directory.api.since.invalid':
    'since phải là một số nguyên không âm: 0 để bắt đầu, sau đó là giá trị next của trang trước.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'directory.api.ifMatch.required.title': 'If-Match required',
  'directory.api.ifMatch.required.body':
    'Send an If-Match header with the ETag of the version you read (e.g. If-Match: W/"3"), so that nobody else’s change is overwritten.',
  'directory.api.conflict':
    'The profile changed after you read it (current version: {version}). Nothing was changed: read it again, re-apply your change and send it with the new ETag in If-Match.',
  'directory.api.cursor.invalid':
    'The page cursor is invalid or belongs to another query; start again from the first page (without cursor).',
  'directory.api.since.invalid':
    'since must be a non-negative integer: 0 to start, then the next value of the previous page.',
};
