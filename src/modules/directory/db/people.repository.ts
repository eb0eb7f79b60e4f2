import { and, arrayContains, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { recordChange, type SearchTerms } from './organizations.repository';
import { directoryAffiliations, directoryOrganizations, directoryPeople } from './tables';

export type PersonRow = typeof directoryPeople.$inferSelect;
export type NewPersonRow = typeof directoryPeople.$inferInsert;
export type AffiliationRow = typeof directoryAffiliations.$inferSelect;

const p = directoryPeople;
const a = directoryAffiliations;
const o = directoryOrganizations;

const UNIQUE_FIELDS: Record<string, string> = {
  directory_people_external_id_uq: 'externalId',
  directory_people_slug_unique: 'slug',
};

/** The field whose uniqueness a database error reports, if it is one of the people table's. */
export function personUniqueViolation(err: unknown): string | undefined {
  const e = err as {
    code?: string;
    constraint?: string;
    cause?: { code?: string; constraint?: string };
  };
  const code = e.code ?? e.cause?.code;
  const constraint = e.constraint ?? e.cause?.constraint;
  return code === '23505' && constraint ? UNIQUE_FIELDS[constraint] : undefined;
}

export async function insertPerson(db: Db, row: NewPersonRow): Promise<PersonRow> {
  const [created] = await db.insert(p).values(row).returning();
  await recordChange(db, 'person', created!.id, 'upsert');
  return created!;
}

/** Updates only when the stored version is the expected one; undefined means a stale edit. */
export async function updatePersonRow(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<NewPersonRow>,
): Promise<PersonRow | undefined> {
  const [updated] = await db
    .update(p)
    .set({ ...patch, version: sql`${p.version} + 1`, updatedAt: new Date() })
    .where(and(eq(p.id, id), eq(p.version, expectedVersion)))
    .returning();
  if (updated) await recordChange(db, 'person', id, updated.archivedAt ? 'delete' : 'upsert');
  return updated;
}

export async function findPersonById(db: Db, id: string) {
  const [row] = await db.select().from(p).where(eq(p.id, id));
  return row;
}

export async function findPersonBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(p).where(eq(p.slug, slug));
  return row;
}

export async function findPersonByExternalId(db: Db, externalId: string) {
  const [row] = await db.select().from(p).where(eq(p.externalId, externalId));
  return row;
}

export async function personSlugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: p.id }).from(p).where(eq(p.slug, slug));
  return Boolean(row);
}

export type Visibility = 'public' | 'members' | 'staff';

export interface PeopleFilters {
  role?: string;
  provinceCode?: string;
  expertise?: string;
}

/** The levels the viewer may see; a province filter only matches provinces shown to them. */
export interface PeopleScope {
  levels: readonly Visibility[];
}

function levelAllowed(field: string, scope: PeopleScope): SQL {
  const levels = sql.join(
    scope.levels.map((l) => sql`${l}`),
    sql`, `,
  );
  return sql`coalesce(${p.visibility} ->> ${field}, 'public') in (${levels})`;
}

function filterConditions(f: PeopleFilters, scope: PeopleScope): SQL[] {
  const where: SQL[] = [isNull(p.archivedAt)];
  if (f.role) where.push(arrayContains(p.roles, [f.role]));
  if (f.provinceCode)
    where.push(eq(p.provinceCode, f.provinceCode), levelAllowed('provinceCode', scope));
  if (f.expertise) where.push(arrayContains(p.expertise, [f.expertise]));
  return where;
}

/** Words (with prefixes) in the full-text index, or a close spelling of the name (trigrams). */
function matchCondition(terms: SearchTerms): SQL {
  return sql`(${p.searchVector} @@ to_tsquery('simple', ${terms.tsquery}) or ${terms.key} <% ${p.nameSearch})`;
}

function rankExpression(terms: SearchTerms): SQL<number> {
  return sql<number>`(ts_rank(${p.searchVector}, to_tsquery('simple', ${terms.tsquery})) + 2 * word_similarity(${terms.key}, ${p.nameSearch}) + case when ${p.nameSearch} = ${terms.key} then 2 else 0 end)`;
}

