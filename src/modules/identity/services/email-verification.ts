// Outcomes: verified, signed in as the link's account (cookies) | INVALID (unknown or expired link);
// SWITCH_ASKED when the browser is signed in as another account, which the person must agree to
// leave first (switchAndVerify).
import type { AppDeps } from '../../../platform/deps';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { authHeaders, cookiesOf, type SessionActing, type SessionCookies } from './caller-session';
import { signOut } from './sign-in';

type Verified = { ok: true; cookies: SessionCookies } | { ok: false; reason: 'INVALID' };
type Asked = { ok: false; reason: 'SWITCH_ASKED'; current: string; other: string };

/**
 * The address a verification link is for, read from its token (a JWT better-auth signs and
 * checks when the link is used); undefined when it is not one.
 */
export function verificationLinkEmail(token: string): string | undefined {
  try {
    const payload: unknown = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    );
    const email = (payload as { email?: unknown } | null)?.email;
    return typeof email === 'string' ? email.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

async function verify(deps: AppDeps, acting: SessionActing, token: string): Promise<Verified> {
  const result = await attempt(() =>
    authFor(deps).api.verifyEmail({
      query: { token },
      headers: authHeaders(acting.session, acting.ip),
      returnHeaders: true,
    }),
  );
  if (!result.ok) return { ok: false, reason: 'INVALID' };
  return { ok: true, cookies: cookiesOf(result.value.headers) };
}

export async function verifyEmail(
  deps: AppDeps,
  acting: SessionActing,
  input: { token: string },
): Promise<Verified | Asked> {
  const other = verificationLinkEmail(input.token);
  if (!other) return { ok: false, reason: 'INVALID' };
  const { actor } = acting;
  if (actor.kind === 'user' && actor.user.email.toLowerCase() !== other) {
    return { ok: false, reason: 'SWITCH_ASKED', current: actor.user.email, other };
  }
  return verify(deps, acting, input.token);
}

/** Signs the current account out, then verifies the link, which signs its account in. */
export async function switchAndVerify(
  deps: AppDeps,
  acting: SessionActing,
  input: { token: string },
): Promise<Verified> {
  const cleared = await signOut(deps, acting);
  const signedOut: SessionActing = { ...acting, session: { ...acting.session, cookie: '' } };
  const verified = await verify(deps, signedOut, input.token);
  return verified.ok ? { ok: true, cookies: [...cleared, ...verified.cookies] } : verified;
}
