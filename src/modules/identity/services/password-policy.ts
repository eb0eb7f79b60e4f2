import type { MessageKey } from '../../../platform/i18n';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

// The most common passwords seen in breaches, plus Vietnamese favourites; compared lower-case.
const COMMON = new Set(
  `123456 123456789 12345678 1234567890 password 12345 1234567 qwerty 111111 123123 abc123
  password1 iloveyou 000000 qwerty123 1q2w3e4r 1qaz2wsx qwertyuiop 123321 654321 666666 888888
  987654321 11111111 88888888 12341234 abcd1234 admin admin123 administrator welcome welcome1
  letmein monkey dragon sunshine princess football baseball master superman batman trustno1
  passw0rd p@ssw0rd p@ssword password123 password1234 1234qwer asdfghjkl zxcvbnm 1q2w3e4r5t
  matkhau matkhau123 matkhau1234 anhyeuem emyeuanh yeuemmaimai vietnam vietnam123 hanoi123
  saigon123 conganh 1234567890a innohub innohub123 khoinghiep startup123 changeme changeme123
  qwerty1234 q1w2e3r4t5 aaaaaaaaaa 0123456789 9876543210 1111111111 abcdefghij`.split(/\s+/),
);

/** A catalog key naming why the password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, email?: string): MessageKey | undefined {
  const lower = password.toLowerCase();
  if (
    COMMON.has(lower) ||
    /^(.)\1+$/.test(password) ||
    (/^\d+$/.test(password) && password.length < 12)
  ) {
    return 'identity.password.common';
  }
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'identity.password.containsEmail';
  return undefined;
}
