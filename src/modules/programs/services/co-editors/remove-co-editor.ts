// removeCoEditor outcomes: removed (audited) | NOT_A_CO_EDITOR | NOT_FOUND / FORBIDDEN (thrown).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { deleteCoEditor } from '../../db/applications.repository';
import { applicationToEdit } from '../applications/applicant';
import type { Refusal } from '../common';
import type { DbDeps } from '../common';

export type RemoveCoEditorResult = { ok: true } | Refusal<'NOT_A_CO_EDITOR'>;

export async function removeCoEditor(
  deps: DbDeps,
  acting: AuditContext,
  input: { applicationId: string; userId: string },
): Promise<RemoveCoEditorResult> {
  const { application } = await applicationToEdit(deps, acting, input.applicationId);
  return deps.database.db.transaction(async (tx) => {
    if (!(await deleteCoEditor(tx, application.id, input.userId)))
      return { ok: false as const, reason: 'NOT_A_CO_EDITOR' as const };
    await recordAudit(tx, acting, {
      action: 'programs.application:remove-co-editor',
      entityType: 'application',
      entityId: application.id,
      before: { userId: input.userId },
    });
    return { ok: true as const };
  });
}
