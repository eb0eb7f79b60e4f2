// Confidential tiers: who may read each field, the click-through NDA, documents, the view log.
export const vi = {
  'marketplace.erasure.kept':
    'Nhật ký các tin bạn đã xem được xoá. Thoả thuận bảo mật bạn đã chấp nhận, yêu cầu xem chi tiết và yêu cầu kết nối được giữ lại dưới bí danh: chúng thuộc hồ sơ của bên đăng tin và của Trung tâm.',
  'marketplace.tier.public': 'Công khai',
  'marketplace.need.askDetails': 'Đề nghị xem chi tiết bảo mật',
  'marketplace.field.needTransferForms': 'Hình thức chuyển giao có thể nhận',
  'marketplace.field.needTransferForms.hint': 'Không bắt buộc; giúp gợi ý công nghệ phù hợp.',
  'marketplace.tier.nda': 'Sau khi chấp nhận cam kết bảo mật',
  'marketplace.tier.parties': 'Chỉ các bên được giới thiệu',
  'marketplace.tiers.legend': 'Ai được xem từng thông tin',
  'marketplace.tiers.hint':
    'Tên, tóm tắt, lĩnh vực, mức sẵn sàng và hình thức chuyển giao luôn công khai. Tài liệu đính kèm chỉ dành cho các bên đã được giới thiệu.',
  'marketplace.tiers.needHint':
    'Áp dụng khi chi tiết không để công khai. Tài liệu đính kèm chỉ dành cho các bên đã được giới thiệu.',
  'marketplace.error.tier': 'Chọn một mức xem hợp lệ.',
  'marketplace.hidden.nda': 'Bảo mật — xem được sau khi chấp nhận cam kết bảo mật.',
  'marketplace.hidden.parties': 'Bảo mật — chỉ dành cho các bên đã được giới thiệu.',
  'marketplace.nda.title': 'Cam kết bảo mật',
  'marketplace.nda.lead':
    'Một số thông tin của tin này chỉ hiển thị sau khi bạn chấp nhận cam kết bảo mật dưới đây.',
  'marketplace.nda.text':
    'Tôi cam kết giữ bí mật mọi thông tin không công khai của tin này, chỉ dùng để đánh giá khả năng hợp tác với chủ tin, không sao chép, không tiết lộ cho bên thứ ba khi chưa có đồng ý bằng văn bản của chủ tin, và không tự ý khai thác, đăng ký bảo hộ nội dung đó. Cam kết có hiệu lực 3 năm kể từ ngày chấp nhận.',
  'marketplace.nda.version': 'Phiên bản {version}',
  'marketplace.nda.agree': 'Tôi đã đọc và chấp nhận cam kết bảo mật',
  'marketplace.nda.accept': 'Chấp nhận và xem chi tiết',
  'marketplace.nda.mustAgree': 'Đánh dấu ô chấp nhận cam kết để xem chi tiết.',
  'marketplace.nda.stale':
    'Cam kết bảo mật vừa được cập nhật. Hãy đọc phiên bản mới và chấp nhận lại.',
  'marketplace.nda.signIn': 'Đăng nhập để chấp nhận cam kết bảo mật và xem chi tiết',
  'marketplace.nda.accepted': 'Bạn đã chấp nhận cam kết bảo mật (phiên bản {version}).',
  'marketplace.done.nda': 'Đã ghi nhận cam kết bảo mật.',
  'marketplace.documents.title': 'Tài liệu',
  'marketplace.documents.partiesOnly':
    'Tài liệu ({count}) chỉ được chia sẻ với các bên đã được trung tâm giới thiệu.',
  'marketplace.documents.none': 'Chưa có tài liệu.',
  'marketplace.documents.add': 'Thêm tài liệu',
  'marketplace.documents.file': 'Tệp (PDF, Word, Excel, PowerPoint, ảnh; tối đa 10 MB)',
  'marketplace.document.missing': 'Chọn một tệp để tải lên.',
  'marketplace.document.tooLarge': 'Tệp lớn hơn 10 MB.',
  'marketplace.document.wrongType':
    'Tệp không phải PDF, Word, Excel, PowerPoint, PNG hay JPEG (xét theo nội dung tệp).',
  'marketplace.done.document': 'Đã thêm tài liệu.',
  'marketplace.need.done.nda': 'Đã ghi nhận cam kết bảo mật.',
  'marketplace.need.done.document': 'Đã thêm tài liệu.',
  'marketplace.views.link': 'Ai đã xem tin này',
  'marketplace.views.title': 'Lượt xem: {title}',
  'marketplace.views.lead':
    'Những tài khoản đã đăng nhập xem tin, mỗi ngày một dòng cho mỗi nội dung. Lượt xem của người trong tổ chức và của trung tâm không được ghi.',
  'marketplace.views.none': 'Chưa có ai xem.',
  'marketplace.views.who': 'Người xem',
  'marketplace.views.when': 'Thời điểm',
  'marketplace.views.what': 'Đã xem',
  'marketplace.views.what.teaser': 'Phần công khai',
  'marketplace.views.what.details': 'Chi tiết bảo mật',
  'marketplace.views.what.document': 'Tài liệu: {name}',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'marketplace.erasure.kept':
    "The log of listings you viewed is deleted. The non-disclosure agreements you accepted, your requests for details and for introductions are kept under a pseudonym: they belong to the listing owners' and the centre's records.",
  'marketplace.tier.public': 'Public',
  'marketplace.need.askDetails': 'Ask to read the confidential details',
  'marketplace.field.needTransferForms': 'Forms of transfer you would accept',
  'marketplace.field.needTransferForms.hint': 'Optional; helps suggest fitting technologies.',
  'marketplace.tier.nda': 'After accepting the confidentiality agreement',
  'marketplace.tier.parties': 'Introduced parties only',
  'marketplace.tiers.legend': 'Who may read each item',
  'marketplace.tiers.hint':
    'The title, summary, sectors, readiness and forms of transfer are always public. Attached documents are for introduced parties only.',
  'marketplace.tiers.needHint':
    'Applies when the details are not public. Attached documents are for introduced parties only.',
  'marketplace.error.tier': 'Choose a valid level.',
  'marketplace.hidden.nda': 'Confidential — shown once you accept the confidentiality agreement.',
  'marketplace.hidden.parties': 'Confidential — for introduced parties only.',
  'marketplace.nda.title': 'Confidentiality agreement',
  'marketplace.nda.lead':
    'Some of this listing is shown only once you accept the confidentiality agreement below.',
  'marketplace.nda.text':
    'I undertake to keep every non-public item of this listing confidential, to use it only to assess a collaboration with its owner, not to copy it or disclose it to a third party without the owner’s written consent, and not to exploit it or file for its protection myself. This undertaking lasts 3 years from its acceptance.',
  'marketplace.nda.version': 'Version {version}',
  'marketplace.nda.agree': 'I have read and accept the confidentiality agreement',
  'marketplace.nda.accept': 'Accept and see the details',
  'marketplace.nda.mustAgree': 'Tick the box accepting the agreement to see the details.',
  'marketplace.nda.stale':
    'The confidentiality agreement has just been updated. Please read the new version and accept it again.',
  'marketplace.nda.signIn': 'Sign in to accept the confidentiality agreement and see the details',
  'marketplace.nda.accepted': 'You accepted the confidentiality agreement (version {version}).',
  'marketplace.done.nda': 'Your acceptance of the agreement is recorded.',
  'marketplace.documents.title': 'Documents',
  'marketplace.documents.partiesOnly':
    'The documents ({count}) are shared only with parties the centre has introduced.',
  'marketplace.documents.none': 'No documents yet.',
  'marketplace.documents.add': 'Add a document',
  'marketplace.documents.file': 'File (PDF, Word, Excel, PowerPoint, image; up to 10 MB)',
  'marketplace.document.missing': 'Choose a file to upload.',
  'marketplace.document.tooLarge': 'The file is larger than 10 MB.',
  'marketplace.document.wrongType':
    'The file is not a PDF, Word, Excel, PowerPoint, PNG or JPEG file (judged by its content).',
  'marketplace.done.document': 'Document added.',
  'marketplace.need.done.nda': 'Your acceptance of the agreement is recorded.',
  'marketplace.need.done.document': 'Document added.',
  'marketplace.views.link': 'Who viewed this listing',
  'marketplace.views.title': 'Views: {title}',
  'marketplace.views.lead':
    'Signed-in accounts that viewed the listing, one line a day for each thing seen. Views by your organisation’s people and by the centre are not logged.',
  'marketplace.views.none': 'Nobody has viewed it yet.',
  'marketplace.views.who': 'Viewer',
  'marketplace.views.when': 'When',
  'marketplace.views.what': 'Saw',
  'marketplace.views.what.teaser': 'The public part',
  'marketplace.views.what.details': 'Confidential details',
  'marketplace.views.what.document': 'Document: {name}',
} as const;
