// Who a credential stands for: the account behind an API key or a session, with its roles.
import { ANONYMOUS, type Actor, type Role } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { isLocale, type Locale } from '../../../platform/i18n';
import { findActiveApiKeyByHash, touchApiKey } from '../db/api-keys.repository';
import { getUserById, rolesOf } from '../db/users.repository';
import { hashApiKey } from './api-key-secret';

interface StoredUser {
  id: string;
  name: string;
  email: string;
  locale?: unknown;
  twoFactorEnabled?: boolean | null;
}

export async function userActor(
  deps: Pick<AppDeps, 'database'>,
  user: StoredUser,
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

/** The account an active API key acts for, limited to the key's scopes; nobody for a bad key. */
export async function apiKeyActor(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  input: { secret: string },
): Promise<Actor> {
  const { db } = deps.database;
  const now = deps.clock();
  const key = await findActiveApiKeyByHash(db, hashApiKey(input.secret), now);
  if (!key) return ANONYMOUS;
  const user = await getUserById(db, key.userId);
  if (!user) return ANONYMOUS;
  // Written at most once a minute: a busy client must not turn every read into a write.
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await touchApiKey(db, key.id, now);
  }
  return userActor(deps, user, { apiKey: { id: key.id, scopes: key.scopes } });
}
