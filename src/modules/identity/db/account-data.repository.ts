// What identity holds about an account, for "download my data", and its erasure: the account row
// stays (applications, decisions and the log refer to it) under a pseudonym; what lets anyone
// sign in as it, and what it does not need, goes.
import { and, eq, ne, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  identityAccountLocks,
  identityAccounts,
  identityApiKeys,
  identityDataRequests,
  identityInvitations,
  identityMembers,
  identityOrganizations,
  identityPasswordHistory,
  identitySessions,
  identityTwoFactors,
  identityUserRoles,
  identityUsers,
} from './tables';
import { consentsOf } from './users.repository';

export async function accountRecords(db: Db, userId: string) {
  return {
    account: await db
      .select({
        id: identityUsers.id,
        name: identityUsers.name,
        email: identityUsers.email,
        emailVerified: identityUsers.emailVerified,
        locale: identityUsers.locale,
        twoFactorEnabled: identityUsers.twoFactorEnabled,
        createdAt: identityUsers.createdAt,
      })
      .from(identityUsers)
      .where(eq(identityUsers.id, userId)),
    roles: await db
      .select({ role: identityUserRoles.role, grantedAt: identityUserRoles.grantedAt })
      .from(identityUserRoles)
      .where(eq(identityUserRoles.userId, userId)),
    consents: (await consentsOf(db, userId)).map((c) => ({
      purpose: c.purpose,
      scope: c.scope.join(' '),
      noticeVersion: c.noticeVersion,
      channel: c.channel,
      givenAt: c.givenAt,
      withdrawnAt: c.withdrawnAt,
    })),
    sessions: await db
      .select({
        createdAt: identitySessions.createdAt,
        lastUsedAt: identitySessions.updatedAt,
        expiresAt: identitySessions.expiresAt,
        ipAddress: identitySessions.ipAddress,
        userAgent: identitySessions.userAgent,
      })
      .from(identitySessions)
      .where(eq(identitySessions.userId, userId)),
    organizations: await db
      .select({
        organization: identityOrganizations.name,
        role: identityMembers.role,
        since: identityMembers.createdAt,
      })
      .from(identityMembers)
      .innerJoin(
        identityOrganizations,
        eq(identityOrganizations.id, identityMembers.organizationId),
      )
      .where(eq(identityMembers.userId, userId)),
    apiKeys: await db
      .select({
        name: identityApiKeys.name,
        prefix: identityApiKeys.prefix,
        scopes: identityApiKeys.scopes,
        createdAt: identityApiKeys.createdAt,
        lastUsedAt: identityApiKeys.lastUsedAt,
        revokedAt: identityApiKeys.revokedAt,
      })
      .from(identityApiKeys)
      .where(eq(identityApiKeys.userId, userId)),
    requests: await db
      .select({
        kind: identityDataRequests.kind,
        status: identityDataRequests.status,
        receivedAt: identityDataRequests.receivedAt,
        dueAt: identityDataRequests.dueAt,
        completedAt: identityDataRequests.completedAt,
      })
      .from(identityDataRequests)
      .where(eq(identityDataRequests.userId, userId)),
  };
}

/** The account under a pseudonym, with no way to sign in and nothing it does not need. */
export async function eraseAccountRecords(
  db: Db,
  input: { userId: string; email: string; pseudonym: string; now: Date },
): Promise<void> {
  const { userId } = input;
  await db
    .update(identityUsers)
    .set({
      name: input.pseudonym,
      // Unique and undeliverable (.invalid is reserved, RFC 2606): the address is gone.
      email: `erased-${userId}@erased.invalid`,
      emailVerified: false,
      image: null,
      twoFactorEnabled: false,
      updatedAt: input.now,
    })
    .where(eq(identityUsers.id, userId));
  for (const table of [
    identitySessions,
    identityAccounts,
    identityTwoFactors,
    identityApiKeys,
    identityMembers,
    identityUserRoles,
    identityAccountLocks,
    identityPasswordHistory,
  ]) {
    await db.delete(table).where(eq(table.userId, userId));
  }
  await db
    .delete(identityInvitations)
    .where(
      or(eq(identityInvitations.email, input.email), eq(identityInvitations.inviterId, userId)),
    );
  // Download links die with the account; what was still open ends with it (its caller closes
  // the erasure itself).
  const requests = identityDataRequests;
  await db
    .update(requests)
    .set({ fileHash: null, downloadTokenHash: null, downloadExpiresAt: null })
    .where(eq(requests.userId, userId));
  await db
    .update(requests)
    .set({ status: 'done', completedAt: input.now, handledBy: 'system' })
    .where(
      and(eq(requests.userId, userId), eq(requests.status, 'open'), ne(requests.kind, 'erasure')),
    );
}
