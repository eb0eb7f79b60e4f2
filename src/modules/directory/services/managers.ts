// Who may edit an organisation profile: staff, and the owners and admins of the account
// organisation (identity) that manages it. Everyone else is told it does not exist (404).
import { can, isSignedIn, type Actor } from '../../../platform/authz';
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
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
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { organization: Pick<OrganizationRow, 'managedBy'> },
): Promise<boolean> {
  const { actor } = acting;
  const org = input.organization;
  const db = deps.database.db;
  if (isCurator(actor)) return true;
  if (!isSignedIn(actor) || actor.apiKey || !org.managedBy) return false;
  const membership = await accountMembership(db, org.managedBy, actor.user.id);
  return isAccountManagerRole(membership?.role);
}

/** The live profile behind a slug, if the actor may edit it; NOT_FOUND otherwise. */
export async function getManageableOrganization(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { slug: string },
): Promise<OrganizationRow> {
  const org = await findOrganizationBySlug(deps.database.db, input.slug);
  if (!org || !isLive(org) || !(await canManageOrganization(deps, acting, { organization: org }))) {
    throw new AppError('NOT_FOUND');
  }
  return org;
}

/**
 * The account organisations the acting account may put in charge of a profile (where it is owner
 * or admin); none for a visitor.
 */
export async function managingChoices(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
): Promise<AccountOrganization[]> {
  const { actor } = acting;
  if (!isSignedIn(actor)) return [];
  const all = await accountOrganizationsOf(deps.database.db, actor.user.id);
  return all.filter((o) => isAccountManagerRole(o.role));
}

/** The value of the form's "managed by" choice that asks for a new account organisation. */
export const NEW_ACCOUNT_ORGANIZATION = 'new';
