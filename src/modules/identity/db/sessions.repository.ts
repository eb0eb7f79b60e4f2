import { eq, sql } from 'drizzle-orm';
import { builtOnce } from '../../../platform/db/built-once';
import type { Db } from '../../../platform/db/client';
import { identityMembers, identitySessions, identityUserRoles, identityUsers } from './tables';

/** Marks a session as used now: the idle limit of staff sessions counts from here. */
export async function touchSession(db: Db, id: string, now: Date): Promise<void> {
  await db.update(identitySessions).set({ updatedAt: now }).where(eq(identitySessions.id, id));
}

/** A session by its token with its account and the account's roles, in one round trip. */
const sessionWithAccount = builtOnce((db) =>
  db
    .select({
      session: {
        id: identitySessions.id,
        token: identitySessions.token,
        expiresAt: identitySessions.expiresAt,
        updatedAt: identitySessions.updatedAt,
      },
      user: {
        id: identityUsers.id,
        name: identityUsers.name,
        email: identityUsers.email,
        locale: identityUsers.locale,
        twoFactorEnabled: identityUsers.twoFactorEnabled,
      },
      roles: sql<string[]>`array(select ${identityUserRoles.role} from ${identityUserRoles}
        where ${identityUserRoles.userId} = ${identityUsers.id})`,
      accountRoles: sql<Record<string, string>>`(select coalesce(
          json_object_agg(${identityMembers.organizationId}, ${identityMembers.role}), '{}'::json)
        from ${identityMembers} where ${identityMembers.userId} = ${identityUsers.id})`,
    })
    .from(identitySessions)
    .innerJoin(identityUsers, eq(identityUsers.id, identitySessions.userId))
    .where(eq(identitySessions.token, sql.placeholder('token')))
    .prepare('identity_session_with_account'),
);

export async function findSessionWithAccount(db: Db, token: string) {
  const [row] = await sessionWithAccount(db).execute({ token });
  return row;
}
