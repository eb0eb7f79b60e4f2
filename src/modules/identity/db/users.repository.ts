import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import type { Role } from '../../../platform/authz';
import { identityConsents, identityUserRoles, identityUsers } from './tables';

/**
 * Owned by sign-in (better-auth): the address and its verification, two-factor, and whether the
 * account is one of the demo's. A profile change writes the rest.
 */
const SYSTEM_OWNED = ['email', 'emailVerified', 'twoFactorEnabled', 'isDemo'] as const;
const editable = editableColumns(identityUsers, SYSTEM_OWNED);
/** What a command may change of an account's row. */
export type UserPatch = EditablePatch<typeof identityUsers, (typeof SYSTEM_OWNED)[number]>;

export async function rolesOf(db: Db, userId: string): Promise<Role[]> {
  const rows = await db
    .select({ role: identityUserRoles.role })
    .from(identityUserRoles)
    .where(eq(identityUserRoles.userId, userId));
  return rows.map((r) => r.role as Role);
}

export async function grantRole(db: Db, userId: string, role: Role, grantedBy?: string) {
  await db.insert(identityUserRoles).values({ userId, role, grantedBy }).onConflictDoNothing();
}

export async function revokeRole(db: Db, userId: string, role: Role) {
  await db
    .delete(identityUserRoles)
    .where(and(eq(identityUserRoles.userId, userId), eq(identityUserRoles.role, role)));
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select()
    .from(identityUsers)
    .where(eq(identityUsers.email, email.trim().toLowerCase()));
  return row;
}

/** The accounts registered with these addresses, in one query (a guest list's). */
export function findUsersByEmails(db: Db, emails: readonly string[]) {
  const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
  if (wanted.length === 0) return Promise.resolve([]);
  return db.select().from(identityUsers).where(inArray(identityUsers.email, wanted));
}

export async function getUserById(db: Db, id: string) {
  const [row] = await db.select().from(identityUsers).where(eq(identityUsers.id, id));
  return row;
}

/** The row has no version: the last profile change wins, stamped with the command's clock. */
export async function updateUser(db: Db, id: string, patch: UserPatch, now: Date) {
  await db
    .update(identityUsers)
    .set({ ...editable.pick(patch), updatedAt: now })
    .where(eq(identityUsers.id, id));
}

export async function countDemoAccounts(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(identityUsers)
    .where(eq(identityUsers.isDemo, true));
  return row?.n ?? 0;
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(identityUsers);
  return row?.n ?? 0;
}

/** Who gave a consent: an account, or an e-mail address with no account behind it. */
export type ConsentSubject = { userId: string } | { subjectEmail: string };

/** Records a consent given; `scope` is what it covers within its purpose, as shown. */
export async function recordConsent(
  db: Db,
  consent: ConsentSubject & {
    purpose: string;
    noticeVersion: string;
    channel: string;
    scope?: string[];
    givenAt?: Date;
  },
) {
  await db.insert(identityConsents).values({ id: randomUUID(), ...consent });
}

/** Withdraws an address's consent in force for a purpose; false when none was in force. */
export async function withdrawEmailConsent(
  db: Db,
  input: { subjectEmail: string; purpose: string; withdrawnAt: Date },
): Promise<boolean> {
  const rows = await db
    .update(identityConsents)
    .set({ withdrawnAt: input.withdrawnAt })
    .where(
      and(
        eq(identityConsents.subjectEmail, input.subjectEmail),
        eq(identityConsents.purpose, input.purpose),
        isNull(identityConsents.withdrawnAt),
      ),
    )
    .returning({ id: identityConsents.id });
  return rows.length > 0;
}

/**
 * An account's consents, with those its verified address gave without signing in (the
 * newsletter's): the same person, who sees and downloads them with the rest.
 */
export async function consentsOf(db: Db, userId: string) {
  const verifiedEmail = db
    .select({ email: identityUsers.email })
    .from(identityUsers)
    .where(and(eq(identityUsers.id, userId), eq(identityUsers.emailVerified, true)));
  return db
    .select()
    .from(identityConsents)
    .where(
      or(
        eq(identityConsents.userId, userId),
        inArray(identityConsents.subjectEmail, verifiedEmail),
      ),
    );
}

const USER_ORDER = {
  email: identityUsers.email,
  name: identityUsers.name,
  created: identityUsers.createdAt,
} as const;
export type UserOrder = keyof typeof USER_ORDER;

/** Admin list: searched by name or e-mail, by e-mail unless another order is asked for. */
export async function findUsers(
  db: Db,
  params: {
    q?: string;
    limit: number;
    offset: number;
    order?: { by: UserOrder; direction: 'asc' | 'desc' };
  },
) {
  const { by, direction } = params.order ?? { by: 'email', direction: 'asc' };
  const column = USER_ORDER[by];
  const where = params.q
    ? or(ilike(identityUsers.email, `%${params.q}%`), ilike(identityUsers.name, `%${params.q}%`))
    : undefined;
  const rows = await db
    .select()
    .from(identityUsers)
    .where(where)
    .orderBy(direction === 'asc' ? asc(column) : desc(column), asc(identityUsers.email))
    .limit(params.limit)
    .offset(params.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(identityUsers)
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

/** Roles of several accounts in one query (admin lists). */
export async function rolesOfUsers(db: Db, userIds: string[]): Promise<Map<string, Role[]>> {
  const byUser = new Map<string, Role[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({ userId: identityUserRoles.userId, role: identityUserRoles.role })
    .from(identityUserRoles)
    .where(inArray(identityUserRoles.userId, userIds));
  for (const row of rows) byUser.get(row.userId)?.push(row.role as Role);
  return byUser;
}

/** Accounts and how many verified their e-mail (back-office dashboard). */
export async function countAccounts(db: Db): Promise<{ total: number; verified: number }> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      verified: sql<number>`(count(*) filter (where ${identityUsers.emailVerified}))::int`,
    })
    .from(identityUsers);
  return { total: row?.total ?? 0, verified: row?.verified ?? 0 };
}
