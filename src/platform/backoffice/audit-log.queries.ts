import { recordAudit, type AuditContext } from '../audit';
import type { AppDeps } from '../deps';
import type { Paged } from '../input/paging';
import {
  findAuditEntries,
  listAuditEntries,
  type AuditFilter,
  type AuditRow,
} from './audit-log.repository';
import { requireCapability } from './overview.queries';

/** One page of the audit log, newest first, for administrators. */
export async function findAuditLog(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: AuditFilter & { page: number },
): Promise<Paged<AuditRow>> {
  requireCapability(acting, 'audit.log:read');
  return findAuditEntries(deps.database.db, input, input.page);
}

/** An export holds at most this many entries, newest first; narrower filters reach older ones. */
export const AUDIT_EXPORT_MAX = 50_000;

/** The entries the filter selects, for a file; the export itself is on the log. */
export async function exportAuditLog(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  filter: AuditFilter,
): Promise<AuditRow[]> {
  requireCapability(acting, 'audit.log:read');
  const { db } = deps.database;
  const rows = await listAuditEntries(db, filter, AUDIT_EXPORT_MAX);
  await recordAudit(db, acting, {
    action: 'audit.log:export',
    entityType: 'audit',
    after: { filter, rows: rows.length },
  });
  return rows;
}
