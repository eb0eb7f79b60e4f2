import type { RequestContext } from '../../../platform/http/context';
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

export async function listMyOrganizations(ctx: RequestContext) {
  const actor = accountHolder(ctx);
  const { db } = ctx.deps.database;
  const [organizations, invitations] = await Promise.all([
    findOrganizationsOfUser(db, actor.user.id),
    pendingInvitationsFor(db, actor.user.email, ctx.deps.clock()),
  ]);
  return { organizations, invitations };
}

/** The caller's membership of an organisation; anyone else is told it does not exist. */
export async function getMembership(ctx: RequestContext, organizationId: string) {
  const actor = accountHolder(ctx);
  const membership = await findMembership(ctx.deps.database.db, organizationId, actor.user.id);
  if (!membership) throw new AppError('NOT_FOUND');
  return membership;
}

export async function getOrganizationForMember(ctx: RequestContext, organizationId: string) {
  const membership = await getMembership(ctx, organizationId);
  const { db } = ctx.deps.database;
  const isManager = canManage(membership.role);
  const [members, invitations] = await Promise.all([
    membersOf(db, organizationId),
    // Invited addresses are personal data: only managers see them.
    isManager ? pendingInvitationsOf(db, organizationId, ctx.deps.clock()) : Promise.resolve([]),
  ]);
  return { ...membership, isManager, members, invitations };
}

/** An invitation, shown only to the address it was sent to. */
export async function getInvitationForRecipient(ctx: RequestContext, invitationId: string) {
  const actor = accountHolder(ctx);
  const invitation = await findInvitationDetails(ctx.deps.database.db, invitationId);
  if (!invitation || invitation.email.toLowerCase() !== actor.user.email.toLowerCase()) {
    throw new AppError('NOT_FOUND');
  }
  const isOpen =
    invitation.status === 'pending' && invitation.expiresAt.getTime() > ctx.deps.clock().getTime();
  return { ...invitation, isOpen };
}
