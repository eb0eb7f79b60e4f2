import { pageWindow, type Paged } from '../../../platform/input/paging';
import type { AppDeps } from '../../../platform/deps';
import { findArchivedOrganizations } from '../db/curation.repository';
import { type OrganizationRow } from '../db/organizations.repository';

export async function findArchived(
  deps: Pick<AppDeps, 'database'>,
  input: { page: number },
): Promise<Paged<OrganizationRow>> {
  const { page } = input;
  const { rows, total } = await findArchivedOrganizations(deps.database.db, {
    ...pageWindow(page),
  });
  return { rows, total, page };
}
