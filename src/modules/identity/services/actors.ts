// Who a credential stands for: the account behind an API key or a session, with its roles.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { ANONYMOUS, hasRole, type Actor, type Role } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isLocale, type Locale } from '../../../platform/i18n';
import { findActiveApiKeyByHash, touchApiKey } from '../db/api-keys.repository';
import { touchSession } from '../db/sessions.repository';
import { getUserById, rolesOf } from '../db/users.repository';
import { hashApiKey } from './api-key-secret';
import { authFor } from './auth';
import { AUTH_LIMITS, hitAll, type Rule } from './auth-limits';

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
  extra: {
    sessionId?: string;
    apiKey?: { id: string; scopes: string[] };
    roles?: string[];
    accountRoles?: ReadonlyMap<string, string>;
  },
): Promise<Actor> {
  const { roles: known, ...credential } = extra;
  const roles = new Set<Role>(
    (known as Role[] | undefined) ?? (await rolesOf(deps.database.db, user.id)),
  );
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
    ...credential,
  };
}

/** Throws RATE_LIMITED: a client past its limit is refused before anything else. */
async function limit(deps: Pick<AppDeps, 'rateLimiter'>, key: string, rule: Rule) {
  const limited = await hitAll(deps, [[key, rule]]);
  if (limited) throw new AppError('RATE_LIMITED', { retryAfterSeconds: limited.retryAfterSeconds });
}

/**
 * The account an active API key acts for, limited to the key's scopes; nobody for a bad key.
 * Unknown keys are counted per address (guessing), requests per key (a runaway client), in every
 * process alike.
 */
export async function apiKeyActor(
  deps: Pick<AppDeps, 'database' | 'clock' | 'rateLimiter'>,
  acting: Pick<AuditContext, 'ip'>,
  input: { secret: string },
): Promise<Actor> {
  const { db } = deps.database;
  const now = deps.clock();
  const key = await findActiveApiKeyByHash(db, hashApiKey(input.secret), now);
  const user = key && (await getUserById(db, key.userId));
  if (!key || !user) {
    await limit(deps, `api-key-fail:${acting.ip ?? ''}`, AUTH_LIMITS.apiKeyFailuresAddress);
    return ANONYMOUS;
  }
  await limit(deps, `api-key:${key.id}`, AUTH_LIMITS.apiKeyRequests);
  // Written at most once a minute: a busy client must not turn every read into a write.
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await touchApiKey(db, key.id, now);
  }
  return userActor(deps, user, { apiKey: { id: key.id, scopes: key.scopes } });
}

/**
 * The account of a browser session. A session of staff or an administrator that has been idle
 * longer than STAFF_IDLE_MINUTES ends (level-3 controls); each of their requests marks it used.
 */
const ACTIVITY_GRAIN_MS = 60_000;

export async function sessionActor(
  deps: AppDeps,
  input: {
    user: StoredUser;
    session: { id: string; token: string; updatedAt: Date };
    /** The account's roles when the session's lookup already read them. */
    roles?: string[];
    /** Its account organisations and role in each, when the session's lookup read them. */
    accountRoles?: Record<string, string>;
  },
): Promise<Actor> {
  const { session } = input;
  const actor = await userActor(deps, input.user, {
    sessionId: session.id,
    roles: input.roles,
    accountRoles: input.accountRoles && new Map(Object.entries(input.accountRoles)),
  });
  const idleLimitMs = deps.config.STAFF_IDLE_MINUTES * 60_000;
  if (idleLimitMs === 0 || !hasRole(actor, 'admin', 'staff')) return actor;
  const now = deps.clock();
  if (now.getTime() - new Date(session.updatedAt).getTime() > idleLimitMs) {
    await (await authFor(deps).$context).internalAdapter.deleteSession(session.token);
    await recordAudit(
      deps.database.db,
      { actor },
      {
        action: 'security.session:idleEnd',
        entityType: 'identity.session',
        entityId: session.id,
      },
    );
    return ANONYMOUS;
  }
  // Activity is kept to the minute: a staff page's every request need not write the session.
  if (now.getTime() - new Date(session.updatedAt).getTime() >= ACTIVITY_GRAIN_MS)
    await touchSession(deps.database.db, session.id, now);
  return actor;
}
