import { createHash } from 'node:crypto';
import { isLocale, type Locale } from '../../../platform/i18n';
import { ANONYMOUS, type Actor, type Role } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { findActiveApiKeyByHash, touchApiKey } from '../db/api-keys.repository';
import { getUserById, rolesOf } from '../db/users.repository';
import { authFor } from './auth';

export const SESSION_COOKIE = 'innohub.session_token';
export const API_KEY_PREFIX = 'ihk_';

export const hashApiKey = (secret: string) => createHash('sha256').update(secret).digest('hex');

async function userActor(
  deps: AppDeps,
  user: {
    id: string;
    name: string;
    email: string;
    locale?: unknown;
    twoFactorEnabled?: boolean | null;
  },
  extra: { sessionId?: string; apiKey?: { id: string; scopes: string[] } },
): Promise<Actor> {
  const roles = new Set<Role>(await rolesOf(deps.database.db, user.id));
  roles.add('member');
  return {
    kind: 'user',
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      locale: (isLocale(user.locale) ? user.locale : 'vi') as Locale,
      twoFactorEnabled: Boolean(user.twoFactorEnabled),
    },
    roles,
    ...extra,
  };
}

/** Who is calling: an API key in Authorization, a browser session cookie, or nobody. */
export async function resolveActor(request: Request, deps: AppDeps): Promise<Actor> {
  const authorization = request.headers.get('authorization');
  if (authorization?.startsWith(`Bearer ${API_KEY_PREFIX}`)) {
    const now = deps.clock();
    const key = await findActiveApiKeyByHash(
      deps.database.db,
      hashApiKey(authorization.slice(7)),
      now,
    );
    if (!key) return ANONYMOUS;
    const user = await getUserById(deps.database.db, key.userId);
    if (!user) return ANONYMOUS;
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
      await touchApiKey(deps.database.db, key.id, now);
    }
    return userActor(deps, user, { apiKey: { id: key.id, scopes: key.scopes } });
  }
  if (!request.headers.get('cookie')?.includes(SESSION_COOKIE)) return ANONYMOUS;
  const session = await authFor(deps).api.getSession({ headers: request.headers });
  if (!session) return ANONYMOUS;
  return userActor(deps, session.user, { sessionId: session.session.id });
}
