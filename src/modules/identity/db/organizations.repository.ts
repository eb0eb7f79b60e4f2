import { and, asc, eq, gt, inArray, like, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../platform/db/client';
import {
  identityInvitations,
  identityMembers,
  identityOrganizations,
  identityUsers,
} from './tables';

const organizationColumns = {
  id: identityOrganizations.id,
  name: identityOrganizations.name,
  slug: identityOrganizations.slug,
  createdAt: identityOrganizations.createdAt,
};

/** "My organisations": served by identity_members_user_idx. */
export async function findOrganizationsOfUser(db: Db, userId: string) {
  return db
    .select({ ...organizationColumns, role: identityMembers.role })
    .from(identityMembers)
    .innerJoin(identityOrganizations, eq(identityOrganizations.id, identityMembers.organizationId))
    .where(eq(identityMembers.userId, userId))
    .orderBy(asc(identityOrganizations.name));
}

/** The organisation together with the user's membership, or undefined when they are not a member. */
export async function findMembership(db: Db, organizationId: string, userId: string) {
  const [row] = await db
    .select({
      organization: organizationColumns,
      memberId: identityMembers.id,
      role: identityMembers.role,
    })
    .from(identityMembers)
    .innerJoin(identityOrganizations, eq(identityOrganizations.id, identityMembers.organizationId))
    .where(
      and(eq(identityMembers.organizationId, organizationId), eq(identityMembers.userId, userId)),
    );
  return row;
}

export async function membersOf(db: Db, organizationId: string) {
  return db
    .select({
      id: identityMembers.id,
      userId: identityMembers.userId,
      role: identityMembers.role,
      createdAt: identityMembers.createdAt,
      name: identityUsers.name,
      email: identityUsers.email,
    })
    .from(identityMembers)
    .innerJoin(identityUsers, eq(identityUsers.id, identityMembers.userId))
    .where(eq(identityMembers.organizationId, organizationId))
    .orderBy(asc(identityMembers.createdAt), asc(identityUsers.email));
}

export async function findMemberInOrganization(db: Db, organizationId: string, memberId: string) {
  const [row] = await db
    .select({
      id: identityMembers.id,
      userId: identityMembers.userId,
      role: identityMembers.role,
      email: identityUsers.email,
    })
    .from(identityMembers)
    .innerJoin(identityUsers, eq(identityUsers.id, identityMembers.userId))
    .where(
      and(eq(identityMembers.organizationId, organizationId), eq(identityMembers.id, memberId)),
    );
  return row;
}

export async function pendingInvitationsOf(db: Db, organizationId: string, now: Date) {
  return db
    .select()
    .from(identityInvitations)
    .where(
      and(
        eq(identityInvitations.organizationId, organizationId),
        eq(identityInvitations.status, 'pending'),
        gt(identityInvitations.expiresAt, now),
      ),
    )
    .orderBy(asc(identityInvitations.createdAt));
}

/** Invitations waiting for an address: served by identity_invitations_email_idx. */
export async function pendingInvitationsFor(db: Db, email: string, now: Date) {
  return db
    .select({
      id: identityInvitations.id,
      role: identityInvitations.role,
      expiresAt: identityInvitations.expiresAt,
      organizationName: identityOrganizations.name,
    })
    .from(identityInvitations)
    .innerJoin(
      identityOrganizations,
      eq(identityOrganizations.id, identityInvitations.organizationId),
    )
    .where(
      and(
        eq(identityInvitations.email, email.toLowerCase()),
        eq(identityInvitations.status, 'pending'),
        gt(identityInvitations.expiresAt, now),
      ),
    )
    .orderBy(asc(identityInvitations.createdAt));
}

export async function findInvitationInOrganization(
  db: Db,
  organizationId: string,
  invitationId: string,
) {
  const [row] = await db
    .select()
    .from(identityInvitations)
    .where(
      and(
        eq(identityInvitations.organizationId, organizationId),
        eq(identityInvitations.id, invitationId),
      ),
    );
  return row;
}

const inviter = alias(identityUsers, 'inviter');

/** One invitation with what its recipient needs to decide: the organisation and who invited them. */
export async function findInvitationDetails(db: Db, invitationId: string) {
  const [row] = await db
    .select({
      id: identityInvitations.id,
      organizationId: identityInvitations.organizationId,
      email: identityInvitations.email,
      role: identityInvitations.role,
      status: identityInvitations.status,
      expiresAt: identityInvitations.expiresAt,
      organizationName: identityOrganizations.name,
      inviterName: inviter.name,
    })
    .from(identityInvitations)
    .innerJoin(
      identityOrganizations,
      eq(identityOrganizations.id, identityInvitations.organizationId),
    )
    .innerJoin(inviter, eq(inviter.id, identityInvitations.inviterId))
    .where(eq(identityInvitations.id, invitationId));
  return row;
}

/** Slugs equal to `base` or `base-<anything>`; `base` holds only [a-z0-9-], so LIKE needs no escaping. */
export async function slugsStartingWith(db: Db, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: identityOrganizations.slug })
    .from(identityOrganizations)
    .where(or(eq(identityOrganizations.slug, base), like(identityOrganizations.slug, `${base}-%`)));
  return new Set(rows.map((r) => r.slug));
}

/** Account organisations' ids by slug, for the given slugs that exist. */
export async function organizationIdsBySlug(
  db: Db,
  slugs: readonly string[],
): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db
    .select({ id: identityOrganizations.id, slug: identityOrganizations.slug })
    .from(identityOrganizations)
    .where(inArray(identityOrganizations.slug, [...slugs]));
  return new Map(rows.map((r) => [r.slug, r.id]));
}
