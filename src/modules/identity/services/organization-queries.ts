import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import {
  findInvitationDetails,
  findMembership,
  findOrganizationsOfUser,
  membersOf,
  pendingInvitationsFor,
  pendingInvitationsOf,
} from '../db/organizations.repository';
import { accountHolder } from './account-context';

export const ORGANIZATION_ROLES = ['owner', 'admin', 'member'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const isOrganizationRole = (role: string): role is OrganizationRole =>
  (ORGANIZATION_ROLES as readonly string[]).includes(role);

/** Owners and admins manage members and invitations. */
export const canManage = (role: string) => role === 'owner' || role === 'admin';

/** Roles a manager may hand out: only an owner makes another owner. */
export const assignableRoles = (myRole: string): OrganizationRole[] =>
  myRole === 'owner' ? ['owner', 'admin', 'member'] : canManage(myRole) ? ['admin', 'member'] : [];

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export async function listMyOrganizations(deps: Deps, acting: AuditContext) {
  const actor = accountHolder(acting);
  const { db } = deps.database;
  const [organizations, invitations] = await Promise.all([
    findOrganizationsOfUser(db, actor.user.id),
    pendingInvitationsFor(db, actor.user.email, deps.clock()),
  ]);
  return { organizations, invitations };
}

/** The caller's membership of an organisation; anyone else is told it does not exist. */
export async function getMembership(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { organizationId: string },
) {
  const actor = accountHolder(acting);
  const membership = await findMembership(deps.database.db, input.organizationId, actor.user.id);
  if (!membership) throw new AppError('NOT_FOUND');
  return membership;
}

export async function getOrganizationForMember(
  deps: Deps,
  acting: AuditContext,
  input: { organizationId: string },
) {
  const membership = await getMembership(deps, acting, input);
  const { db } = deps.database;
  const isManager = canManage(membership.role);
  const [members, invitations] = await Promise.all([
    membersOf(db, input.organizationId),
    // Invited addresses are personal data: only managers see them.
    isManager ? pendingInvitationsOf(db, input.organizationId, deps.clock()) : Promise.resolve([]),
  ]);
  return { ...membership, isManager, members, invitations };
}

/** An invitation, shown only to the address it was sent to. */
export async function getInvitationForRecipient(
  deps: Deps,
  acting: AuditContext,
  input: { invitationId: string },
) {
  const actor = accountHolder(acting);
  const invitation = await findInvitationDetails(deps.database.db, input.invitationId);
  if (!invitation || invitation.email.toLowerCase() !== actor.user.email.toLowerCase()) {
    throw new AppError('NOT_FOUND');
  }
  const isOpen =
    invitation.status === 'pending' && invitation.expiresAt.getTime() > deps.clock().getTime();
  return { ...invitation, isOpen };
}
