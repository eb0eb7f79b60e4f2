// Personal-data rights: a copy of one's data, erasure, consents, and staff's list of requests.
export const vi = {
  'identity.account.link.data': 'Dữ liệu cá nhân của tôi',
  'identity.account.link.dataDesc': 'Tải về dữ liệu của bạn, rút lại đồng ý hoặc xoá tài khoản.',
  'identity.data.title': 'Dữ liệu cá nhân của tôi',
  'identity.data.lead':
    'Theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, bạn có quyền nhận bản sao dữ liệu của mình, rút lại đồng ý và yêu cầu xoá dữ liệu.',
  'identity.data.export.title': 'Tải về dữ liệu của tôi',
  'identity.data.export.lead':
    'Chúng tôi tập hợp mọi dữ liệu nền tảng đang lưu về tài khoản và hồ sơ cá nhân của bạn (JSON và CSV trong một tệp ZIP) và gửi liên kết tải về qua e-mail, có hiệu lực 7 ngày.',
  'identity.data.export.button': 'Yêu cầu bản sao dữ liệu',
  'identity.data.export.requested':
    'Đã nhận yêu cầu. Khi bản sao sẵn sàng, chúng tôi sẽ gửi liên kết tải về tới e-mail của bạn.',
  'identity.data.export.already': 'Bản sao dữ liệu của bạn đang được chuẩn bị.',
  'identity.data.requests': 'Các yêu cầu của bạn',
  'identity.data.requestsNone': 'Bạn chưa gửi yêu cầu nào.',
  'identity.data.kind.export': 'Bản sao dữ liệu',
  'identity.data.kind.erasure': 'Xoá tài khoản',
  'identity.data.kind.consent': 'Rút lại đồng ý',
  'identity.data.status.open': 'Đang xử lý',
  'identity.data.status.done': 'Đã xong',
  'identity.data.status.refused': 'Bị từ chối',
  'identity.data.col.kind': 'Yêu cầu',
  'identity.data.col.account': 'Tài khoản',
  'identity.data.col.received': 'Ngày nhận',
  'identity.data.col.due': 'Hạn xử lý',
  'identity.data.col.status': 'Trạng thái',
  'identity.data.col.actions': 'Thao tác',
  'identity.data.overdue': 'Quá hạn',
  'identity.data.consents.withdraw': 'Rút lại đồng ý',
  'identity.data.consents.withdrawn': 'Đã rút lại đồng ý.',
  'identity.data.consents.accountNote':
    'Rút lại đồng ý cho mục đích “tài khoản” đồng nghĩa với yêu cầu xoá tài khoản.',
  'identity.data.erase.title': 'Xoá tài khoản của tôi',
  'identity.data.erase.link': 'Xoá tài khoản…',
  'identity.data.erase.lead':
    'Trước khi xác nhận, vui lòng đọc những gì sẽ bị xoá và những gì pháp luật yêu cầu lưu giữ.',
  'identity.data.erase.erased': 'Sẽ bị xoá hoặc ẩn danh',
  'identity.data.erase.erasedList':
    'Họ tên và e-mail của tài khoản, mật khẩu, xác thực hai lớp, phiên đăng nhập, khoá API, tư cách thành viên tổ chức, vai trò, thư đã gửi cho bạn; hồ sơ cá nhân trong danh bạ (gỡ khỏi trang công khai); hồ sơ đăng ký chưa nộp.',
  'identity.data.erase.kept': 'Được lưu giữ dưới một bí danh (không còn tên của bạn)',
  'identity.data.erase.confirm': 'Tôi hiểu tài khoản sẽ bị xoá vĩnh viễn và không thể khôi phục.',
  'identity.data.erase.mustConfirm': 'Vui lòng đánh dấu ô xác nhận.',
  'identity.data.erase.button': 'Gửi yêu cầu xoá tài khoản',
  'identity.data.erase.requested':
    'Đã nhận yêu cầu xoá tài khoản. Trung tâm sẽ xử lý trong thời hạn luật định (72 giờ).',
  'identity.data.erase.already': 'Bạn đã gửi yêu cầu xoá tài khoản; yêu cầu đang được xử lý.',
  'identity.data.erase.wrongPassword': 'Mật khẩu không đúng.',
  'identity.data.tooMany': 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau.',
  'identity.erasure.keptAccount':
    'Bản ghi tài khoản dưới bí danh, cùng các lần đồng ý và yêu cầu của bạn — bằng chứng về những gì đã đồng ý và đã xử lý.',
  'identity.erasure.keptLog':
    'Nhật ký an ninh và nhật ký thao tác (lưu ít nhất 12 tháng theo yêu cầu an toàn hệ thống thông tin cấp độ 3).',
  'identity.erasure.keptApplications':
    'Hồ sơ đăng ký đã nộp, kết quả thẩm định, quyết định và hồ sơ dự án đã ký — thuộc về tổ chức đăng ký và được lưu theo quy định về hồ sơ.',
  'identity.data.mail.subject': 'Bản sao dữ liệu cá nhân của bạn trên InnoHub',
  'identity.data.mail.body':
    'Bản sao dữ liệu cá nhân bạn yêu cầu đã sẵn sàng. Đăng nhập rồi mở liên kết sau để tải về (hiệu lực {days} ngày):',
  'identity.dataRequests.nav': 'Yêu cầu về dữ liệu cá nhân',
  'identity.dataRequests.navDescription':
    'Yêu cầu bản sao, xoá tài khoản và rút lại đồng ý, cùng hạn xử lý luật định.',
  'identity.dataRequests.title': 'Yêu cầu về dữ liệu cá nhân',
  'identity.dataRequests.showOpen': 'Đang mở',
  'identity.dataRequests.showAll': 'Tất cả',
  'identity.dataRequests.none': 'Không có yêu cầu nào.',
  'identity.dataRequests.erase': 'Xoá tài khoản',
  'identity.dataRequests.refuse': 'Từ chối',
  'identity.dataRequests.reason': 'Lý do từ chối',
  'identity.dataRequests.reasonRequired': 'Vui lòng nêu lý do từ chối.',
  'identity.dataRequests.erased':
    'Đã xoá tài khoản; các bản ghi được giữ lại mang bí danh {pseudonym}.',
  'identity.dataRequests.refused': 'Đã từ chối yêu cầu.',
  'identity.dataRequests.automatic': 'Tự động',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'identity.account.link.data': 'My personal data',
  'identity.account.link.dataDesc':
    'Download your data, withdraw a consent or delete your account.',
  'identity.data.title': 'My personal data',
  'identity.data.lead':
    'Under the Personal Data Protection Law 91/2025/QH15 you may obtain a copy of your data, withdraw a consent and ask for your data to be deleted.',
  'identity.data.export.title': 'Download my data',
  'identity.data.export.lead':
    'We gather everything the platform holds about your account and your person profile (JSON and CSV in one ZIP file) and e-mail you a download link, valid for 7 days.',
  'identity.data.export.button': 'Request a copy of my data',
  'identity.data.export.requested':
    'Request received. When the copy is ready we will e-mail you a link to download it.',
  'identity.data.export.already': 'A copy of your data is being prepared.',
  'identity.data.requests': 'Your requests',
  'identity.data.requestsNone': 'You have made no request.',
  'identity.data.kind.export': 'Copy of data',
  'identity.data.kind.erasure': 'Account deletion',
  'identity.data.kind.consent': 'Consent withdrawn',
  'identity.data.status.open': 'In progress',
  'identity.data.status.done': 'Done',
  'identity.data.status.refused': 'Refused',
  'identity.data.col.kind': 'Request',
  'identity.data.col.account': 'Account',
  'identity.data.col.received': 'Received',
  'identity.data.col.due': 'Due',
  'identity.data.col.status': 'Status',
  'identity.data.col.actions': 'Actions',
  'identity.data.overdue': 'Overdue',
  'identity.data.consents.withdraw': 'Withdraw consent',
  'identity.data.consents.withdrawn': 'Consent withdrawn.',
  'identity.data.consents.accountNote':
    'Withdrawing the consent for the purpose “account” also asks for your account to be deleted.',
  'identity.data.erase.title': 'Delete my account',
  'identity.data.erase.link': 'Delete my account…',
  'identity.data.erase.lead':
    'Before you confirm, please read what will be deleted and what the law requires us to keep.',
  'identity.data.erase.erased': 'Deleted or anonymised',
  'identity.data.erase.erasedList':
    'Your account’s name and e-mail, password, two-factor set-up, sessions, API keys, organisation memberships, roles and the mail sent to you; your person profile in the directory (removed from public pages); applications you never submitted.',
  'identity.data.erase.kept': 'Kept under a pseudonym (no longer bearing your name)',
  'identity.data.erase.confirm':
    'I understand that my account will be deleted for good and cannot be restored.',
  'identity.data.erase.mustConfirm': 'Please tick the box to confirm.',
  'identity.data.erase.button': 'Ask for my account to be deleted',
  'identity.data.erase.requested':
    'Your request to delete your account was received. The Centre will carry it out within the legal time limit (72 hours).',
  'identity.data.erase.already':
    'You already asked for your account to be deleted; it is in progress.',
  'identity.data.erase.wrongPassword': 'The password is not correct.',
  'identity.data.tooMany': 'Too many attempts. Please try again later.',
  'identity.erasure.keptAccount':
    'The account record under a pseudonym, with your consents and requests — proof of what was agreed and done.',
  'identity.erasure.keptLog':
    'The security and audit logs (kept at least 12 months, as a level-3 information system must).',
  'identity.erasure.keptApplications':
    'Submitted applications, reviews, decisions and signed project records — they belong to the applying organisation and are kept as records law requires.',
  'identity.data.mail.subject': 'Your personal data on InnoHub',
  'identity.data.mail.body':
    'The copy of your personal data you asked for is ready. Sign in, then open this link to download it (valid for {days} days):',
  'identity.dataRequests.nav': 'Personal-data requests',
  'identity.dataRequests.navDescription':
    'Requests for a copy, account deletions and consents withdrawn, with their legal deadlines.',
  'identity.dataRequests.title': 'Personal-data requests',
  'identity.dataRequests.showOpen': 'Open',
  'identity.dataRequests.showAll': 'All',
  'identity.dataRequests.none': 'No requests.',
  'identity.dataRequests.erase': 'Delete the account',
  'identity.dataRequests.refuse': 'Refuse',
  'identity.dataRequests.reason': 'Reason for refusing',
  'identity.dataRequests.reasonRequired': 'Please give the reason for refusing.',
  'identity.dataRequests.erased':
    'The account was deleted; the records kept bear the pseudonym {pseudonym}.',
  'identity.dataRequests.refused': 'The request was refused.',
  'identity.dataRequests.automatic': 'Automatic',
};
