// An organisation as the API and the pages address it: by id or by slug, and where a merged
// record's address leads.
import type { AppDeps } from '../../../platform/deps';
import {
  findOrganizationById,
  findOrganizationBySlug,
  type OrganizationRow,
} from '../db/organizations.repository';
import { isUuid } from '../../../platform/input/uuid';

export type { OrganizationRow };

/** The record a reference names (a UUID is an id, anything else a slug), archived or not. */
export function organizationByRef(deps: Pick<AppDeps, 'database'>, input: { ref: string }) {
  const { db } = deps.database;
  const { ref } = input;
  return isUuid(ref) ? findOrganizationById(db, ref) : findOrganizationBySlug(db, ref);
}

/** The record a merged one was merged into, unless it is archived or gone. */
export async function liveMergeTarget(
  deps: Pick<AppDeps, 'database'>,
  input: { id: string },
): Promise<OrganizationRow | undefined> {
  const target = await findOrganizationById(deps.database.db, input.id);
  return target && !target.archivedAt ? target : undefined;
}
