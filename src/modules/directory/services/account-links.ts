// What other modules may read of the links between accounts and directory organisations through
// people's profiles: programmes keep a reviewer away from applicants they work for or advise.
import type { Db } from '../../../platform/db/client';
import {
  findAffiliationsOfUsers,
  findColleaguesOfUser,
  findPersonAccountBySlug,
} from '../db/account-links.repository';

/** Per account, the organisations its own person profile is affiliated with (any role). */
export async function organizationsLinkedToAccounts(
  db: Db,
  userIds: readonly string[],
): Promise<Map<string, string[]>> {
  const links = new Map<string, string[]>(userIds.map((id) => [id, []]));
  for (const { userId, organizationId } of await findAffiliationsOfUsers(db, userIds)) {
    links.get(userId)?.push(organizationId);
  }
  return links;
}

/** A live person profile by slug and the account it belongs to (undefined: none). */
export async function personAccountBySlug(
  db: Db,
  slug: string,
): Promise<
  { personId: string; slug: string; fullName: string; userId: string | null } | undefined
> {
  return findPersonAccountBySlug(db, slug);
}

export interface Colleague {
  personId: string;
  fullName: string;
  /** The profile's e-mail, for writing to them; never shown to other members. */
  email: string | null;
  userId: string | null;
  organizationId: string;
  organizationName: string;
}

/**
 * The people of the directory organisations the account's own profile belongs to (events: a
 * member registers colleagues). A person of two shared organisations is listed once, under the
 * first by name.
 */
export async function colleaguesOfAccount(db: Db, userId: string): Promise<Colleague[]> {
  const seen = new Set<string>();
  const colleagues: Colleague[] = [];
  for (const { sortKey: _, ...row } of await findColleaguesOfUser(db, userId)) {
    if (seen.has(row.personId)) continue;
    seen.add(row.personId);
    colleagues.push(row);
  }
  return colleagues;
}
