import { pageWindow, type Paged } from '../../../platform/input/paging';
import type { AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { accountContact, accountMembership } from '../../identity';
import {
  findClaimWithOrganization,
  findOpenClaim,
  findPendingClaims,
} from '../db/claims.repository';
import { isUuid } from '../../../platform/input/uuid';

type ClaimWithOrganization = NonNullable<Awaited<ReturnType<typeof findClaimWithOrganization>>>;

export type ClaimForStaff = ClaimWithOrganization & {
  claimant?: { name: string; email: string };
  /** The account organisation that would manage the profile. */
  account?: { id: string; name: string };
};

async function withPeople(db: Db, row: ClaimWithOrganization): Promise<ClaimForStaff> {
  const { claim } = row;
  const [contact, membership] = await Promise.all([
    accountContact(db, claim.userId),
    claim.accountOrganizationId
      ? accountMembership(db, claim.accountOrganizationId, claim.userId)
      : Promise.resolve(undefined),
  ]);
  return {
    ...row,
    claimant: contact && { name: contact.name, email: contact.email },
    account: membership && { id: membership.id, name: membership.name },
  };
}

/** Pending claims for staff, oldest first, with who asked and for which account. */
export async function findPendingClaimsForStaff(
  deps: Pick<AppDeps, 'database'>,
  input: { page: number },
): Promise<Paged<ClaimForStaff>> {
  const { db } = deps.database;
  const { page } = input;
  const { rows, total } = await findPendingClaims(db, pageWindow(page));
  return { rows: await Promise.all(rows.map((r) => withPeople(db, r))), total, page };
}

export async function getClaimForStaff(
  deps: Pick<AppDeps, 'database'>,
  input: { id: string },
): Promise<ClaimForStaff | undefined> {
  const { db } = deps.database;
  const { id } = input;
  if (!isUuid(id)) return undefined;
  const row = await findClaimWithOrganization(db, id);
  return row && withPeople(db, row);
}

export async function countPendingClaims(deps: Pick<AppDeps, 'database'>): Promise<number> {
  return (await findPendingClaims(deps.database.db, { limit: 0, offset: 0 })).total;
}

/** The acting account's pending claim on an organisation, if any (none for a visitor). */
export async function findOwnOpenClaim(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { organizationId: string },
) {
  const { actor } = acting;
  if (!isSignedIn(actor)) return undefined;
  return findOpenClaim(deps.database.db, input.organizationId, actor.user.id);
}
