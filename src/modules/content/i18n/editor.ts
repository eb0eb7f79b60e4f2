// The rich-text editor that JavaScript lays over an item's Markdown body: its toolbar and panels.
export const vi = {
  'content.editor.toolbar': 'Định dạng nội dung',
  'content.editor.heading2': 'Tiêu đề mục',
  'content.editor.heading3': 'Tiêu đề nhỏ',
  'content.editor.bold': 'Đậm',
  'content.editor.italic': 'Nghiêng',
  'content.editor.bulletList': 'Danh sách',
  'content.editor.orderedList': 'Đánh số',
  'content.editor.quote': 'Trích dẫn',
  'content.editor.link': 'Liên kết',
  'content.editor.image': 'Ảnh',
  'content.editor.undo': 'Hoàn tác',
  'content.editor.redo': 'Làm lại',
  'content.editor.linkUrl': 'Địa chỉ liên kết (https://…)',
  'content.editor.linkDocument': 'Tài liệu trong thư viện',
  'content.editor.linkDocument.none': '— Gõ địa chỉ bên dưới —',
  'content.editor.linkApply': 'Gắn liên kết',
  'content.editor.linkRemove': 'Bỏ liên kết',
  'content.editor.imagePick': 'Ảnh trong thư viện',
  'content.editor.imageAlt': 'Mô tả ảnh (bắt buộc)',
  'content.editor.imageInsert': 'Chèn ảnh',
  'content.editor.hint':
    'Chọn chữ rồi bấm nút trên thanh công cụ để định dạng; phím tắt Ctrl+B, Ctrl+I, Ctrl+Z cũng dùng được. Bấm "Xem trước" để xem bài như khi đăng.',
  'content.editor.markdownOnly':
    'Nội dung này có bảng, video nhúng hoặc định dạng khác mà trình soạn thảo không giữ được, nên được sửa dưới dạng Markdown để không mất phần nào.',
};

export const en: typeof vi = {
  'content.editor.toolbar': 'Formatting',
  'content.editor.heading2': 'Heading',
  'content.editor.heading3': 'Subheading',
  'content.editor.bold': 'Bold',
  'content.editor.italic': 'Italic',
  'content.editor.bulletList': 'List',
  'content.editor.orderedList': 'Numbered',
  'content.editor.quote': 'Quote',
  'content.editor.link': 'Link',
  'content.editor.image': 'Image',
  'content.editor.undo': 'Undo',
  'content.editor.redo': 'Redo',
  'content.editor.linkUrl': 'Link address (https://…)',
  'content.editor.linkDocument': 'Document from the library',
  'content.editor.linkDocument.none': '— Type an address below —',
  'content.editor.linkApply': 'Add link',
  'content.editor.linkRemove': 'Remove link',
  'content.editor.imagePick': 'Image from the library',
  'content.editor.imageAlt': 'Image description (required)',
  'content.editor.imageInsert': 'Insert image',
  'content.editor.hint':
    'Select words and press a toolbar button to format them; Ctrl+B, Ctrl+I and Ctrl+Z work too. Press "Preview" to see it as published.',
  'content.editor.markdownOnly':
    'This text has tables, embedded videos or other formatting the editor cannot keep, so it is edited as Markdown to lose nothing.',
};
