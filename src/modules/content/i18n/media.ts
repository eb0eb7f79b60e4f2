// The media library's staff pages: images and documents, the upload form, a file's page.
export const vi = {
  'content.media.title': 'Thư viện ảnh và tài liệu',
  'content.media.lead':
    'Ảnh (kèm các cỡ ảnh cho điện thoại) và tài liệu PDF, Word, Excel để gắn vào bài viết. Tìm theo mô tả hoặc tên tệp.',
  'content.media.search': 'Mô tả hoặc tên tệp',
  'content.media.empty': 'Thư viện chưa có tệp nào.',
  'content.media.listTitle': 'Các tệp trong thư viện',
  'content.media.kind': 'Loại',
  'content.media.kind.image': 'Ảnh',
  'content.media.kind.pdf': 'PDF',
  'content.media.kind.docx': 'Word',
  'content.media.kind.xlsx': 'Excel',
  'content.media.image': 'Xem',
  'content.media.description': 'Mô tả',
  'content.media.fileName': 'Tên tệp khi tải lên',
  'content.media.size': 'Kích thước',
  'content.media.formats': 'Định dạng',
  'content.media.usedIn': 'Dùng trong',
  'content.media.notUsed': 'Chưa dùng',
  'content.media.noDescription': '(chưa có mô tả)',
  'content.media.download': 'Tải tệp',
  'content.media.addedAt': 'Tải lên lúc',
  'content.media.back': 'Về thư viện',
  'content.media.linkAddress': 'Địa chỉ để gắn vào bài',
  'content.media.linkAddress.hint':
    'Trong trình soạn thảo, bấm "Liên kết" rồi chọn tài liệu; khi soạn dạng Markdown, dán {markdown}.',
  'content.media.upload.title': 'Thêm ảnh hoặc tài liệu',
  'content.media.upload.file': 'Tệp',
  'content.media.upload.file.hint':
    'Ảnh PNG, JPEG, WebP hoặc GIF đến {maxMb} MB và {maxSide} điểm ảnh mỗi chiều; tài liệu PDF, Word (.docx) hoặc Excel (.xlsx) đến {maxDocumentMb} MB.',
  'content.media.upload.altVi': 'Mô tả (tiếng Việt)',
  'content.media.upload.altVi.hint':
    'Bắt buộc với ảnh: nói ảnh cho thấy gì, cho người không nhìn thấy ảnh. Với tài liệu, mô tả là chữ của liên kết.',
  'content.media.upload.altEn': 'Mô tả (tiếng Anh, không bắt buộc)',
  'content.media.upload.submit': 'Tải lên',
  'content.media.edit.descriptionVi': 'Mô tả tài liệu (tiếng Việt)',
  'content.media.edit.descriptionEn': 'Mô tả tài liệu (tiếng Anh)',
  'content.media.added': 'Đã thêm vào thư viện.',
  'content.media.known': 'Tệp này đã có trong thư viện, không thêm lần nữa.',
  'content.media.saved': 'Đã lưu mô tả.',
  'content.media.conflict':
    'Người khác đã sửa mô tả này trong lúc bạn sửa. Nội dung bạn nhập vẫn còn; bản họ đã lưu hiện bên dưới từng ô. Kiểm tra rồi lưu lại.',
  'content.media.error.noFile': 'Hãy chọn một ảnh hoặc tài liệu để tải lên.',
  'content.media.error.empty': 'Tệp "{fileName}" trống. Hãy chọn lại tệp.',
  'content.media.error.documentTooLarge':
    'Tệp "{fileName}" lớn hơn {maxMb} MB. Hãy nén hoặc chia nhỏ tài liệu.',
  'content.media.error.fileType':
    'Tệp "{fileName}" không phải ảnh (PNG, JPEG, WebP, GIF) hay tài liệu PDF, Word (.docx), Excel (.xlsx) — xét theo nội dung tệp, không theo tên.',
  'content.media.error.disguised.image':
    'Tệp "{fileName}" là ảnh nhưng tên tệp mang đuôi của loại khác. Hãy đổi đuôi tên tệp cho đúng rồi tải lên.',
  'content.media.error.disguised.pdf':
    'Tệp "{fileName}" là tệp PDF nhưng tên tệp mang đuôi của loại khác. Hãy đổi tên thành .pdf rồi tải lên.',
  'content.media.error.disguised.docx':
    'Tệp "{fileName}" là tệp Word nhưng tên tệp mang đuôi của loại khác. Hãy đổi tên thành .docx rồi tải lên.',
  'content.media.error.disguised.xlsx':
    'Tệp "{fileName}" là tệp Excel nhưng tên tệp mang đuôi của loại khác. Hãy đổi tên thành .xlsx rồi tải lên.',
  'content.media.error.expands':
    'Tệp "{fileName}" khi giải nén ra quá lớn hoặc bị hỏng. Hãy mở và lưu lại tệp rồi tải lên.',
  'content.media.error.alt': 'Hãy mô tả ảnh bằng tiếng Việt (bắt buộc với ảnh).',
  'content.nav.media': 'Thư viện ảnh và tài liệu',
  'content.nav.mediaDescription': 'Ảnh và tài liệu dùng lại được cho các bài viết.',
};

