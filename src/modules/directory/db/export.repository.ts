// Rows of the staff and open-data exports.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { directoryOrganizations as o } from './tables';
import { type OrganizationRow } from './organizations.repository';

/** What an export writes: every stored field but the search texts. */
const exportColumns = {
  id: o.id,
  slug: o.slug,
  kind: o.kind,
  legalName: o.legalName,
  shortName: o.shortName,
  taxCode: o.taxCode,
  externalId: o.externalId,
  firstRegisteredOn: o.firstRegisteredOn,
  provinceCode: o.provinceCode,
  address: o.address,
  sectors: o.sectors,
  vsicSections: o.vsicSections,
  stage: o.stage,
  teamSize: o.teamSize,
  website: o.website,
  email: o.email,
  phone: o.phone,
  descriptionVi: o.descriptionVi,
  descriptionEn: o.descriptionEn,
  products: o.products,
  certifications: o.certifications,
  capitalRaisedVnd: o.capitalRaisedVnd,
  status: o.status,
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
