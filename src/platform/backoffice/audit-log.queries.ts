import type { AuditContext } from '../audit';
import type { AppDeps } from '../deps';
import type { Paged } from '../input/paging';
import { findAuditEntries, type AuditFilter, type AuditRow } from './audit-log.repository';
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