export const en: typeof vi = {
  'content.media.title': 'Images and documents',
  'content.media.lead':
    'Images (with their sizes for phones) and PDF, Word and Excel documents for articles. Search by description or file name.',
  'content.media.search': 'Description or file name',
  'content.media.empty': 'The library holds no files yet.',
  'content.media.listTitle': 'Files in the library',
  'content.media.kind': 'Kind',
  'content.media.kind.image': 'Image',
  'content.media.kind.pdf': 'PDF',
  'content.media.kind.docx': 'Word',
  'content.media.kind.xlsx': 'Excel',
  'content.media.image': 'View',
  'content.media.description': 'Description',
  'content.media.fileName': 'File name when uploaded',
  'content.media.size': 'Size',
  'content.media.formats': 'Formats',
  'content.media.usedIn': 'Used in',
  'content.media.notUsed': 'Not used',
  'content.media.noDescription': '(no description yet)',
  'content.media.download': 'Download',
  'content.media.addedAt': 'Uploaded at',
  'content.media.back': 'Back to the library',
  'content.media.linkAddress': 'Address to link from an article',
  'content.media.linkAddress.hint':
    'In the editor, press "Link" and choose the document; when writing Markdown, paste {markdown}.',
  'content.media.upload.title': 'Add an image or a document',
  'content.media.upload.file': 'File',
  'content.media.upload.file.hint':
    'PNG, JPEG, WebP or GIF images up to {maxMb} MB and {maxSide} pixels a side; PDF, Word (.docx) or Excel (.xlsx) documents up to {maxDocumentMb} MB.',
  'content.media.upload.altVi': 'Description (Vietnamese)',
  'content.media.upload.altVi.hint':
    'Required for an image: say what it shows, for people who cannot see it. For a document, it is the text of links to it.',
  'content.media.upload.altEn': 'Description (English, optional)',
  'content.media.upload.submit': 'Upload',
  'content.media.edit.descriptionVi': 'Description of the document (Vietnamese)',
  'content.media.edit.descriptionEn': 'Description of the document (English)',
  'content.media.added': 'Added to the library.',
  'content.media.known': 'This file is in the library already; it was not added again.',
  'content.media.saved': 'Description saved.',
  'content.media.conflict':
    'Someone else changed this description while you were editing it. What you typed is kept; what they saved is shown under each field. Check, then save again.',
  'content.media.error.noFile': 'Please choose an image or a document to upload.',
  'content.media.error.empty': 'The file "{fileName}" is empty. Please choose it again.',
  'content.media.error.documentTooLarge':
    'The file "{fileName}" is larger than {maxMb} MB. Please compress or split the document.',
  'content.media.error.fileType':
    'The file "{fileName}" is not an image (PNG, JPEG, WebP, GIF) nor a PDF, Word (.docx) or Excel (.xlsx) document — judged by its content, not its name.',
  'content.media.error.disguised.image':
    'The file "{fileName}" is an image but its name ends as another kind of file. Please give it the right extension and upload it.',
  'content.media.error.disguised.pdf':
    'The file "{fileName}" is a PDF but its name ends as another kind of file. Please rename it to .pdf and upload it.',
  'content.media.error.disguised.docx':
    'The file "{fileName}" is a Word file but its name ends as another kind of file. Please rename it to .docx and upload it.',
  'content.media.error.disguised.xlsx':
    'The file "{fileName}" is an Excel file but its name ends as another kind of file. Please rename it to .xlsx and upload it.',
  'content.media.error.expands':
    'Once unpacked, the file "{fileName}" is too large or damaged. Please open it, save it again and upload it.',
  'content.media.error.alt': 'Please describe the image in Vietnamese (required for images).',
  'content.nav.media': 'Images and documents',
  'content.nav.mediaDescription': 'Images and documents articles can reuse.',
};
