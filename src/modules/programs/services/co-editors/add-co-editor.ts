// addCoEditor outcomes: added (audited, and a letter with the link to the form queued for the new
// co-editor in the same transaction; adding one already there changes nothing and sends nothing) | NOT_A_MEMBER (the account
// is not in the applying organisation's account organisation) | NOT_FOUND / FORBIDDEN (thrown).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { AppDeps } from '../../../../platform/deps';
import type { Db } from '../../../../platform/db/client';
import { accountContact, accountMembership } from '../../../identity';
import { insertCoEditor } from '../../db/applications.repository';
import { findCallById } from '../../db/calls.repository';
import { findProgrammeById } from '../../db/programmes.repository';
import { applicationToEdit, type ApplicationInReach } from '../applications/applicant';
import { coEditorLetter } from '../applications/application-mail';
import { actorIdOf, type Refusal } from '../common';

export type AddCoEditorResult = { ok: true; isNew: boolean } | Refusal<'NOT_A_MEMBER'>;

export type CoEditorDeps = Pick<AppDeps, 'database' | 'mail' | 'jobs' | 'config'>;

export async function addCoEditor(
  deps: CoEditorDeps,
  acting: AuditContext,
  input: { applicationId: string; userId: string },
): Promise<AddCoEditorResult> {
  const { db } = deps.database;
  const inReach = await applicationToEdit(deps, acting, input.applicationId);
  const { application, organization } = inReach;
  const membership = organization.managedBy
    ? await accountMembership(db, organization.managedBy, input.userId)
    : undefined;
  if (!membership) return { ok: false, reason: 'NOT_A_MEMBER' };
  const isNew = await db.transaction(async (tx) => {
    const added = await insertCoEditor(tx, {
      applicationId: application.id,
      userId: input.userId,
      addedBy: actorIdOf(acting),
    });
    if (added) {
      await recordAudit(tx, acting, {
        action: 'programs.application:add-co-editor',
        entityType: 'application',
        entityId: application.id,
        after: { userId: input.userId },
      });
      await tellCoEditor(tx, deps, acting, inReach, input.userId);
    }
    return added;
  });
  if (isNew) deps.jobs.wake();
  return { ok: true, isNew };
}

/** In the addition's transaction: the letter exists exactly when the co-editor does. */
async function tellCoEditor(
  tx: Db,
  deps: CoEditorDeps,
  acting: AuditContext,
  { application, organization }: ApplicationInReach,
  userId: string,
) {
  const contact = await accountContact(tx, userId);
  const call = await findCallById(tx, application.callId);
  const programme = call && (await findProgrammeById(tx, call.programmeId));
  if (!contact || !call || !programme) return;
  const inLocale = (vi: string, en: string) => (contact.locale === 'en' && en ? en : vi);
  await deps.mail.queue(
    tx,
    coEditorLetter({
      to: contact.email,
      name: contact.name,
      locale: contact.locale,
      by: acting.actor.kind === 'user' ? acting.actor.user.name : 'InnoHub',
      callTitle: inLocale(call.titleVi, call.titleEn),
      programmeTitle: inLocale(programme.titleVi, programme.titleEn),
      organizationName: organization.name,
      url: `${deps.config.publicUrl}/programs/applications/${application.id}/edit`,
    }),
  );
}
