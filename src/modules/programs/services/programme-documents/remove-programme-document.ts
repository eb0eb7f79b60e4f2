// removeProgrammeDocument outcomes: removed from the programme (audited with its title, name and
// hash; the bytes stay in the content store, which other records may share) | NOT_FOUND (thrown:
// unknown programme or document, or not the actor's to manage).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { deleteProgrammeDocument } from '../../db/programmes.repository';
import { canManageProgrammes } from '../../permissions';
import { auditedDocument } from './add-programme-document';
import { requireCapability, type DbDeps } from '../common';
import { isUuid } from '../../../../platform/input/uuid';

export async function removeProgrammeDocument(
  deps: DbDeps,
  acting: AuditContext,
  input: { programmeId: string; documentId: string },
): Promise<{ ok: true }> {
  const { programmeId, documentId } = input;
  requireCapability(canManageProgrammes(acting.actor));
  if (!isUuid(documentId)) throw new AppError('NOT_FOUND');
  await deps.database.db.transaction(async (tx) => {
    const removed = await deleteProgrammeDocument(tx, programmeId, documentId);
    if (!removed) throw new AppError('NOT_FOUND');
    await recordAudit(tx, acting, {
      action: 'programs.programme:removeDocument',
      entityType: 'programme',
      entityId: programmeId,
      before: auditedDocument(removed),
    });
  });
  return { ok: true };
}
