// What other modules may read of the links between accounts and directory organisations through
// people's profiles: programmes keep a reviewer away from applicants they work for or advise.
import type { Db } from '../../../platform/db/client';
import { findAffiliationsOfUsers, findPersonAccountBySlug } from '../db/account-links.repository';

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
