import { and, arrayContains, eq, gte, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { directoryChanges, directoryOrganizations } from './tables';

export type OrganizationRow = typeof directoryOrganizations.$inferSelect;
export type NewOrganizationRow = typeof directoryOrganizations.$inferInsert;

const o = directoryOrganizations;

/** Unique-constraint names mapped to the field a user must change. */
export const UNIQUE_FIELDS: Record<string, string> = {
  directory_organizations_tax_code_uq: 'taxCode',
  directory_organizations_external_id_uq: 'externalId',
  directory_organizations_slug_unique: 'slug',
};

/** The field whose uniqueness a database error reports, if it is one of ours. */
export function uniqueViolation(err: unknown): string | undefined {
  const e = err as {
    code?: string;
    constraint?: string;
    cause?: { code?: string; constraint?: string };
  };
  const code = e.code ?? e.cause?.code;
  const constraint = e.constraint ?? e.cause?.constraint;
  return code === '23505' && constraint ? (UNIQUE_FIELDS[constraint] ?? 'slug') : undefined;
}

export async function insertOrganization(
  db: Db,
  row: NewOrganizationRow,
): Promise<OrganizationRow> {
  const [created] = await db.insert(o).values(row).returning();
  await recordChange(db, 'organization', created!.id, 'upsert');
  return created!;
}

/** Updates only when the stored version is the expected one; undefined means a stale edit. */
export async function updateOrganization(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<NewOrganizationRow>,
): Promise<OrganizationRow | undefined> {
  const [updated] = await db
    .update(o)
    .set({ ...patch, version: sql`${o.version} + 1`, updatedAt: new Date() })
    .where(and(eq(o.id, id), eq(o.version, expectedVersion)))
    .returning();
  if (updated) await recordChange(db, 'organization', id, updated.archivedAt ? 'delete' : 'upsert');
  return updated;
}

export async function recordChange(
  db: Db,
  entityType: string,
  entityId: string,
  op: 'upsert' | 'delete',
) {
  await db.insert(directoryChanges).values({ entityType, entityId, op });
}

export async function findOrganizationById(db: Db, id: string) {
  const [row] = await db.select().from(o).where(eq(o.id, id));
  return row;
}

export async function findOrganizationBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(o).where(eq(o.slug, slug));
  return row;
}

export async function findOrganizationByTaxCode(db: Db, taxCode: string) {
  const [row] = await db.select().from(o).where(eq(o.taxCode, taxCode));
  return row;
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: o.id }).from(o).where(eq(o.slug, slug));
  return Boolean(row);
}

export interface OrganizationFilters {
  kind?: string;
  provinceCode?: string;
  sector?: string;
  stage?: string;
  certification?: string;
  /** Organisations first registered on or after this ISO date (the innovative-startup test). */
  registeredSince?: string;
  verifiedOnly?: boolean;
}

export interface SearchTerms {
  /** searchKey() of what was typed. */
  key: string;
  /** The same as a prefix tsquery: "khoi:* & nghiep:*". */
  tsquery: string;
}

function filterConditions(f: OrganizationFilters): SQL[] {
  const where: SQL[] = [isNull(o.archivedAt), isNull(o.mergedInto)];
  if (f.kind) where.push(eq(o.kind, f.kind));
  if (f.provinceCode) where.push(eq(o.provinceCode, f.provinceCode));
  if (f.sector) where.push(arrayContains(o.sectors, [f.sector]));
  if (f.stage) where.push(eq(o.stage, f.stage));
  if (f.certification) where.push(arrayContains(o.certifications, [f.certification]));
  if (f.registeredSince) {
    where.push(gte(o.firstRegisteredOn, f.registeredSince), inArray(o.kind, ['startup', 'sme']));
  }
  if (f.verifiedOnly) where.push(sql`${o.verifiedAt} is not null`);
  return where;
}

/** Words (with prefixes) in the full-text index, or a close spelling of the name (trigrams). */
function matchCondition(terms: SearchTerms): SQL {
  return sql`(${o.searchVector} @@ to_tsquery('simple', ${terms.tsquery}) or ${terms.key} <% ${o.nameSearch})`;
}

function rankExpression(terms: SearchTerms): SQL<number> {
  return sql<number>`(ts_rank(${o.searchVector}, to_tsquery('simple', ${terms.tsquery})) + 2 * word_similarity(${terms.key}, ${o.nameSearch}) + case when ${o.nameSearch} = ${terms.key} then 2 else 0 end)`;
}

export type OrganizationSort = 'relevance' | 'name' | 'newest';

export async function searchOrganizations(
  db: Db,
  params: {
    terms?: SearchTerms;
    filters: OrganizationFilters;
    sort: OrganizationSort;
    limit: number;
    offset: number;
  },
) {
  const where = filterConditions(params.filters);
  if (params.terms) where.push(matchCondition(params.terms));
  const byName = sql`${o.sortKey} collate "C"`;
  const order =
    params.sort === 'relevance' && params.terms
      ? [sql`${rankExpression(params.terms)} desc`, byName]
      : params.sort === 'newest'
        ? [sql`${o.createdAt} desc`, byName]
        : [byName];
  const rows = await db
    .select()
    .from(o)
    .where(and(...where))
    .orderBy(...order)
    .limit(params.limit)
    .offset(params.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(o)
    .where(and(...where));
  return { rows, total: count?.n ?? 0 };
}

export type FacetName = 'kind' | 'provinceCode' | 'sector' | 'stage' | 'certification';

/**
 * Counts per value of one facet, under the other filters and the search (so each count says
 * how many results choosing that value would give).
 */
export async function facetCounts(
  db: Db,
  facet: FacetName,
  params: { terms?: SearchTerms; filters: OrganizationFilters },
): Promise<Map<string, number>> {
  const where = filterConditions({ ...params.filters, [facet]: undefined });
  if (params.terms) where.push(matchCondition(params.terms));
  const column =
    facet === 'sector'
      ? sql<string>`unnest(${o.sectors})`
      : facet === 'certification'
        ? sql<string>`unnest(${o.certifications})`
        : facet === 'kind'
          ? sql<string>`${o.kind}`
          : facet === 'stage'
            ? sql<string>`${o.stage}`
            : sql<string>`${o.provinceCode}`;
  const rows = await db
    .select({ value: column.as('value'), n: sql<number>`count(*)::int` })
    .from(o)
    .where(and(...where))
    .groupBy(sql`1`);
  return new Map(rows.filter((r) => r.value !== null).map((r) => [r.value, r.n]));
}
