// The request's credentials (HTTP): an API key in Authorization, a browser session cookie, or none.
import { ANONYMOUS, type Actor } from '../../platform/authz';
import type { AppDeps } from '../../platform/deps';
import { findSessionWithAccount } from './db/sessions.repository';
import { apiKeyActor, sessionActor } from './services/actors';
import { API_KEY_PREFIX } from './services/api-key-secret';
import { authFor } from './services/auth';
import { signedSessionToken } from './services/session-cookie';
import { SESSION_COOKIE, sessionNeedsRefresh } from './services/session-policy';

export { SESSION_COOKIE };

/** Who is calling: an API key in Authorization, a browser session cookie, or nobody. */
export async function resolveActor(request: Request, deps: AppDeps, ip: string): Promise<Actor> {
  const authorization = request.headers.get('authorization');
  if (authorization?.startsWith(`Bearer ${API_KEY_PREFIX}`)) {
    return apiKeyActor(deps, { ip }, { secret: authorization.slice(7) });
  }
  const cookie = request.headers.get('cookie');
  if (!cookie?.includes(SESSION_COOKIE)) return ANONYMOUS;
  // The secret better-auth signs with (its own default when none is configured, as in tests).
  const token = signedSessionToken(cookie, (await authFor(deps).$context).secret);
  if (!token) return ANONYMOUS;
  // One query answers a live session; better-auth itself ends an expired one and moves a
  // day-old one's expiry on, as it always has.
  const found = await findSessionWithAccount(deps.database.db, token);
  if (!found) return ANONYMOUS;
  // An expired session is past its refresh day too. better-auth's own clock, not the app's.
  if (sessionNeedsRefresh(found.session.expiresAt, new Date())) {
    const session = await authFor(deps).api.getSession({ headers: request.headers });
    return session ? sessionActor(deps, session) : ANONYMOUS;
  }
  return sessionActor(deps, found);
}
