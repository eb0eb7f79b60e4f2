import {
  isAuditedActor,
  recordAudit,
  type AuditContext,
  type AuditEntry,
} from '../../../platform/audit';
import { type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors';

export type SignedInActor = Extract<Actor, { kind: 'user' }>;

/** The account pages' caller; the route's policy has already refused anyone else. */
export function accountHolder(acting: AuditContext): SignedInActor {
  if (acting.actor.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  return acting.actor;
}

/** Staff and admins are audited in detail even on their own account and organisations. */
export async function auditStaffWrite(
  db: Db,
  acting: AuditContext,
  entry: AuditEntry,
): Promise<void> {
  if (isAuditedActor(acting.actor)) await recordAudit(db, acting, entry);
}
