// What other modules may ask identity about accounts and account organisations (read-only), plus
// the existing "create an organisation" command for a module acting on its user's behalf.
import type { AuditContext } from '../../../platform/audit';
import { isSignedIn, type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { isLocale, type Locale } from '../../../platform/i18n';
import { findMembership, findOrganizationsOfUser, membersOf } from '../db/organizations.repository';
import { findUserByEmail, findUsersByEmails, getUserById } from '../db/users.repository';
import { createOrganization } from './organization-create';

export interface AccountOrganization {
  id: string;
  name: string;
  slug: string;
  /** The user's role there: owner, admin or member. */
  role: string;
}

/** The account organisations a user belongs to, by name. */
export async function accountOrganizationsOf(
  db: Db,
  userId: string,
): Promise<AccountOrganization[]> {
  const rows = await findOrganizationsOfUser(db, userId);
  return rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug, role: r.role }));
}

/** The user's membership of one account organisation, or undefined when not a member. */
export async function accountMembership(
  db: Db,
  organizationId: string,
  userId: string,
): Promise<AccountOrganization | undefined> {
  const row = await findMembership(db, organizationId, userId);
  return row && { ...row.organization, role: row.role };
}

/**
 * The actor's role in one account organisation, undefined when not a member: from what the
 * request's session lookup read when it did, else from the database.
 */
export async function accountRoleOf(
  db: Db,
  actor: Actor,
  organizationId: string,
): Promise<string | undefined> {
  if (!isSignedIn(actor)) return undefined;
  if (actor.accountRoles) return actor.accountRoles.get(organizationId);
  return (await findMembership(db, organizationId, actor.user.id))?.role;
}

/** The members of an account organisation (name, e-mail, role), oldest first. */
export async function accountMembers(
  db: Db,
  organizationId: string,
): Promise<{ userId: string; name: string; email: string; role: string }[]> {
  const rows = await membersOf(db, organizationId);
  return rows.map((r) => ({ userId: r.userId, name: r.name, email: r.email, role: r.role }));
}

/** Owners and admins act for their account organisation. */
export const isAccountManagerRole = (role: string | undefined) =>
  role === 'owner' || role === 'admin';

export interface AccountContact {
  id: string;
  name: string;
  email: string;
  locale: Locale;
}

const contactOf = (user: {
  id: string;
  name: string;
  email: string;
  locale: string;
}): AccountContact => ({
  id: user.id,
  name: user.name,
  email: user.email,
  locale: isLocale(user.locale) ? user.locale : 'vi',
});

/** Name, address and language of an account, e.g. to write to it. */
export async function accountContact(db: Db, userId: string): Promise<AccountContact | undefined> {
  const user = await getUserById(db, userId);
  return user && contactOf(user);
}

/** The account registered with an e-mail address, as accountContact gives it (staff grant roles by it). */
export async function accountContactByEmail(db: Db, email: string) {
  const user = await findUserByEmail(db, email);
  return user && accountContact(db, user.id);
}

/**
 * The accounts whose address is verified among these, as accountContact gives them, by lower-cased
 * address: a list of people (a guest list) linked to their accounts. An unverified address is
 * nobody's yet: whoever typed it at sign-up may not own it.
 */
export async function verifiedAccountsByEmail(
  db: Db,
  emails: readonly string[],
): Promise<Map<string, AccountContact>> {
  const users = await findUsersByEmails(db, emails);
  return new Map(users.filter((u) => u.emailVerified).map((u) => [u.email, contactOf(u)]));
}

/** A new account organisation owned by the signed-in caller (identity's own audited command). */
export function createAccountOrganization(
  deps: AppDeps,
  acting: AuditContext,
  input: { name: string },
): Promise<{ id: string; slug: string }> {
  return createOrganization(deps, acting, input);
}
