// The media library's staff page.
export const vi = {
  'content.media.title': 'Thư viện ảnh',
  'content.media.lead':
    'Ảnh bìa đã dùng trong các bài, kèm các cỡ ảnh cho điện thoại. Tìm theo mô tả hoặc tên tệp.',
  'content.media.search': 'Mô tả hoặc tên tệp',
  'content.media.empty': 'Thư viện chưa có ảnh nào.',
  'content.media.image': 'Ảnh',
  'content.media.description': 'Mô tả',
  'content.media.size': 'Kích thước',
  'content.media.formats': 'Định dạng',
  'content.media.usedIn': 'Dùng trong',
  'content.media.notUsed': 'Chưa dùng',
  'content.media.noDescription': '(chưa có mô tả)',
  'content.nav.media': 'Thư viện ảnh',
  'content.nav.mediaDescription': 'Ảnh bìa dùng lại được cho các bài viết.',
};

export const en: typeof vi = {
  'content.media.title': 'Image library',
  'content.media.lead':
    'Cover images used in articles, with their sizes for phones. Search by description or file name.',
  'content.media.search': 'Description or file name',
  'content.media.empty': 'The library holds no images yet.',
  'content.media.image': 'Image',
  'content.media.description': 'Description',
  'content.media.size': 'Size',
  'content.media.formats': 'Formats',
  'content.media.usedIn': 'Used in',
  'content.media.notUsed': 'Not used',
  'content.media.noDescription': '(no description yet)',
  'content.nav.media': 'Image library',
  'content.nav.mediaDescription': 'Cover images articles can reuse.',
};
