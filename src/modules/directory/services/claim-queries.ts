import { pageWindow, type Paged } from '../../../platform/input/paging';
import type { Db } from '../../../platform/db/client';
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
  db: Db,
  page: number,
): Promise<Paged<ClaimForStaff>> {
  const { rows, total } = await findPendingClaims(db, pageWindow(page));
  return { rows: await Promise.all(rows.map((r) => withPeople(db, r))), total, page };
}

export async function getClaimForStaff(db: Db, id: string): Promise<ClaimForStaff | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await findClaimWithOrganization(db, id);
  return row && withPeople(db, row);
}

export async function countPendingClaims(db: Db): Promise<number> {
  return (await findPendingClaims(db, { limit: 0, offset: 0 })).total;
}

export { findOpenClaim };
