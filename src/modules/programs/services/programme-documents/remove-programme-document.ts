// removeProgrammeDocument outcomes: removed from the programme (audited with its title, name and
// hash; the bytes stay in the content store, which other records may share) | NOT_FOUND (thrown:
// unknown programme or document, or not the actor's to manage).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import { deleteProgrammeDocument } from '../../db/programmes.repository';
import { canManageProgrammes } from '../../permissions';
import { auditedDocument } from './add-programme-document';
import { requireCapability } from '../common';
import { isUuid } from '../reviews/shared-review';

export async function removeProgrammeDocument(
  db: Db,
  audit: AuditContext,
  programmeId: string,
  documentId: string,
): Promise<{ ok: true }> {
  requireCapability(canManageProgrammes(audit.actor));
  if (!isUuid(documentId)) throw new AppError('NOT_FOUND');
  await db.transaction(async (tx) => {
    const removed = await deleteProgrammeDocument(tx, programmeId, documentId);
    if (!removed) throw new AppError('NOT_FOUND');
    await recordAudit(tx, audit, {
      action: 'programs.programme:removeDocument',
      entityType: 'programme',
      entityId: programmeId,
      before: auditedDocument(removed),
    });
  });
  return { ok: true };
}