export type PeopleSort = 'relevance' | 'name';

export async function searchPeople(
  db: Db,
  params: {
    terms?: SearchTerms;
    filters: PeopleFilters;
    scope: PeopleScope;
    sort: PeopleSort;
    limit: number;
    offset: number;
  },
) {
  const where = filterConditions(params.filters, params.scope);
  if (params.terms) where.push(matchCondition(params.terms));
  const byName = sql`${p.sortKey} collate "C"`;
  const order =
    params.sort === 'relevance' && params.terms
      ? [sql`${rankExpression(params.terms)} desc`, byName]
      : [byName];
  const rows = await db
    .select()
    .from(p)
    .where(and(...where))
    .orderBy(...order)
    .limit(params.limit)
    .offset(params.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(p)
    .where(and(...where));
  return { rows, total: count?.n ?? 0 };
}

export type PeopleFacet = 'role' | 'provinceCode' | 'expertise';

/** Expertise is free text: the facet offers the most common tags only. */
const EXPERTISE_FACET_SIZE = 30;

/**
 * Counts per value of one facet, under the other filters and the search (so each count says
 * how many results choosing that value would give). Restricted provinces are not counted.
 */
export async function peopleFacetCounts(
  db: Db,
  facet: PeopleFacet,
  params: { terms?: SearchTerms; filters: PeopleFilters; scope: PeopleScope },
): Promise<Map<string, number>> {
  const where = filterConditions({ ...params.filters, [facet]: undefined }, params.scope);
  if (params.terms) where.push(matchCondition(params.terms));
  const column =
    facet === 'role'
      ? sql<string>`unnest(${p.roles})`
      : facet === 'expertise'
        ? sql<string>`unnest(${p.expertise})`
        : sql<string>`case when ${levelAllowed('provinceCode', params.scope)} then ${p.provinceCode} end`;
  const query = db
    .select({ value: column.as('value'), n: sql<number>`count(*)::int` })
    .from(p)
    .where(and(...where))
    .groupBy(sql`1`);
  const rows =
    facet === 'expertise'
      ? await query.orderBy(sql`2 desc`, sql`1`).limit(EXPERTISE_FACET_SIZE)
      : await query;
  return new Map(rows.filter((r) => r.value !== null).map((r) => [r.value, r.n]));
}

/** Adds a link, or changes its title when the person already has that role there. */
export async function upsertAffiliation(
  db: Db,
  row: { personId: string; organizationId: string; role: string; title: string | null },
) {
  await db
    .insert(a)
    .values(row)
    .onConflictDoUpdate({
      target: [a.personId, a.organizationId, a.role],
      set: { title: row.title },
    });
}

export async function deleteAffiliation(
  db: Db,
  key: { personId: string; organizationId: string; role: string },
): Promise<boolean> {
  const deleted = await db
    .delete(a)
    .where(
      and(
        eq(a.personId, key.personId),
        eq(a.organizationId, key.organizationId),
        eq(a.role, key.role),
      ),
    )
    .returning({ personId: a.personId });
  return deleted.length > 0;
}

/** A person's organisations that are still listed (not archived, not merged away). */
export async function findAffiliationsOfPerson(db: Db, personId: string) {
  return db
    .select({
      role: a.role,
      title: a.title,
      organization: { id: o.id, slug: o.slug, legalName: o.legalName, shortName: o.shortName },
    })
    .from(a)
    .innerJoin(o, eq(o.id, a.organizationId))
    .where(and(eq(a.personId, personId), isNull(o.archivedAt), isNull(o.mergedInto)))
    .orderBy(sql`${o.sortKey} collate "C"`, asc(a.role));
}

/** An organisation's listed people, in roster order. */
export async function findAffiliationsOfOrganization(db: Db, organizationId: string) {
  return db
    .select({
      role: a.role,
      title: a.title,
      person: { id: p.id, slug: p.slug, fullName: p.fullName, headline: p.headline },
    })
    .from(a)
    .innerJoin(p, eq(p.id, a.personId))
    .where(and(eq(a.organizationId, organizationId), isNull(p.archivedAt)))
    .orderBy(sql`${p.sortKey} collate "C"`, asc(a.role));
}
