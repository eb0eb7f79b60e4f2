// Requests to read a confidential need's details, decided by its owner's managers (who reads
// which detail: services/confidential-access.ts). requestNeedAccess outcomes: requested (once; a second
// request is the first) | NOT_FOUND (thrown: unknown or closed need). decideNeedAccess outcomes:
// decided (audited) | CONFLICT (decided already) | NOT_APPLICABLE (no decision was posted) |
// NOT_FOUND (thrown: not the owner's manager — checked first, so an outsider learns nothing).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { ZText } from '../../../platform/input/text-fields';
import { isUuid } from '../../../platform/input/uuid';
import { decideAccessRequest, findNeedById, insertAccessRequest } from '../db/needs.repository';
import { managesFor, ownerById } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

const ACCESS_DECISIONS = ['approved', 'refused'] as const;

async function needAndOwner(db: Db, id: string) {
  const need = isUuid(id) ? await findNeedById(db, id) : undefined;
  const owner = need && (await ownerById(db, need.ownerOrgId));
  if (!need || !owner) throw new AppError('NOT_FOUND');
  return { need, owner };
}

export async function requestNeedAccess(
  deps: Deps,
  acting: AuditContext,
  input: { needId: string; message: string },
): Promise<void> {
  const db = deps.database.db;
  const { need } = await needAndOwner(db, input.needId);
  if (!isSignedIn(acting.actor) || need.status !== 'open' || !need.isConfidential)
    throw new AppError('NOT_FOUND');
  const message = ZText(1000).catch('').parse(input.message);
  await insertAccessRequest(db, {
    needId: need.id,
    userId: acting.actor.user.id,
    message,
    requestedAt: deps.clock(),
  });
}

export async function decideNeedAccess(
  deps: Deps,
  acting: AuditContext,
  input: { needId: string; requestId: string; decision: string },
): Promise<{ ok: true } | { ok: false; reason: 'CONFLICT' | 'NOT_APPLICABLE' }> {
  const db = deps.database.db;
  const { need, owner } = await needAndOwner(db, input.needId);
  if (!isSignedIn(acting.actor) || !(await managesFor(db, acting.actor, owner)))
    throw new AppError('NOT_FOUND');
  if (!isUuid(input.requestId)) throw new AppError('NOT_FOUND');
  const decision = ACCESS_DECISIONS.find((d) => d === input.decision);
  if (!decision) return { ok: false, reason: 'NOT_APPLICABLE' };
  const by = acting.actor.user.id;
  return db.transaction(async (tx) => {
    const row = await decideAccessRequest(tx, {
      id: input.requestId,
      needId: need.id,
      status: decision,
      by,
      at: deps.clock(),
    });
    if (!row) return { ok: false, reason: 'CONFLICT' } as const;
    await recordAudit(tx, acting, {
      action: `marketplace.need-access:${decision === 'approved' ? 'approve' : 'refuse'}`,
      entityType: 'marketplace_need',
      entityId: need.id,
      after: { userId: row.userId, status: row.status },
    });
    return { ok: true } as const;
  });
}
