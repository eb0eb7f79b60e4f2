// Outcomes: verified / unverified (audited; the badge shows or goes) | unchanged (already so) |
// NOT_FOUND (unknown or merged).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import {
  lockOrganization,
  updateOrganization as updateRow,
  type OrganizationPatch,
  type OrganizationRow,
} from '../db/organizations.repository';
import { isUuid } from '../../../platform/input/uuid';
import { auditable } from './update-organization';

export type StaffChangeResult = { changed: boolean; organization: OrganizationRow };

/**
 * One staff change to one profile, on the locked row (so it never fails as stale), audited with
 * the row before and after. `patch` returns undefined when there is nothing to change.
 */
export async function changeOrganizationAsStaff(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: {
    id: string;
    action: string;
    patch: (row: OrganizationRow, userId: string) => OrganizationPatch | undefined;
  },
): Promise<StaffChangeResult> {
  const { actor } = acting;
  const { id, action, patch } = input;
  if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED');
  if (!isUuid(id)) throw new AppError('NOT_FOUND');
  return deps.database.db.transaction(async (tx) => {
    const before = await lockOrganization(tx, id);
    if (!before || before.mergedInto) throw new AppError('NOT_FOUND');
    const change = patch(before, actor.user.id);
    if (!change) return { changed: false, organization: before };
    const after = await updateRow(tx, id, before.version, change, { by: actor.user.id });
    if (!after) throw new AppError('CONFLICT');
    await recordAudit(tx, acting, {
      action,
      entityType: 'organization',
      entityId: id,
      before: auditable(before),
      after: auditable(after),
    });
    return { changed: true, organization: after };
  });
}

export function setVerified(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { id: string; verified: boolean },
) {
  const { id, verified } = input;
  const now = deps.clock();
  return changeOrganizationAsStaff(deps, acting, {
    id,
    action: verified ? 'directory.organization:verify' : 'directory.organization:unverify',
    patch: (row, userId) => {
      if (row.archivedAt || Boolean(row.verifiedAt) === verified) return undefined;
      return verified
        ? { verifiedAt: now, verifiedBy: userId }
        : { verifiedAt: null, verifiedBy: null };
    },
  });
}
