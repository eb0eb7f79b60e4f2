// The request's credentials (HTTP): an API key in Authorization, a browser session cookie, or none.
import { ANONYMOUS, type Actor } from '../../platform/authz';
import type { AppDeps } from '../../platform/deps';
import { apiKeyActor, sessionActor } from './services/actors';
import { API_KEY_PREFIX } from './services/api-key-secret';
import { authFor } from './services/auth';

export const SESSION_COOKIE = 'innohub.session_token';

/** Who is calling: an API key in Authorization, a browser session cookie, or nobody. */
export async function resolveActor(request: Request, deps: AppDeps, ip: string): Promise<Actor> {
  const authorization = request.headers.get('authorization');
  if (authorization?.startsWith(`Bearer ${API_KEY_PREFIX}`)) {
    return apiKeyActor(deps, { ip }, { secret: authorization.slice(7) });
  }
  if (!request.headers.get('cookie')?.includes(SESSION_COOKIE)) return ANONYMOUS;
  const session = await authFor(deps).api.getSession({ headers: request.headers });
  if (!session) return ANONYMOUS;
  return sessionActor(deps, session);
}
