// Who co-edits an application, by name, and whom its editors may add: members of the applying
// organisation's account organisation who cannot edit it yet.
import type { AuditContext } from '../../../../platform/audit';
import { accountContact, accountMembers, isAccountManagerRole } from '../../../identity';
import type { CoEditorRow } from '../../db/applications.repository';
import type { ApplicationInReach } from '../applications/applicant';
import type { DbDeps } from '../common';

export interface CoEditorPerson {
  userId: string;
  name: string;
  email: string;
}

export interface CoEditorsPanel {
  coEditors: CoEditorPerson[];
  /** Members who are not co-editors, nor its creator, owners or admins (who edit anyway). */
  candidates: CoEditorPerson[];
}

export async function coEditorsPanel(
  deps: DbDeps,
  acting: AuditContext,
  view: Pick<ApplicationInReach, 'application' | 'organization'> & { coEditors: CoEditorRow[] },
): Promise<CoEditorsPanel> {
  const db = deps.database.db;
  const managedBy = view.organization.managedBy;
  const members = managedBy ? await accountMembers(db, managedBy) : [];
  const byId = new Map(members.map((m) => [m.userId, m]));
  const coEditing = new Set(view.coEditors.map((e) => e.userId));
  // One who has left the account organisation stays listed (and removable), read by account.
  const coEditors = await Promise.all(
    view.coEditors.map(async ({ userId }) => {
      const member = byId.get(userId);
      if (member) return member;
      const contact = await accountContact(db, userId);
      return { userId, name: contact?.name ?? userId, email: contact?.email ?? '' };
    }),
  );
  const candidates = members.filter(
    (m) =>
      !coEditing.has(m.userId) &&
      m.userId !== view.application.createdBy &&
      !isAccountManagerRole(m.role),
  );
  const person = ({ userId, name, email }: CoEditorPerson) => ({ userId, name, email });
  return { coEditors: coEditors.map(person), candidates: candidates.map(person) };
}
