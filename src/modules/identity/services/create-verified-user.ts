import type { AppDeps } from '../../../platform/deps';
import type { Locale } from '../../../platform/i18n';
import { authFor } from './auth';

/**
 * An account whose e-mail is taken as verified, with a password credential, sending no mail:
 * for the administrator's CLI and demo data, where nobody is there to click a link.
 */
export async function createVerifiedUser(
  deps: AppDeps,
  input: { email: string; name: string; password: string; locale?: Locale; isDemo?: boolean },
): Promise<{ id: string }> {
  const ctx = await authFor(deps).$context;
  const user = await ctx.internalAdapter.createUser(
    {
      email: input.email.trim().toLowerCase(),
      name: input.name,
      emailVerified: true,
      locale: input.locale ?? 'vi',
      isDemo: input.isDemo ?? false,
    },
    { method: 'admin' },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password: await ctx.password.hash(input.password),
  });
  return { id: user.id };
}
