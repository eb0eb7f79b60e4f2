// removeCoEditor outcomes: removed (audited) | NOT_A_CO_EDITOR | NOT_FOUND / FORBIDDEN (thrown).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { deleteCoEditor } from '../../db/applications.repository';
import { getApplicationInReach } from '../applications/applicant';
import type { Refusal } from '../common';

export type RemoveCoEditorResult = { ok: true } | Refusal<'NOT_A_CO_EDITOR'>;

export async function removeCoEditor(
  db: Db,
  audit: AuditContext,
  input: { applicationId: string; userId: string },
): Promise<RemoveCoEditorResult> {
  const { application } = await getApplicationInReach(db, audit.actor, input.applicationId, 'edit');
  return db.transaction(async (tx) => {
    if (!(await deleteCoEditor(tx, application.id, input.userId)))
      return { ok: false as const, reason: 'NOT_A_CO_EDITOR' as const };
    await recordAudit(tx, audit, {
      action: 'programs.application:remove-co-editor',
      entityType: 'application',
      entityId: application.id,
      before: { userId: input.userId },
    });
    return { ok: true as const };
  });
}
