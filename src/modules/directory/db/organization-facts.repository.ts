import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { builtOnce } from '../../../platform/db/built-once';
import type { Db } from '../../../platform/db/client';
import { directoryOrganizations as o } from './tables';

const factColumns = {
  id: o.id,
  slug: o.slug,
  legalName: o.legalName,
  shortName: o.shortName,
  kind: o.kind,
  provinceCode: o.provinceCode,
  sectors: o.sectors,
  stage: o.stage,
  firstRegisteredOn: o.firstRegisteredOn,
  managedBy: o.managedBy,
  archivedAt: o.archivedAt,
  mergedInto: o.mergedInto,
};

export type OrganizationFactsRow = {
  [K in keyof typeof factColumns]: (typeof factColumns)[K]['_']['data'] | null;
} & { id: string; slug: string; legalName: string; kind: string; sectors: string[] };

/** Who may act for an organisation is read on every applicant's request: built once. */
const factsById = builtOnce((db) =>
  db
    .select(factColumns)
    .from(o)
    .where(eq(o.id, sql.placeholder('id')))
    .prepare('directory_organization_facts_by_id'),
);

export async function findFactsById(db: Db, id: string): Promise<OrganizationFactsRow | undefined> {
  const [row] = await factsById(db).execute({ id });
  return row;
}

export async function findFactsByIds(
  db: Db,
  ids: readonly string[],
): Promise<OrganizationFactsRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(factColumns)
    .from(o)
    .where(inArray(o.id, [...ids]));
}

export async function findFactsBySlug(
  db: Db,
  slug: string,
): Promise<OrganizationFactsRow | undefined> {
  const [row] = await db.select(factColumns).from(o).where(eq(o.slug, slug));
  return row;
}

/** Live profiles managed by any of these account organisations, by name. */
export async function findFactsManagedBy(
  db: Db,
  accountOrganizationIds: readonly string[],
): Promise<OrganizationFactsRow[]> {
  if (accountOrganizationIds.length === 0) return [];
  return db
    .select(factColumns)
    .from(o)
    .where(
      and(
        inArray(o.managedBy, [...accountOrganizationIds]),
        isNull(o.archivedAt),
        isNull(o.mergedInto),
      ),
    )
    .orderBy(asc(o.legalName));
}
