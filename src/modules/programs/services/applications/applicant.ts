// Who acts for which applicant. An account acts for the directory organisations its account
// organisations manage; programmes learn both through the identity and directory indexes.
import type { AuditContext } from '../../../../platform/audit';
import { isSignedIn, type Actor } from '../../../../platform/authz';
import type { AppDeps } from '../../../../platform/deps';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import {
  organizationFacts,
  organizationsManagedBy,
  type DirectoryOrganizationFacts,
} from '../../../directory';
import { accountOrganizationsOf, accountRoleOf, isAccountManagerRole } from '../../../identity';
import {
  findApplicationById,
  findCoEditors,
  type ApplicationRow,
} from '../../db/applications.repository';
import { applicationAccessOf, type ApplicationAccess } from '../../permissions';
import { isUuid } from '../../../../platform/input/uuid';

/** A signed-in browser account's id; API keys and visitors do not apply. */
export function applicantIdOf(actor: Actor): string {
  if (!isSignedIn(actor) || actor.apiKey) throw new AppError('NOT_FOUND');
  return actor.user.id;
}

/** The live directory organisations the account may apply for, by name. */
export async function applicantOrganizations(
  db: Db,
  actor: Actor,
): Promise<DirectoryOrganizationFacts[]> {
  if (!isSignedIn(actor) || actor.apiKey) return [];
  const accounts = await accountOrganizationsOf(db, actor.user.id);
  return organizationsManagedBy(
    db,
    accounts.map((a) => a.id),
  );
}

/** The live organisation if the account may act for it; NOT_FOUND otherwise. */
export async function getApplicantOrganization(
  db: Db,
  actor: Actor,
  organizationId: string,
): Promise<DirectoryOrganizationFacts> {
  applicantIdOf(actor);
  const facts = isUuid(organizationId) ? await organizationFacts(db, organizationId) : undefined;
  const role =
    facts?.isLive && facts.managedBy ? await accountRoleOf(db, actor, facts.managedBy) : undefined;
  if (!facts || !role) throw new AppError('NOT_FOUND');
  return facts;
}

export interface ApplicationInReach {
  application: ApplicationRow;
  organization: DirectoryOrganizationFacts;
  access: ApplicationAccess;
}

/** The actor's access to an application, read from the database each time. */
export async function accessToApplication(
  db: Db,
  actor: Actor,
  application: ApplicationRow,
): Promise<{ organization?: DirectoryOrganizationFacts; access?: ApplicationAccess }> {
  const organization = await organizationFacts(db, application.organizationId);
  if (!isSignedIn(actor) || actor.apiKey) return { organization };
  const userId = actor.user.id;
  const role = organization?.managedBy
    ? await accountRoleOf(db, actor, organization.managedBy)
    : undefined;
  const isManager = isAccountManagerRole(role);
  const isCreator = application.createdBy === userId;
  // Co-editing matters only to a member who neither manages the account nor started it.
  const isCoEditor =
    Boolean(role) &&
    !isManager &&
    !isCreator &&
    (await findCoEditors(db, application.id)).some((e) => e.userId === userId);
  const access = applicationAccessOf(actor, {
    isMember: Boolean(role),
    isManager,
    isCreator,
    isCoEditor,
  });
  return { organization, access };
}

/**
 * An application the actor may read (or edit, when `need` is 'edit'); NOT_FOUND otherwise, so
 * another organisation cannot even learn that it exists.
 */
export async function getApplicationInReach(
  db: Db,
  actor: Actor,
  applicationId: string,
  need: 'read' | 'edit',
): Promise<ApplicationInReach> {
  const application = isUuid(applicationId)
    ? await findApplicationById(db, applicationId)
    : undefined;
  if (!application) throw new AppError('NOT_FOUND');
  return applicationInReach(db, actor, application, need);
}

/** As getApplicationInReach, of an application the caller has read. */
export async function applicationInReach(
  db: Db,
  actor: Actor,
  application: ApplicationRow,
  need: 'read' | 'edit',
): Promise<ApplicationInReach> {
  const { organization, access } = await accessToApplication(db, actor, application);
  if (!organization || !access) throw new AppError('NOT_FOUND');
  // The applicant's own accounts see it; only those who may edit it change it.
  if (need === 'edit' && access !== 'edit') throw new AppError('FORBIDDEN');
  return { application, organization, access };
}

/** The application an applicant's command changes: in the actor's reach to edit, else thrown. */
export const applicationToEdit = (
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  applicationId: string,
): Promise<ApplicationInReach> =>
  getApplicationInReach(deps.database.db, acting.actor, applicationId, 'edit');
