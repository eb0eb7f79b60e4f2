export const vi = {
  'identity.admin.users.title': 'Tài khoản',
  'identity.admin.users.lead':
    'Tìm tài khoản theo tên hoặc e-mail; mở một tài khoản để cấp hoặc thu hồi vai trò.',
  'identity.admin.users.search': 'Tên hoặc e-mail',
  'identity.admin.users.empty': 'Chưa có tài khoản nào.',
  'identity.admin.col.verified': 'E-mail đã xác thực',
  'identity.admin.col.roles': 'Vai trò',
  'identity.admin.col.created': 'Ngày tạo',
  'identity.admin.role.admin': 'Quản trị hệ thống',
  'identity.admin.role.staff': 'Cán bộ trung tâm',
  'identity.admin.role.agency': 'Cơ quan quản lý',
  'identity.admin.role.reviewer': 'Thành viên hội đồng đánh giá',
  'identity.admin.role.mentor': 'Chuyên gia cố vấn',
  'identity.admin.role.member': 'Thành viên',
  'identity.admin.role.admin.desc': 'Toàn quyền: tài khoản, vai trò, nhật ký, hộp thư đi.',
  'identity.admin.role.staff.desc': 'Vào trang quản trị và vận hành các phân hệ hằng ngày.',
  'identity.admin.role.agency.desc': 'Cán bộ sở, ngành theo dõi kế hoạch và báo cáo.',
  'identity.admin.role.reviewer.desc': 'Chấm hồ sơ các chương trình được phân công.',
  'identity.admin.role.mentor.desc': 'Nhận lịch tư vấn và hỗ trợ doanh nghiệp khởi nghiệp.',
  'identity.admin.user.details': 'Thông tin tài khoản',
  'identity.admin.user.locale': 'Ngôn ngữ',
  'identity.admin.user.twoFactor': 'Xác thực hai lớp',
  'identity.admin.user.roles': 'Vai trò trên nền tảng',
  'identity.admin.user.rolesHint':
    'Mọi tài khoản đều là «Thành viên»; đánh dấu các vai trò cần cấp thêm rồi bấm «Lưu vai trò».',
  'identity.admin.user.ownAdmin': 'Bạn không thể tự gỡ vai trò này của chính mình.',
  'identity.admin.user.saveRoles': 'Lưu vai trò',
  'identity.admin.user.saved': 'Đã lưu vai trò.',
  'identity.admin.user.unchanged': 'Vai trò không thay đổi.',
  'identity.admin.user.selfDemotion':
    'Bạn không thể tự gỡ vai trò quản trị của chính mình. Hãy nhờ một quản trị viên khác làm việc này.',
  'identity.admin.user.audit': 'Xem nhật ký thao tác về tài khoản này',
  'identity.admin.user.back': 'Quay lại danh sách tài khoản',
  'identity.adminCreate.usage':
    'Cách dùng: npm run admin:create -- --email <e-mail> --name "<họ tên>" [--password <mật khẩu>]\nMật khẩu cũng có thể lấy từ biến môi trường ADMIN_PASSWORD, hoặc được hỏi khi chạy trong terminal.',
  'identity.adminCreate.created': 'Đã tạo tài khoản quản trị {email} (e-mail đã được xác thực).',
  'identity.adminCreate.granted':
    'Tài khoản {email} đã có sẵn: đã cấp vai trò quản trị. Mật khẩu giữ nguyên.',
  'identity.adminCreate.already': 'Tài khoản {email} đã là quản trị viên; không có gì thay đổi.',
  'identity.adminCreate.unverified':
    'Lưu ý: e-mail của tài khoản này chưa được xác thực; khi đăng nhập, hệ thống sẽ gửi lại thư xác thực.',
  'identity.adminCreate.passwordPrompt': 'Mật khẩu cho tài khoản mới (ít nhất 10 ký tự): ',
  'identity.adminCreate.passwordConfirm': 'Nhập lại mật khẩu: ',
  'identity.adminCreate.passwordMismatch': 'Hai lần nhập mật khẩu không khớp.',
  'identity.adminCreate.passwordRequired':
    'Tài khoản mới cần mật khẩu: dùng --password, biến môi trường ADMIN_PASSWORD, hoặc chạy trong terminal để nhập.',
  'identity.adminCreate.failed': 'Không tạo được tài khoản quản trị: {reason}',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'identity.admin.users.title': 'Accounts',
  'identity.admin.users.lead':
    'Find accounts by name or e-mail; open one to grant or withdraw roles.',
  'identity.admin.users.search': 'Name or e-mail',
  'identity.admin.users.empty': 'There are no accounts yet.',
  'identity.admin.col.verified': 'E-mail verified',
  'identity.admin.col.roles': 'Roles',
  'identity.admin.col.created': 'Created',
  'identity.admin.role.admin': 'Administrator',
  'identity.admin.role.staff': 'Centre staff',
  'identity.admin.role.agency': 'Government agency',
  'identity.admin.role.reviewer': 'Review panel member',
  'identity.admin.role.mentor': 'Mentor',
  'identity.admin.role.member': 'Member',
  'identity.admin.role.admin.desc': 'Everything: accounts, roles, audit log, mail outbox.',
  'identity.admin.role.staff.desc': 'Enters the back office and runs the modules day to day.',
  'identity.admin.role.agency.desc': 'Department officials who follow plans and reports.',
  'identity.admin.role.reviewer.desc': 'Scores the programme applications assigned to them.',
  'identity.admin.role.mentor.desc': 'Takes consultation bookings and supports startups.',
  'identity.admin.user.details': 'Account details',
  'identity.admin.user.locale': 'Language',
  'identity.admin.user.twoFactor': 'Two-factor authentication',
  'identity.admin.user.roles': 'Platform roles',
  'identity.admin.user.rolesHint':
    'Every account is a “Member”; tick the roles to grant on top of that, then press “Save roles”.',
  'identity.admin.user.ownAdmin': 'You cannot remove this role from yourself.',
  'identity.admin.user.saveRoles': 'Save roles',
  'identity.admin.user.saved': 'Roles saved.',
  'identity.admin.user.unchanged': 'The roles did not change.',
  'identity.admin.user.selfDemotion':
    'You cannot remove your own administrator role. Ask another administrator to do it.',
  'identity.admin.user.audit': 'See the audit log for this account',
  'identity.admin.user.back': 'Back to the accounts',
  'identity.adminCreate.usage':
    'Usage: npm run admin:create -- --email <e-mail> --name "<full name>" [--password <password>]\nThe password can also come from the ADMIN_PASSWORD environment variable, or be asked for when run in a terminal.',
  'identity.adminCreate.created': 'Created the administrator account {email} (e-mail verified).',
  'identity.adminCreate.granted':
    'The account {email} already existed: granted the administrator role. Its password is unchanged.',
  'identity.adminCreate.already':
    'The account {email} is already an administrator; nothing changed.',
  'identity.adminCreate.unverified':
    'Note: this account’s e-mail is not verified yet; logging in will send the verification e-mail again.',
  'identity.adminCreate.passwordPrompt': 'Password for the new account (at least 10 characters): ',
  'identity.adminCreate.passwordConfirm': 'Type the password again: ',
  'identity.adminCreate.passwordMismatch': 'The two passwords do not match.',
  'identity.adminCreate.passwordRequired':
    'A new account needs a password: use --password, the ADMIN_PASSWORD environment variable, or run in a terminal to type it.',
  'identity.adminCreate.failed': 'Could not create the administrator account: {reason}',
};
