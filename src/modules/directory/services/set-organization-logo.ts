// Outcomes: updated | NOT_FOUND (unknown, archived or merged) | CONFLICT (another version was
// saved first: nothing changed) | INVALID (thrown, with the logoFile field's message: not an
// image the logo's rules accept; nothing stored).
import { isAuditedActor, recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { checkImageUpload, storedImageChange } from '../../../platform/files/image-upload';
import {
  findOrganizationById,
  updateOrganization as updateRow,
} from '../db/organizations.repository';
import { LOGO_RULES } from './organization-logo';
import { auditable, type UpdateOrganizationResult } from './update-organization';

/**
 * Sets (`image`: checked by its content, then stored by content hash before the row names it) or
 * removes (`image` null) the logo of the version the caller read.
 */
export async function setOrganizationLogo(
  deps: Pick<AppDeps, 'database' | 'files' | 'clock'>,
  acting: AuditContext,
  input: { id: string; expectedVersion: number; image: File | null },
): Promise<Exclude<UpdateOrganizationResult, { reason: 'INVALID' }>> {
  const { id, expectedVersion, image } = input;
  const { db } = deps.database;
  const before = await findOrganizationById(db, id);
  if (!before || before.archivedAt || before.mergedInto) return { ok: false, reason: 'NOT_FOUND' };
  let logoFile: string | null = null;
  if (image) {
    const checked = await checkImageUpload(
      deps.files,
      { upload: image, remove: false },
      LOGO_RULES,
    );
    if (!checked.ok) throw new AppError('INVALID', { fields: { logoFile: checked.error } });
    logoFile = (await storedImageChange(deps.files, checked)) ?? null;
  }
  const by = acting.actor.kind === 'user' ? acting.actor.user.id : acting.label;
  const now = deps.clock();
  const updated = await db.transaction(async (tx) => {
    const after = await updateRow(tx, id, expectedVersion, { logoFile }, { by, now });
    if (after && (isAuditedActor(acting.actor) || acting.label)) {
      await recordAudit(tx, acting, {
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
