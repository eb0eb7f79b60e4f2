import { sql, type SQL } from 'drizzle-orm';
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

function auditRow(context: AuditContext, entry: AuditEntry) {
  const { actor } = context;
  return {
    actorId: actor.kind === 'user' ? actor.user.id : null,
    actorLabel: context.label ?? (actor.kind === 'user' ? actor.user.email : 'anonymous'),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: context.ip ?? null,
    requestId: context.requestId ?? null,
  };
}

const auditInsert = (db: Db, context: AuditContext, entry: AuditEntry) =>
  db.insert(platformAuditLog).values(auditRow(context, entry));

/** Writes one audit row; pass the command's transaction so both commit or neither does. */
export async function recordAudit(db: Db, context: AuditContext, entry: AuditEntry): Promise<void> {
  await auditInsert(db, context, entry);
}

/**
 * The statement that writes one audit row, for a data-modifying CTE of the command's one
 * statement: the entry exists exactly when that statement's change committed.
 */
export const recordAuditStatement = (db: Db, context: AuditContext, entry: AuditEntry): SQL =>
  auditInsert(db, context, entry).getSQL();

/**
 * Writes the entry unless the request (`context.requestId`) wrote one already: one statement,
 * for the safety net under every staff write.
 */
export async function recordAuditOnce(
  db: Db,
  context: AuditContext & { requestId: string },
  entry: AuditEntry,
): Promise<void> {
  const row = auditRow(context, entry);
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  await db.execute(sql`
    insert into platform_audit_log
      (actor_id, actor_label, action, entity_type, entity_id, before, after, ip, request_id)
    select ${row.actorId}, ${row.actorLabel}, ${row.action}, ${row.entityType}, ${row.entityId},
           ${json(row.before)}::jsonb, ${json(row.after)}::jsonb, ${row.ip}, ${row.requestId}
     where not exists (select 1 from platform_audit_log where request_id = ${row.requestId})`);
}

/** Staff and admins are the actors whose every write is audited. */
export const isAuditedActor = (actor: Actor) => hasRole(actor, 'admin', 'staff');
