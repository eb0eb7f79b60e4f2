// Commands of an organisation's owners and admins. Each: NOT_FOUND for non-members, FORBIDDEN for
// plain members, then a named refusal (LAST_OWNER, NOT_ALLOWED, field errors) or success.
import { z } from 'zod';
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, type FieldErrors } from '../../../platform/errors';
import {
  findInvitationInOrganization,
  findMemberInOrganization,
} from '../db/organizations.repository';
import { accountHolder, auditStaffWrite } from './account-context';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { authHeaders, type SessionActing } from './caller-session';
import {
  assignableRoles,
  canManage,
  getMembership,
  ORGANIZATION_ROLES,
  type OrganizationRole,
} from './organization-queries';

export const ZInviteForm = z.object({
  email: z.string().trim().min(1).max(254).pipe(z.email()),
  role: z.enum(ORGANIZATION_ROLES),
});
export type TInviteForm = z.infer<typeof ZInviteForm>;

export const ZRoleForm = z.object({ role: z.enum(ORGANIZATION_ROLES) });

export type MembershipRefusal = 'LAST_OWNER' | 'NOT_ALLOWED';
type Outcome = { ok: true } | { ok: false; reason: MembershipRefusal };

/** NOT_FOUND for outsiders, FORBIDDEN for plain members. */
export async function requireManager(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { organizationId: string },
) {
  const membership = await getMembership(deps, acting, input);
  if (!canManage(membership.role)) throw new AppError('FORBIDDEN');
  return membership;
}

const INVITE_REFUSALS: Record<string, FieldErrors> = {
  USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION: {
    email: { key: 'identity.org.invite.alreadyMember' },
  },
  USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION: {
    email: { key: 'identity.org.invite.alreadyInvited' },
  },
  YOU_ARE_NOT_ALLOWED_TO_INVITE_USER_WITH_THIS_ROLE: {
    role: { key: 'identity.org.invite.roleNotAllowed' },
  },
  INVITATION_LIMIT_REACHED: { _: { key: 'identity.org.invite.limit' } },
};

/** Sends the invitation mail (services/auth.ts) with a link to /invitations/:id. */
export async function inviteMember(
  deps: AppDeps,
  acting: SessionActing,
  input: TInviteForm & { organizationId: string },
): Promise<{ ok: true } | { ok: false; fields: FieldErrors }> {
  const actor = accountHolder(acting);
  const { organizationId } = input;
  const membership = await requireManager(deps, acting, input);
  if (!assignableRoles(membership.role).includes(input.role)) {
    return { ok: false, fields: { role: { key: 'identity.org.invite.roleNotAllowed' } } };
  }
  // Each invitation sends a mail: bound what one account can make the platform send.
  const hit = await deps.rateLimiter.hit(`org-invite:${actor.user.id}`, 30, 60 * 60);
  if (!hit.ok) throw new AppError('RATE_LIMITED', { retryAfterSeconds: hit.retryAfterSeconds });
  const email = input.email.toLowerCase();
  const result = await attempt(() =>
    authFor(deps).api.createInvitation({
      body: { email, role: input.role, organizationId },
      headers: authHeaders(acting.session, acting.ip),
    }),
  );
  if (!result.ok) {
    return {
      ok: false,
      fields: INVITE_REFUSALS[result.code] ?? { email: { key: 'validation.invalid' } },
    };
  }
  const { id } = result.value as { id: string };
  await auditStaffWrite(deps.database.db, acting, {
    action: 'identity.invitation:create',
    entityType: 'identity.invitation',
    entityId: id,
    after: { organizationId, email, role: input.role },
  });
  return { ok: true };
}

const refusalOf = (code: string): MembershipRefusal =>
  code === 'YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER' ||
  code === 'YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER'
    ? 'LAST_OWNER'
    : 'NOT_ALLOWED';

export async function changeMemberRole(
  deps: AppDeps,
  acting: SessionActing,
  input: { organizationId: string; memberId: string; role: OrganizationRole },
): Promise<Outcome> {
  const { organizationId, memberId, role } = input;
  const membership = await requireManager(deps, acting, input);
  const target = await findMemberInOrganization(deps.database.db, organizationId, memberId);
  if (!target) throw new AppError('NOT_FOUND');
  if (target.role === role) return { ok: true };
  const touchesOwner = target.role === 'owner' || role === 'owner';
  if (touchesOwner && membership.role !== 'owner') return { ok: false, reason: 'NOT_ALLOWED' };
  const result = await attempt(() =>
    authFor(deps).api.updateMemberRole({
      body: { memberId, role, organizationId },
      headers: authHeaders(acting.session, acting.ip),
    }),
  );
  if (!result.ok) return { ok: false, reason: refusalOf(result.code) };
  await auditStaffWrite(deps.database.db, acting, {
    action: 'identity.member:updateRole',
    entityType: 'identity.member',
    entityId: memberId,
    before: { organizationId, userId: target.userId, role: target.role },
    after: { organizationId, userId: target.userId, role },
  });
  return { ok: true };
}

export async function removeMember(
  deps: AppDeps,
  acting: SessionActing,
  input: { organizationId: string; memberId: string },
): Promise<Outcome> {
  const { organizationId, memberId } = input;
  const membership = await requireManager(deps, acting, input);
  const target = await findMemberInOrganization(deps.database.db, organizationId, memberId);
  if (!target) throw new AppError('NOT_FOUND');
  if (target.role === 'owner' && membership.role !== 'owner') {
    return { ok: false, reason: 'NOT_ALLOWED' };
  }
  const result = await attempt(() =>
    authFor(deps).api.removeMember({
      body: { memberIdOrEmail: memberId, organizationId },
      headers: authHeaders(acting.session, acting.ip),
    }),
  );
  if (!result.ok) return { ok: false, reason: refusalOf(result.code) };
  await auditStaffWrite(deps.database.db, acting, {
    action: 'identity.member:remove',
    entityType: 'identity.member',
    entityId: memberId,
    before: { organizationId, userId: target.userId, role: target.role },
    after: null,
  });
  return { ok: true };
}

export async function cancelInvitation(
  deps: AppDeps,
  acting: SessionActing,
  input: { organizationId: string; invitationId: string },
): Promise<Outcome> {
  const { organizationId, invitationId } = input;
  await requireManager(deps, acting, input);
  const { db } = deps.database;
  const invitation = await findInvitationInOrganization(db, organizationId, invitationId);
  if (!invitation) throw new AppError('NOT_FOUND');
  if (invitation.status !== 'pending') return { ok: true };
  const result = await attempt(() =>
    authFor(deps).api.cancelInvitation({
      body: { invitationId },
      headers: authHeaders(acting.session, acting.ip),
    }),
  );
  if (!result.ok) return { ok: false, reason: 'NOT_ALLOWED' };
  await auditStaffWrite(db, acting, {
    action: 'identity.invitation:cancel',
    entityType: 'identity.invitation',
    entityId: invitationId,
    before: { organizationId, email: invitation.email, status: invitation.status },
    after: { organizationId, email: invitation.email, status: 'canceled' },
  });
  return { ok: true };
}
