// Who may edit an organisation profile: staff, and the owners and admins of the account
// organisation (identity) that manages it. Everyone else is told it does not exist (404).
import { can, isSignedIn, type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors';
import {
  accountMembership,
  accountOrganizationsOf,
  isAccountManagerRole,
  type AccountOrganization,
} from '../../identity';
import { findOrganizationBySlug, type OrganizationRow } from '../db/organizations.repository';

export const isCurator = (actor: Actor) => can(actor, 'directory.organization:curate');

/** A live profile: neither archived nor merged into another. */
export const isLive = (row: Pick<OrganizationRow, 'archivedAt' | 'mergedInto'>) =>
  !row.archivedAt && !row.mergedInto;

export async function canManageOrganization(
  db: Db,
  actor: Actor,
  org: Pick<OrganizationRow, 'managedBy'>,
): Promise<boolean> {
  if (isCurator(actor)) return true;
  if (!isSignedIn(actor) || actor.apiKey || !org.managedBy) return false;
  const membership = await accountMembership(db, org.managedBy, actor.user.id);
  return isAccountManagerRole(membership?.role);
}

/** The live profile behind a slug, if the actor may edit it; NOT_FOUND otherwise. */
export async function getManageableOrganization(
  db: Db,
  actor: Actor,
  slug: string,
): Promise<OrganizationRow> {
  const org = await findOrganizationBySlug(db, slug);
  if (!org || !isLive(org) || !(await canManageOrganization(db, actor, org))) {
    throw new AppError('NOT_FOUND');
  }
  return org;
}

/** The account organisations a user may put in charge of a profile (where they are owner or admin). */
export async function managingChoices(db: Db, userId: string): Promise<AccountOrganization[]> {
  return (await accountOrganizationsOf(db, userId)).filter((o) => isAccountManagerRole(o.role));
}

/** The value of the form's "managed by" choice that asks for a new account organisation. */
export const NEW_ACCOUNT_ORGANIZATION = 'new';
