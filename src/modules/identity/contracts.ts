import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './services/password-policy';

const email = z.string().trim().min(1).max(254).pipe(z.email());
const password = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);

export const ZRegisterForm = z.object({
  name: z.string().trim().min(1).max(120),
  email,
  password,
  consent: z.literal('yes', { message: 'identity.register.consentRequired' }),
});

export const ZLoginForm = z.object({
  email,
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export const ZEmailForm = z.object({ email });

export const ZResetForm = z.object({
  token: z.string().min(1).max(512),
  password,
});

export const ZPasswordChangeForm = z.object({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: password,
});

export const ZCodeForm = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .transform((s) => s.replace(/\s+/g, '')),
});
