import { offsetOf, PAGE_SIZE, type Paged } from '../../../platform/backoffice/paging';
import type { Db } from '../../../platform/db/client';
import { findArchivedOrganizations, type OrganizationRow } from '../db/organizations.repository';

export async function findArchived(db: Db, page: number): Promise<Paged<OrganizationRow>> {
  const { rows, total } = await findArchivedOrganizations(db, {
    limit: PAGE_SIZE,
    offset: offsetOf(page),
  });
  return { rows, total, page };
}
