// What other modules may read of a directory organisation: who it is, the facts that decide
// whether it may apply to a programme, and which account organisation manages it. Programmes
// ask here instead of reading the directory's tables.
import type { Db } from '../../../platform/db/client';
import {
  findFactsById,
  findFactsByIds,
  findFactsBySlug,
  findFactsManagedBy,
  type OrganizationFactsRow,
} from '../db/organization-facts.repository';
import { isUuid } from '../../../platform/input/uuid';
import { isLive } from './managers';

export interface DirectoryOrganizationFacts {
  id: string;
  slug: string;
  legalName: string;
  /** The short name when there is one, else the legal name. */
  name: string;
  kind: string;
  provinceCode: string | null;
  sectors: readonly string[];
  stage: string | null;
  /** yyyy-mm-dd, the first business registration. */
  firstRegisteredOn: string | null;
  /** The account organisation (identity) that manages the profile, once claimed. */
  managedBy: string | null;
  /** Neither archived nor merged into another profile. */
  isLive: boolean;
}

const factsOf = (row: OrganizationFactsRow): DirectoryOrganizationFacts => ({
  id: row.id,
  slug: row.slug,
  legalName: row.legalName,
  name: row.shortName || row.legalName,
  kind: row.kind,
  provinceCode: row.provinceCode,
  sectors: row.sectors,
  stage: row.stage,
  firstRegisteredOn: row.firstRegisteredOn,
  managedBy: row.managedBy,
  isLive: isLive(row),
});

/** Any organisation by id, archived or merged ones included (see isLive). */
export async function organizationFacts(
  db: Db,
  id: string,
): Promise<DirectoryOrganizationFacts | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await findFactsById(db, id);
  return row && factsOf(row);
}

/** Many organisations by id (unknown ids are left out), archived or merged ones included. */
export async function organizationFactsByIds(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, DirectoryOrganizationFacts>> {
  const rows = await findFactsByIds(db, [...new Set(ids)].filter(isUuid));
  return new Map(rows.map((row) => [row.id, factsOf(row)]));
}

/** Any organisation by its profile slug, archived or merged ones included (see isLive). */
export async function organizationFactsBySlug(
  db: Db,
  slug: string,
): Promise<DirectoryOrganizationFacts | undefined> {
  const row = await findFactsBySlug(db, slug);
  return row && factsOf(row);
}

/** The live organisations these account organisations manage, by legal name. */
export async function organizationsManagedBy(
  db: Db,
  accountOrganizationIds: readonly string[],
): Promise<DirectoryOrganizationFacts[]> {
  return (await findFactsManagedBy(db, accountOrganizationIds)).map(factsOf);
}
