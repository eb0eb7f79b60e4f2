import { type Actor } from '../../../platform/authz';
import { isAuditedActor, recordAudit, type AuditEntry } from '../../../platform/audit/audit';
import type { Db } from '../../../platform/db/client';
import type { RequestContext } from '../../../platform/http/context';
import { AppError } from '../../../platform/errors';

export type SignedInActor = Extract<Actor, { kind: 'user' }>;

/** The account pages' caller; the route's policy has already refused anyone else. */
export function accountHolder(ctx: RequestContext): SignedInActor {
  if (ctx.actor.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  return ctx.actor;
}

/** Staff and admins are audited in detail even on their own account and organisations. */
export async function auditStaffWrite(
  ctx: RequestContext,
  entry: AuditEntry,
  db: Db = ctx.deps.database.db,
): Promise<void> {
  if (isAuditedActor(ctx.actor)) await recordAudit(db, ctx, entry);
}
