import { pageWindow, type Paged } from '../../../platform/http/paging';
import type { Db } from '../../../platform/db/client';
import { findArchivedOrganizations, type OrganizationRow } from '../db/organizations.repository';

export async function findArchived(db: Db, page: number): Promise<Paged<OrganizationRow>> {
  const { rows, total } = await findArchivedOrganizations(db, {
    ...pageWindow(page),
  });
  return { rows, total, page };
}
