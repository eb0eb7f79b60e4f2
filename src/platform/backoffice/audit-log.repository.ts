import { and, desc, eq, gte, ilike, like, lt, sql, type SQL } from 'drizzle-orm';
import { platformAuditLog } from '../audit/tables';
import type { Db } from '../db/client';
import { offsetOf, PAGE_SIZE, type Paged } from '../input/paging';

export interface AuditFilter {
  /** Part of the actor's label (their e-mail at the time). */
  actor?: string;
  /** Start of the action, e.g. `identity.` or `identity.role:grant`. */
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  toExclusive?: Date;
}

/** LIKE treats % and _ as wildcards; a filter typed by a person means them literally. */
const literal = (s: string) => s.replace(/[\\%_]/g, '\\$&');

export type AuditRow = typeof platformAuditLog.$inferSelect;

function whereOf(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.actor)
    conditions.push(ilike(platformAuditLog.actorLabel, `%${literal(filter.actor)}%`));
  if (filter.action) conditions.push(like(platformAuditLog.action, `${literal(filter.action)}%`));
  if (filter.entityType) conditions.push(eq(platformAuditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(platformAuditLog.entityId, filter.entityId));
  if (filter.from) conditions.push(gte(platformAuditLog.at, filter.from));
  if (filter.toExclusive) conditions.push(lt(platformAuditLog.at, filter.toExclusive));
  return conditions.length ? and(...conditions) : undefined;
}

/** Newest first (served by platform_audit_log_at_idx; entity filters by the entity index). */
export async function findAuditEntries(
  db: Db,
  filter: AuditFilter,
  page: number,
): Promise<Paged<AuditRow>> {
  const where = whereOf(filter);
  const rows = await db
    .select()
    .from(platformAuditLog)
    .where(where)
    .orderBy(desc(platformAuditLog.at), desc(platformAuditLog.id))
    .limit(PAGE_SIZE)
    .offset(offsetOf(page));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(platformAuditLog)
    .where(where);
  return { rows, total: count?.n ?? 0, page };
}

/** The newest `max` entries the filter selects, newest first: what an export holds. */
export function listAuditEntries(db: Db, filter: AuditFilter, max: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(platformAuditLog)
    .where(whereOf(filter))
    .orderBy(desc(platformAuditLog.at), desc(platformAuditLog.id))
    .limit(max);
}
