export const vi = {
  'identity.login': 'Đăng nhập',
  'identity.logout': 'Đăng xuất',
  'identity.register': 'Đăng ký',
  'identity.account': 'Tài khoản',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'identity.login': 'Log in',
  'identity.logout': 'Log out',
  'identity.register': 'Register',
  'identity.account': 'Account',
};
