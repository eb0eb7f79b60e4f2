// Outcomes: list | one session revoked (NOT_FOUND unless it is the caller's) | all others revoked.
import type { RequestContext } from '../../../platform/http/context';
import { AppError } from '../../../platform/errors';
import { accountHolder, auditStaffWrite } from './account-context';
import { authFor } from './auth';
import { attempt } from './auth-errors';

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

/**
 * better-auth lists sessions only from a "fresh" session (signed in within a day); an account page
 * must work on older ones too, so a refusal for freshness falls back to its own adapter.
 */
async function storedSessions(ctx: RequestContext, headers: Headers): Promise<StoredSession[]> {
  const actor = accountHolder(ctx);
  const auth = authFor(ctx.deps);
  const listed = await attempt(() => auth.api.listSessions({ headers }));
  if (listed.ok) return listed.value as StoredSession[];
  if (listed.code !== 'SESSION_NOT_FRESH') throw new AppError('UNAUTHENTICATED');
  const context = await auth.$context;
  const sessions = await context.internalAdapter.listSessions(actor.user.id);
  const now = Date.now();
  return (sessions as StoredSession[]).filter((s) => new Date(s.expiresAt).getTime() > now);
}

export async function listMySessions(
  ctx: RequestContext,
  headers: Headers,
): Promise<AccountSession[]> {
  const actor = accountHolder(ctx);
  const sessions = (await storedSessions(ctx, headers)).map((s) => ({
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

/** Ends one of the caller's sessions; returns the cookie headers when it was the current one. */
export async function revokeMySession(
  ctx: RequestContext,
  headers: Headers,
  sessionId: string,
): Promise<{ wasCurrent: boolean; headers: Headers }> {
  const actor = accountHolder(ctx);
  const target = (await storedSessions(ctx, headers)).find((s) => s.id === sessionId);
  if (!target) throw new AppError('NOT_FOUND');
  const result = await attempt(() =>
    authFor(ctx.deps).api.revokeSession({
      body: { token: target.token },
      headers,
      returnHeaders: true,
    }),
  );
  if (!result.ok) throw new AppError('UNAUTHENTICATED');
  await auditStaffWrite(ctx, {
    action: 'identity.session:revoke',
    entityType: 'identity.session',
    entityId: target.id,
    before: { userId: actor.user.id, userAgent: target.userAgent ?? null },
    after: null,
  });
  return { wasCurrent: target.id === actor.sessionId, headers: result.value.headers };
}

/** "Log out elsewhere": every session but this one ends. */
export async function revokeOtherSessions(ctx: RequestContext, headers: Headers): Promise<number> {
  const actor = accountHolder(ctx);
  const others = (await storedSessions(ctx, headers)).filter((s) => s.id !== actor.sessionId);
  const result = await attempt(() => authFor(ctx.deps).api.revokeOtherSessions({ headers }));
  if (!result.ok) throw new AppError('UNAUTHENTICATED');
  await auditStaffWrite(ctx, {
    action: 'identity.session:revokeOthers',
    entityType: 'identity.user',
    entityId: actor.user.id,
    before: { sessions: others.map((s) => s.id) },
    after: { sessions: actor.sessionId ? [actor.sessionId] : [] },
  });
  return others.length;
}
