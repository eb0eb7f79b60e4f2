// The agencies a signed-in officer acts for: the directory organisations managed by the
// account organisations they belong to (an approved claim links the two). Read through the
// identity and directory modules' interfaces, never their tables.
import type { AuditContext } from '../../../platform/audit';
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { organizationsManagedBy } from '../../directory';
import { accountOrganizationsOf } from '../../identity';
import { findReport } from '../db/reports.repository';
import { canManagePlans, canReportTasks, type AgencyScope } from '../permissions';

export async function agencyScopeOf(db: Db, actor: Actor): Promise<AgencyScope> {
  if (canManagePlans(actor)) return { isStaff: true, agencyIds: [] };
  if (actor.kind !== 'user' || !canReportTasks(actor)) return { isStaff: false, agencyIds: [] };
  const accounts = await accountOrganizationsOf(db, actor.user.id);
  const managed = await organizationsManagedBy(
    db,
    accounts.map((a) => a.id),
  );
  return { isStaff: false, agencyIds: managed.map((o) => o.id) };
}

/** The report if this actor may see it: staff any, an officer their agency's. */
export async function visibleReport(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  id: string,
) {
  const report = isUuid(id) ? await findReport(deps.database.db, id) : undefined;
  const scope = await agencyScopeOf(deps.database.db, acting.actor);
  if (!report || !(scope.isStaff || scope.agencyIds.includes(report.agencyId)))
    throw new AppError('NOT_FOUND');
  return { report, isStaff: scope.isStaff };
}
