// The agencies a signed-in officer acts for: the directory organisations managed by the
// account organisations they belong to (an approved claim links the two). Read through the
// identity and directory modules' interfaces, never their tables.
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { organizationsManagedBy } from '../../directory';
import { accountOrganizationsOf } from '../../identity';
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
