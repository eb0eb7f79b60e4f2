// Rows of the staff and open-data exports.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { directoryOrganizations as o } from './tables';
import { FIELD_NAMES, type OrganizationField } from '../organization-fields';
import { type OrganizationRow } from './organizations.repository';

/** What an export writes: the declared fields and what the exports compute from. */
const exportColumns = {
  id: o.id,
  slug: o.slug,
  ...(Object.fromEntries(FIELD_NAMES.map((f) => [f, o[f]])) as {
    [K in OrganizationField]: (typeof o)[K];
  }),
  visibility: o.visibility,
  verifiedAt: o.verifiedAt,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
  sortKey: o.sortKey,
};
export type ExportRow = {
  [K in keyof typeof exportColumns]: OrganizationRow[K & keyof OrganizationRow];
};

/** The export columns of these organisations (in no particular order). */
export async function exportRowsByIds(db: Db, ids: readonly string[]): Promise<ExportRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(exportColumns)
    .from(o)
    .where(inArray(o.id, [...ids]));
}
