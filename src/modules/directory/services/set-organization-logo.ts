// Outcomes: updated | NOT_FOUND (unknown, archived or merged) | CONFLICT (another version was
// saved first: nothing changed). The logo itself is checked and stored by the caller first.
import { isAuditedActor, recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import {
  findOrganizationById,
  updateOrganization as updateRow,
} from '../db/organizations.repository';
import { auditable, type UpdateOrganizationResult } from './update-organization';

/** Sets (a stored file's key) or removes (null) the logo of the version the caller read. */
export async function setOrganizationLogo(
  db: Db,
  audit: AuditContext,
  id: string,
  expectedVersion: number,
  logoFile: string | null,
): Promise<Exclude<UpdateOrganizationResult, { reason: 'INVALID' }>> {
  const before = await findOrganizationById(db, id);
  if (!before || before.archivedAt || before.mergedInto) return { ok: false, reason: 'NOT_FOUND' };
  const by = audit.actor.kind === 'user' ? audit.actor.user.id : audit.label;
  const updated = await db.transaction(async (tx) => {
    const after = await updateRow(tx, id, expectedVersion, { logoFile }, { by });
    if (after && (isAuditedActor(audit.actor) || audit.label)) {
      await recordAudit(tx, audit, {
        action: 'directory.organization:update',
        entityType: 'organization',
        entityId: id,
        before: auditable(before),
        after: auditable(after),
      });
    }
    return after;
  });
  if (updated) return { ok: true, organization: updated };
  const current = await findOrganizationById(db, id);
  return current ? { ok: false, reason: 'CONFLICT', current } : { ok: false, reason: 'NOT_FOUND' };
}
