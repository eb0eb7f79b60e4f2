export const vi = {
  'identity.login': 'Đăng nhập',
  'identity.logout': 'Đăng xuất',
  'identity.register': 'Đăng ký',
  'identity.account': 'Tài khoản',
  'identity.field.name': 'Họ và tên',
  'identity.field.email': 'E-mail',
  'identity.field.password': 'Mật khẩu',
  'identity.field.newPassword': 'Mật khẩu mới',
  'identity.field.code': 'Mã xác thực 6 số',
  'identity.password.hint': 'Ít nhất 10 ký tự; tránh mật khẩu phổ biến hoặc chứa e-mail của bạn.',
  'identity.password.common': 'Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.',
  'identity.password.containsEmail': 'Mật khẩu không được chứa địa chỉ e-mail của bạn.',
  'identity.register.title': 'Tạo tài khoản',
  'identity.register.lead':
    'Tài khoản giúp bạn quản lý hồ sơ tổ chức, nộp hồ sơ chương trình và đăng ký sự kiện.',
  'identity.register.consent':
    'Tôi đồng ý để Trung tâm xử lý dữ liệu cá nhân (họ tên, e-mail) nhằm mục đích quản lý tài khoản, theo Luật Bảo vệ dữ liệu cá nhân 2025.',
  'identity.register.consentRequired': 'Bạn cần đồng ý để chúng tôi có thể tạo tài khoản.',
  'identity.register.haveAccount': 'Đã có tài khoản? Đăng nhập',
  'identity.register.checkMail.title': 'Kiểm tra hộp thư của bạn',
  'identity.register.checkMail.body':
    'Chúng tôi đã gửi thư xác thực đến {email}. Hãy mở thư và bấm vào liên kết để kích hoạt tài khoản.',
  'identity.verify.done.title': 'Đã xác thực e-mail',
  'identity.verify.done.body': 'Tài khoản của bạn đã được kích hoạt.',
  'identity.verify.invalid': 'Liên kết xác thực không hợp lệ hoặc đã hết hạn.',
  'identity.verify.resend': 'Gửi lại thư xác thực',
  'identity.verify.resent': 'Nếu e-mail này có tài khoản chưa xác thực, chúng tôi đã gửi lại thư.',
  'identity.login.title': 'Đăng nhập',
  'identity.login.failed': 'E-mail hoặc mật khẩu không đúng.',
  'identity.login.unverified':
    'Bạn cần xác thực e-mail trước khi đăng nhập. Chúng tôi đã gửi lại thư xác thực.',
  'identity.login.forgot': 'Quên mật khẩu?',
  'identity.login.locked':
    'Tài khoản này đã bị khoá sau nhiều lần đăng nhập sai. Liên kết mở khoá đã được gửi đến e-mail của tài khoản; quản trị viên cũng có thể mở khoá.',
  'identity.login.disabled':
    'Tài khoản cán bộ này đã bị vô hiệu hoá vì không dùng quá 45 ngày. Vui lòng liên hệ quản trị viên để mở lại.',
  'identity.unlock.title': 'Mở khoá tài khoản',
  'identity.unlock.lead': 'Bấm nút dưới đây để mở khoá tài khoản, rồi đăng nhập lại.',
  'identity.unlock.done': 'Đã mở khoá tài khoản. Bạn có thể đăng nhập.',
  'identity.unlock.invalid': 'Liên kết mở khoá không hợp lệ, đã dùng hoặc đã hết hạn.',
  'identity.mail.locked.subject': 'Tài khoản InnoHub của bạn đã bị khoá',
  'identity.mail.locked.body':
    'Tài khoản của bạn bị khoá sau nhiều lần đăng nhập sai liên tiếp. Nếu đó là bạn, hãy mở liên kết sau (hiệu lực 24 giờ) để mở khoá; nếu không, hãy đặt lại mật khẩu sau khi mở khoá:',
  'identity.login.noAccount': 'Chưa có tài khoản? Đăng ký',
  'identity.login.tooMany':
    'Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
  'identity.twoFactor.title': 'Xác thực hai lớp',
  'identity.twoFactor.lead': 'Nhập mã 6 số trong ứng dụng xác thực của bạn (hoặc một mã dự phòng).',
  'identity.twoFactor.invalid': 'Mã xác thực không đúng hoặc đã hết hạn.',
  'identity.twoFactor.expired': 'Phiên xác thực đã hết hạn. Vui lòng đăng nhập lại.',
  'identity.forgot.title': 'Quên mật khẩu',
  'identity.forgot.lead': 'Nhập e-mail của tài khoản; chúng tôi sẽ gửi liên kết đặt lại mật khẩu.',
  'identity.forgot.sent':
    'Nếu e-mail này có tài khoản, chúng tôi đã gửi liên kết đặt lại mật khẩu. Liên kết có hiệu lực trong 1 giờ.',
  'identity.forgot.tooMany': 'Bạn đã yêu cầu quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
  'identity.reset.title': 'Đặt lại mật khẩu',
  'identity.reset.invalid': 'Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.',
  'identity.reset.done': 'Đã đổi mật khẩu. Vui lòng đăng nhập bằng mật khẩu mới.',
  'identity.loggedOut': 'Bạn đã đăng xuất.',
  'identity.mail.greeting': 'Xin chào {name},',
  'identity.mail.signature': 'Trân trọng,\nInnoHub',
  'identity.mail.ignore': 'Nếu bạn không yêu cầu, hãy bỏ qua thư này.',
  'identity.mail.verify.subject': 'Xác thực địa chỉ e-mail của bạn',
  'identity.mail.verify.body':
    'Vui lòng mở liên kết sau để xác thực e-mail và kích hoạt tài khoản InnoHub:',
  'identity.mail.reset.subject': 'Đặt lại mật khẩu InnoHub',
  'identity.mail.reset.body': 'Mở liên kết sau để đặt mật khẩu mới (hiệu lực 1 giờ):',
  'identity.mail.invite.subject': 'Lời mời tham gia {organization} trên InnoHub',
  'identity.mail.invite.body':
    '{inviter} mời bạn tham gia tổ chức {organization} với vai trò {role}. Mở liên kết sau để chấp nhận:',
  'identity.mail.registered.subject': 'Bạn đã có tài khoản InnoHub',
  'identity.mail.registered.body':
    'Ai đó (có thể là bạn) vừa đăng ký tài khoản mới bằng địa chỉ e-mail này, nhưng địa chỉ này đã có tài khoản. Nếu quên mật khẩu, hãy đặt lại tại {reset}. Đăng nhập tại:',
  'identity.verify.switch.title': 'Chuyển sang tài khoản khác?',
  'identity.verify.switch.body':
    'Bạn đang đăng nhập bằng {current}. Liên kết này xác thực {other}: tiếp tục sẽ đăng xuất {current} và đăng nhập bằng {other}.',
  'identity.verify.switch.confirm': 'Xác thực và đăng nhập bằng {other}',
  'identity.verify.switch.stay': 'Ở lại với {current}',
  'identity.register.tooMany':
    'Có quá nhiều lượt đăng ký từ địa chỉ của bạn. Vui lòng thử lại sau {seconds} giây.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'identity.login': 'Log in',
  'identity.logout': 'Log out',
  'identity.register': 'Register',
  'identity.account': 'Account',
  'identity.field.name': 'Full name',
  'identity.field.email': 'E-mail',
  'identity.field.password': 'Password',
  'identity.field.newPassword': 'New password',
  'identity.field.code': '6-digit code',
  'identity.password.hint':
    'At least 10 characters; avoid common passwords or your e-mail address.',
  'identity.password.common':
    'This password is too common and easy to guess. Please choose another.',
  'identity.password.containsEmail': 'The password must not contain your e-mail address.',
  'identity.register.title': 'Create an account',
  'identity.register.lead':
    "An account lets you manage your organisation's profile, apply to programmes and register for events.",
  'identity.register.consent':
    'I agree that the Centre processes my personal data (name, e-mail) to manage my account, under the 2025 Personal Data Protection Law.',
  'identity.register.consentRequired': 'We need your consent to create the account.',
  'identity.register.haveAccount': 'Already have an account? Log in',
  'identity.register.checkMail.title': 'Check your mailbox',
  'identity.register.checkMail.body':
    'We sent a verification e-mail to {email}. Open it and follow the link to activate your account.',
  'identity.verify.done.title': 'E-mail verified',
  'identity.verify.done.body': 'Your account is now active.',
  'identity.verify.invalid': 'The verification link is invalid or has expired.',
  'identity.verify.resend': 'Send the verification e-mail again',
  'identity.verify.resent': 'If this e-mail has an unverified account, we sent the message again.',
  'identity.login.title': 'Log in',
  'identity.login.failed': 'Wrong e-mail or password.',
  'identity.login.unverified':
    'Please verify your e-mail before logging in. We sent the verification e-mail again.',
  'identity.login.forgot': 'Forgot your password?',
  'identity.login.locked':
    'This account is locked after repeated failed log-ins. An unlock link was sent to its e-mail address; an administrator can unlock it too.',
  'identity.login.disabled':
    'This staff account was disabled after more than 45 days unused. Please ask an administrator to enable it again.',
  'identity.unlock.title': 'Unlock your account',
  'identity.unlock.lead': 'Press the button below to unlock the account, then log in again.',
  'identity.unlock.done': 'The account is unlocked. You can log in.',
  'identity.unlock.invalid': 'This unlock link is not valid, was used already or has expired.',
  'identity.mail.locked.subject': 'Your InnoHub account is locked',
  'identity.mail.locked.body':
    'Your account was locked after repeated failed log-ins. If that was you, open the link below (valid for 24 hours) to unlock it; if not, reset your password once it is unlocked:',
  'identity.login.noAccount': 'No account yet? Register',
  'identity.login.tooMany': 'Too many log-in attempts. Please try again in {seconds} seconds.',
  'identity.twoFactor.title': 'Two-factor authentication',
  'identity.twoFactor.lead':
    'Enter the 6-digit code from your authenticator app (or a backup code).',
  'identity.twoFactor.invalid': 'The code is wrong or has expired.',
  'identity.twoFactor.expired': 'The verification step has expired. Please log in again.',
  'identity.forgot.title': 'Forgot password',
  'identity.forgot.lead':
    "Enter your account's e-mail; we will send you a link to reset your password.",
  'identity.forgot.sent':
    'If this e-mail has an account, we sent a password-reset link. The link is valid for 1 hour.',
  'identity.forgot.tooMany': 'Too many requests. Please try again in {seconds} seconds.',
  'identity.reset.title': 'Reset password',
  'identity.reset.invalid': 'The password-reset link is invalid or has expired.',
  'identity.reset.done': 'Your password was changed. Please log in with the new password.',
  'identity.loggedOut': 'You are logged out.',
  'identity.mail.greeting': 'Hello {name},',
  'identity.mail.signature': 'Best regards,\nInnoHub',
  'identity.mail.ignore': 'If you did not ask for this, ignore this e-mail.',
  'identity.mail.verify.subject': 'Verify your e-mail address',
  'identity.mail.verify.body':
    'Please open the link below to verify your e-mail and activate your InnoHub account:',
  'identity.mail.reset.subject': 'Reset your InnoHub password',
  'identity.mail.reset.body': 'Open the link below to choose a new password (valid for 1 hour):',
  'identity.mail.invite.subject': 'Invitation to join {organization} on InnoHub',
  'identity.mail.invite.body':
    '{inviter} invites you to join {organization} as {role}. Open the link below to accept:',
  'identity.mail.registered.subject': 'You already have an InnoHub account',
  'identity.mail.registered.body':
    'Someone (perhaps you) just tried to register a new account with this e-mail address, which already has one. If you forgot your password, reset it at {reset}. Log in at:',
  'identity.verify.switch.title': 'Switch to another account?',
  'identity.verify.switch.body':
    'You are signed in as {current}. This link verifies {other}: going on signs {current} out and signs you in as {other}.',
  'identity.verify.switch.confirm': 'Verify and sign in as {other}',
  'identity.verify.switch.stay': 'Stay signed in as {current}',
  'identity.register.tooMany':
    'Too many registrations from your address. Please try again in {seconds} seconds.',
};
