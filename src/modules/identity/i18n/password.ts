// Changing one's password, and the rule that staff do not reuse their recent ones.
export const vi = {
  'identity.password.reused':
    'Bạn đã dùng mật khẩu này gần đây. Tài khoản cán bộ không được dùng lại 10 mật khẩu gần nhất; vui lòng chọn mật khẩu khác.',
  'identity.passwordChange.title': 'Đổi mật khẩu',
  'identity.passwordChange.lead':
    'Sau khi đổi, các thiết bị khác đang đăng nhập tài khoản của bạn sẽ bị đăng xuất.',
  'identity.passwordChange.current': 'Mật khẩu hiện tại',
  'identity.passwordChange.wrong': 'Mật khẩu hiện tại không đúng.',
  'identity.passwordChange.done': 'Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất.',
  'identity.passwordChange.tooMany':
    'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
  'identity.account.link.password': 'Đổi mật khẩu',
  'identity.account.link.passwordDesc': 'Chọn mật khẩu mới cho tài khoản của bạn.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'identity.password.reused':
    'You have used this password recently. Staff accounts may not reuse their last 10 passwords; please choose another.',
  'identity.passwordChange.title': 'Change password',
  'identity.passwordChange.lead':
    'Once it is changed, other devices signed in to your account are signed out.',
  'identity.passwordChange.current': 'Current password',
  'identity.passwordChange.wrong': 'The current password is not correct.',
  'identity.passwordChange.done': 'Your password was changed. Other devices were signed out.',
  'identity.passwordChange.tooMany': 'Too many attempts. Please try again in {seconds} seconds.',
  'identity.account.link.password': 'Change password',
  'identity.account.link.passwordDesc': 'Choose a new password for your account.',
};
