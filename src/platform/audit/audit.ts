import type { Db } from '../db/client';
import { hasRole, type Actor } from '../authz';
import { platformAuditLog } from './tables';

export interface AuditContext {
  actor: Actor;
  /** Who acted when it is not a signed-in account, e.g. "cli" for the operator's commands. */
  label?: string;
  ip?: string;
  requestId?: string;
}

export interface AuditEntry {
  /** `<module>.<entity>:<verb>`, e.g. `identity.role:grant` */
  action: string;
  entityType: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row; pass the command's transaction so both commit or neither does. */
export async function recordAudit(db: Db, context: AuditContext, entry: AuditEntry): Promise<void> {
  const { actor } = context;
  await db.insert(platformAuditLog).values({
    actorId: actor.kind === 'user' ? actor.user.id : null,
    actorLabel: context.label ?? (actor.kind === 'user' ? actor.user.email : 'anonymous'),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: context.ip,
    requestId: context.requestId,
  });
}

/** Staff and admins are the actors whose every write is audited. */
export const isAuditedActor = (actor: Actor) => hasRole(actor, 'admin', 'staff');
