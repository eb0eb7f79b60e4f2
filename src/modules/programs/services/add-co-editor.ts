// addCoEditor outcomes: added (audited; adding one already there changes nothing) |
// NOT_A_MEMBER (the account is not in the applying organisation's account organisation) |
// NOT_FOUND / FORBIDDEN (thrown).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import { accountMembership } from '../../identity';
import { insertCoEditor } from '../db/applications.repository';
import { getApplicationInReach } from './applicant';
import { actorIdOf, type Refusal } from './common';

export type AddCoEditorResult = { ok: true; isNew: boolean } | Refusal<'NOT_A_MEMBER'>;

export async function addCoEditor(
  db: Db,
  audit: AuditContext,
  input: { applicationId: string; userId: string },
): Promise<AddCoEditorResult> {
  const { application, organization } = await getApplicationInReach(
    db,
    audit.actor,
    input.applicationId,
    'edit',
  );
  const membership = organization.managedBy
    ? await accountMembership(db, organization.managedBy, input.userId)
    : undefined;
  if (!membership) return { ok: false, reason: 'NOT_A_MEMBER' };
  return db.transaction(async (tx) => {
    const isNew = await insertCoEditor(tx, {
      applicationId: application.id,
      userId: input.userId,
      addedBy: actorIdOf(audit),
    });
    if (isNew) {
      await recordAudit(tx, audit, {
        action: 'programs.application:add-co-editor',
        entityType: 'application',
        entityId: application.id,
        after: { userId: input.userId },
      });
    }
    return { ok: true as const, isNew };
  });
}
