// Outcomes: verified, signed in as the link's account (cookies) | INVALID (unknown or expired link).
import type { AppDeps } from '../../../platform/deps';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { authHeaders, cookiesOf, type SessionActing, type SessionCookies } from './caller-session';

export async function verifyEmail(
  deps: AppDeps,
  acting: SessionActing,
  input: { token: string },
): Promise<{ ok: true; cookies: SessionCookies } | { ok: false; reason: 'INVALID' }> {
  const result = await attempt(() =>
    authFor(deps).api.verifyEmail({
      query: { token: input.token },
      headers: authHeaders(acting.session, acting.ip),
      returnHeaders: true,
    }),
  );
  if (!result.ok) return { ok: false, reason: 'INVALID' };
  return { ok: true, cookies: cookiesOf(result.value.headers) };
}
