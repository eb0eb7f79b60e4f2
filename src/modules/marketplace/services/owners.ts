// The organisations behind listings, read through the directory and identity: which profile a
// listing belongs to, who acts for it (members of the account managing it) and who approves for
// it (that account's owners and admins).
import { isSignedIn, type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { lastSegment } from '../../../platform/input/form-values';
import {
  organizationFacts,
  organizationFactsBySlug,
  organizationsManagedBy,
  type DirectoryOrganizationFacts,
} from '../../directory';
import { accountMembership, accountOrganizationsOf, isAccountManagerRole } from '../../identity';

export type Owner = DirectoryOrganizationFacts;

/** A live directory profile by its slug or its page's address. */
export async function ownerBySlug(db: Db, typed: string): Promise<Owner | undefined> {
  const slug = lastSegment(typed);
  const org = slug ? await organizationFactsBySlug(db, slug) : undefined;
  return org?.isLive ? org : undefined;
}

export const ownerById = (db: Db, id: string) => organizationFacts(db, id);

/** The account's role in the account managing the profile; undefined: not a member. */
async function roleFor(db: Db, actor: Actor, owner: { managedBy: string | null }) {
  if (!isSignedIn(actor) || !owner.managedBy) return undefined;
  return (await accountMembership(db, owner.managedBy, actor.user.id))?.role;
}

/** Any member of the managing account writes the organisation's listings. */
export const actsFor = async (db: Db, actor: Actor, owner: { managedBy: string | null }) =>
  (await roleFor(db, actor, owner)) !== undefined;

/** Its owners and admins decide for it: publish its offers, open its confidential needs. */
export const managesFor = async (db: Db, actor: Actor, owner: { managedBy: string | null }) =>
  isAccountManagerRole(await roleFor(db, actor, owner));

/** The directory profiles the account's organisations manage: the owners it may write for. */
export async function ownersOf(db: Db, actor: Actor): Promise<Owner[]> {
  if (!isSignedIn(actor)) return [];
  const accounts = await accountOrganizationsOf(db, actor.user.id);
  return organizationsManagedBy(
    db,
    accounts.map((a) => a.id),
  );
}

/** The profiles whose listings the account manages (owner or admin of the managing account). */
export async function managedOwnersOf(db: Db, actor: Actor): Promise<Owner[]> {
  if (!isSignedIn(actor)) return [];
  const accounts = (await accountOrganizationsOf(db, actor.user.id)).filter((a) =>
    isAccountManagerRole(a.role),
  );
  return organizationsManagedBy(
    db,
    accounts.map((a) => a.id),
  );
}
