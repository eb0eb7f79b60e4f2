import { pageWindow, type Paged } from '../../../platform/input/paging';
import type { Db } from '../../../platform/db/client';
import { findArchivedOrganizations } from '../db/curation.repository';
import { type OrganizationRow } from '../db/organizations.repository';

export async function findArchived(db: Db, page: number): Promise<Paged<OrganizationRow>> {
  const { rows, total } = await findArchivedOrganizations(db, {
    ...pageWindow(page),
  });
  return { rows, total, page };
}
