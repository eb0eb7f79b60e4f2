// "Delete my account". Asking (with the password): REQUESTED | ALREADY | WRONG_PASSWORD |
// RATE_LIMITED. Staff carry it out: every module erases or anonymises its records in one
// transaction (what the law requires stays under a pseudonym) and the account can no longer sign
// in — CONFLICT when the request was closed meanwhile; or refuse it with a reason. Each step is on
// the security log.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { personalDataHolders } from '../../../platform/modules/personal-data';
import {
  closeDataRequest,
  dataRequestsOf,
  findDataRequest,
  insertDataRequest,
} from '../db/data-requests.repository';
import { currentPasswordHash } from '../db/password-history.repository';
import { getUserById } from '../db/users.repository';
import { accountHolder } from './account-context';
import { authFor } from './auth';
import { dueAt, newPseudonym } from './data-request-rules';

export async function requestErasure(
  deps: AppDeps,
  acting: AuditContext,
  input: { password: string },
): Promise<{ ok: true } | { ok: false; reason: 'ALREADY' | 'WRONG_PASSWORD' | 'RATE_LIMITED' }> {
  const { user } = accountHolder(acting);
  const limitKey = `erasure-password:${user.id}`;
  const hit = await deps.rateLimiter.hit(limitKey, 10, 15 * 60);
  if (!hit.ok) return { ok: false, reason: 'RATE_LIMITED' };
  const hash = await currentPasswordHash(deps.database.db, user.id);
  const { password } = await authFor(deps).$context;
  if (!hash || !(await password.verify({ hash, password: input.password }))) {
    return { ok: false, reason: 'WRONG_PASSWORD' };
  }
  await deps.rateLimiter.release(limitKey);
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const request = await insertDataRequest(tx, {
      userId: user.id,
      kind: 'erasure',
      receivedAt: now,
      dueAt: dueAt('erasure', now),
    });
    if (!request) return { ok: false, reason: 'ALREADY' } as const;
    await recordAudit(tx, acting, {
      action: 'security.dataRequest:erasure',
      entityType: 'identity.user',
      entityId: user.id,
    });
    return { ok: true } as const;
  });
}

async function openRequest(deps: AppDeps, requestId: string, kind?: string) {
  const request = await findDataRequest(deps.database.db, requestId);
  if (!request || (kind && request.kind !== kind)) throw new AppError('NOT_FOUND');
  if (request.status !== 'open') throw new AppError('CONFLICT');
  return request;
}

/** Staff carry out an erasure request; the pseudonym the account's kept records now bear. */
export async function eraseAccount(
  deps: AppDeps,
  acting: AuditContext,
  input: { requestId: string },
): Promise<{ pseudonym: string }> {
  const staff = accountHolder(acting);
  const request = await openRequest(deps, input.requestId, 'erasure');
  const user = await getUserById(deps.database.db, request.userId);
  if (!user) throw new AppError('NOT_FOUND');
  const subject = { accountId: user.id, email: user.email, pseudonym: newPseudonym() };
  const copies = (await dataRequestsOf(deps.database.db, user.id)).flatMap((r) =>
    r.fileHash ? [r.fileHash] : [],
  );
  const now = deps.clock();
  await deps.database.db.transaction(async (tx) => {
    for (const { hooks } of personalDataHolders()) await hooks.erase(tx, { ...subject, now });
    const closed = await closeDataRequest(tx, request.id, {
      status: 'done',
      completedAt: now,
      handledBy: staff.user.id,
    });
    if (!closed) throw new AppError('CONFLICT');
    await recordAudit(tx, acting, {
      action: 'security.dataRequest:erased',
      entityType: 'identity.user',
      entityId: user.id,
      after: { pseudonym: subject.pseudonym },
    });
  });
  // Copies of the account's data made for it go with it (after the commit: a failed erasure
  // leaves them).
  for (const hash of copies) await deps.files.deletePrivate(hash);
  return { pseudonym: subject.pseudonym };
}

/** Staff refuse a request, saying why (the law's grounds, e.g. a record it requires be kept). */
export async function refuseDataRequest(
  deps: AppDeps,
  acting: AuditContext,
  input: { requestId: string; reason: string },
): Promise<void> {
  const staff = accountHolder(acting);
  const request = await openRequest(deps, input.requestId);
  await deps.database.db.transaction(async (tx) => {
    const closed = await closeDataRequest(tx, request.id, {
      status: 'refused',
      completedAt: deps.clock(),
      handledBy: staff.user.id,
      note: input.reason,
    });
    if (!closed) throw new AppError('CONFLICT');
    await recordAudit(tx, acting, {
      action: 'security.dataRequest:refused',
      entityType: 'identity.user',
      entityId: request.userId,
      after: { kind: request.kind, reason: input.reason },
    });
  });
}
