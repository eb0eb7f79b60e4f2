// Demo data of other modules: a profile they created (a plans agency) managed by a demo account
// organisation, as an approved claim would leave it — without the claim's letter, since demo
// seeding sends no mail. Never over a profile someone already manages.
import type { Db } from '../../../platform/db/client';
import { lockOrganization, updateOrganization } from '../db/organizations.repository';

export async function manageDemoProfile(
  db: Db,
  input: { organizationId: string; accountOrganizationId: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const org = await lockOrganization(tx, input.organizationId);
    if (!org || org.managedBy) return false;
    const updated = await updateOrganization(
      tx,
      org.id,
      org.version,
      { managedBy: input.accountOrganizationId },
      { by: 'demo' },
    );
    return updated !== undefined;
  });
}
