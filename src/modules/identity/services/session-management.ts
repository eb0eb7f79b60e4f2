// Outcomes: list | one session revoked (NOT_FOUND unless it is the caller's) | all others revoked.
// Sessions are read and ended through better-auth's own store, by account: the caller's browser
// is not needed, and ending the current session's cookie is the HTTP side's part.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { accountHolder, auditStaffWrite, type SignedInActor } from './account-context';
import { authFor } from './auth';

export interface AccountSession {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  lastActiveAt: Date;
  isCurrent: boolean;
}

interface StoredSession {
  id: string;
  token: string;
  userAgent?: string | null;
  ipAddress?: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  expiresAt: Date | string;
}

async function storedSessions(deps: AppDeps, actor: SignedInActor): Promise<StoredSession[]> {
  const store = (await authFor(deps).$context).internalAdapter;
  const now = deps.clock().getTime();
  const sessions = (await store.listSessions(actor.user.id)) as StoredSession[];
  return sessions.filter((s) => new Date(s.expiresAt).getTime() > now);
}

export async function listMySessions(
  deps: AppDeps,
  acting: AuditContext,
): Promise<AccountSession[]> {
  const actor = accountHolder(acting);
  const sessions = (await storedSessions(deps, actor)).map((s) => ({
    id: s.id,
    userAgent: s.userAgent || null,
    ipAddress: s.ipAddress || null,
    createdAt: new Date(s.createdAt),
    lastActiveAt: new Date(s.updatedAt),
    isCurrent: s.id === actor.sessionId,
  }));
  return sessions.sort(
    (a, b) =>
      Number(b.isCurrent) - Number(a.isCurrent) ||
      b.lastActiveAt.getTime() - a.lastActiveAt.getTime(),
  );
}

/** Ends one of the caller's sessions; says whether it was the current one (its cookie must go). */
export async function revokeMySession(
  deps: AppDeps,
  acting: AuditContext,
  input: { sessionId: string },
): Promise<{ wasCurrent: boolean }> {
  const actor = accountHolder(acting);
  const target = (await storedSessions(deps, actor)).find((s) => s.id === input.sessionId);
  if (!target) throw new AppError('NOT_FOUND');
  await (await authFor(deps).$context).internalAdapter.deleteSession(target.token);
  await auditStaffWrite(deps.database.db, acting, {
    action: 'identity.session:revoke',
    entityType: 'identity.session',
    entityId: target.id,
    before: { userId: actor.user.id, userAgent: target.userAgent ?? null },
    after: null,
  });
  return { wasCurrent: target.id === actor.sessionId };
}

/** "Log out elsewhere": every session but this one ends. */
export async function revokeOtherSessions(deps: AppDeps, acting: AuditContext): Promise<number> {
  const actor = accountHolder(acting);
  const others = (await storedSessions(deps, actor)).filter((s) => s.id !== actor.sessionId);
  if (others.length > 0) {
    const store = (await authFor(deps).$context).internalAdapter;
    await store.deleteSessions(others.map((s) => s.token));
  }
  await auditStaffWrite(deps.database.db, acting, {
    action: 'identity.session:revokeOthers',
    entityType: 'identity.user',
    entityId: actor.user.id,
    before: { sessions: others.map((s) => s.id) },
    after: { sessions: actor.sessionId ? [actor.sessionId] : [] },
  });
  return others.length;
}
