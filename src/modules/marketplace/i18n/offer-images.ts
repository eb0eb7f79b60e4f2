// An offer's public images.
export const vi = {
  'marketplace.image.title': 'Hình ảnh',
  'marketplace.image.publicNote':
    'Hình ảnh là công khai: ai xem tin này cũng thấy, kể cả khi chưa chấp nhận cam kết bảo mật. Đừng đăng ảnh có thông tin bảo mật.',
  'marketplace.image.file': 'Ảnh (PNG, JPEG, WebP hoặc GIF; tối đa {maxMb} MB)',
  'marketplace.image.altVi': 'Mô tả ảnh (tiếng Việt)',
  'marketplace.image.altVi.hint': 'Cho người không xem được ảnh: ảnh cho thấy gì.',
  'marketplace.image.altEn': 'Mô tả ảnh (tiếng Anh, không bắt buộc)',
  'marketplace.image.add': 'Thêm ảnh',
  'marketplace.image.remove': 'Xoá ảnh',
  'marketplace.image.count': 'Đã có {count}/{max} ảnh.',
  'marketplace.image.full': 'Tin đã có đủ {max} ảnh; xoá một ảnh để thêm ảnh khác.',
  'marketplace.image.error.missing': 'Chọn một ảnh để tải lên.',
  'marketplace.image.error.altMissing': 'Nhập mô tả ảnh bằng tiếng Việt.',
  'marketplace.image.error.altLong': 'Mô tả ảnh tối đa {max} ký tự.',
  'marketplace.image.error.tooMany': 'Mỗi tin có tối đa {max} ảnh.',
  'marketplace.done.imageAdded': 'Đã thêm ảnh. Ảnh hiển thị công khai cùng tin khi tin được đăng.',
  'marketplace.done.imageRemoved': 'Đã xoá ảnh.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'marketplace.image.title': 'Images',
  'marketplace.image.publicNote':
    'Images are public: anyone who views this listing sees them, even without accepting the confidentiality agreement. Do not post images showing confidential information.',
  'marketplace.image.file': 'Image (PNG, JPEG, WebP or GIF; at most {maxMb} MB)',
  'marketplace.image.altVi': 'Image description (Vietnamese)',
  'marketplace.image.altVi.hint': 'For people who cannot see the image: what it shows.',
  'marketplace.image.altEn': 'Image description (English, optional)',
  'marketplace.image.add': 'Add image',
  'marketplace.image.remove': 'Remove image',
  'marketplace.image.count': '{count} of {max} images.',
  'marketplace.image.full': 'This listing has {max} images; remove one to add another.',
  'marketplace.image.error.missing': 'Choose an image to upload.',
  'marketplace.image.error.altMissing': 'Enter a description of the image in Vietnamese.',
  'marketplace.image.error.altLong': 'An image description has at most {max} characters.',
  'marketplace.image.error.tooMany': 'A listing has at most {max} images.',
  'marketplace.done.imageAdded':
    'Image added. It is shown publicly with the listing once the listing is published.',
  'marketplace.done.imageRemoved': 'Image removed.',
};
