import { and, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { updateAtVersion } from '../../../platform/db/versioned';
import {
  directoryPeople as peopleTable,
  directoryAffiliations,
  directoryChanges,
  directoryClaims,
  directoryOrganizations,
} from './tables';

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
  const updated = await updateAtVersion(db, o, eq(o.id, id), expectedVersion, patch);
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

// ——— Curation: claims, staff changes, duplicates and merges ———

export type ClaimRow = typeof directoryClaims.$inferSelect;

/** Rows of a raw query: both drivers answer `{ rows }`. */
const rowsOf = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? [];

/** The row, locked until the transaction ends, so that two staff actions apply one after the other. */
export async function lockOrganization(db: Db, id: string) {
  const [row] = await db.select().from(o).where(eq(o.id, id)).for('update');
  return row;
}

/** A new open claim; undefined when the user already has one on this organisation. */
export async function insertClaim(
  db: Db,
  row: typeof directoryClaims.$inferInsert,
): Promise<ClaimRow | undefined> {
  const [created] = await db.insert(directoryClaims).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findOpenClaim(db: Db, organizationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(directoryClaims)
    .where(
      and(
        eq(directoryClaims.organizationId, organizationId),
        eq(directoryClaims.userId, userId),
        eq(directoryClaims.status, 'pending'),
      ),
    );
  return row;
}

export async function lockClaim(db: Db, id: string) {
  const [row] = await db
    .select()
    .from(directoryClaims)
    .where(eq(directoryClaims.id, id))
    .for('update');
  return row;
}

/** Records the decision on a claim still pending; undefined when it was decided meanwhile. */
export async function decideClaim(
  db: Db,
  id: string,
  decision: { status: 'approved' | 'rejected'; decidedBy: string; decidedAt: Date },
) {
  const [row] = await db
    .update(directoryClaims)
    .set(decision)
    .where(and(eq(directoryClaims.id, id), eq(directoryClaims.status, 'pending')))
    .returning();
  return row;
}

const claimWithOrganization = {
  claim: directoryClaims,
  organization: { id: o.id, slug: o.slug, legalName: o.legalName, managedBy: o.managedBy },
};

/** Pending claims, oldest first (directory_claims_status_idx). */
export async function findPendingClaims(db: Db, params: { limit: number; offset: number }) {
  const pending = eq(directoryClaims.status, 'pending');
  const rows = await db
    .select(claimWithOrganization)
    .from(directoryClaims)
    .innerJoin(o, eq(o.id, directoryClaims.organizationId))
    .where(pending)
    .orderBy(directoryClaims.createdAt, directoryClaims.id)
    .limit(params.limit)
    .offset(params.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(directoryClaims)
    .where(pending);
  return { rows, total: count?.n ?? 0 };
}

export async function findClaimWithOrganization(db: Db, id: string) {
  const [row] = await db
    .select(claimWithOrganization)
    .from(directoryClaims)
    .innerJoin(o, eq(o.id, directoryClaims.organizationId))
    .where(eq(directoryClaims.id, id));
  return row;
}

/** Archived organisations, most recently archived first. */
export async function findArchivedOrganizations(db: Db, params: { limit: number; offset: number }) {
  const archived = and(sql`${o.archivedAt} is not null`, isNull(o.mergedInto));
  const rows = await db
    .select()
    .from(o)
    .where(archived)
    .orderBy(sql`${o.archivedAt} desc`, o.id)
    .limit(params.limit)
    .offset(params.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(o)
    .where(archived);
  return { rows, total: count?.n ?? 0 };
}

/** People's links to the merged organisation go to the survivor (a link both had is kept once). */
export async function moveAffiliations(db: Db, fromId: string, toId: string): Promise<number> {
  const moved = await db.execute(sql`
    insert into directory_affiliations (person_id, organization_id, role, title, created_at)
    select person_id, ${toId}, role, title, created_at from directory_affiliations
    where organization_id = ${fromId}
    on conflict do nothing
    returning person_id`);
  await db.delete(directoryAffiliations).where(eq(directoryAffiliations.organizationId, fromId));
  return rowsOf(moved).length;
}

/**
 * Claims on the merged organisation go to the survivor; an open claim whose author already has
 * one open on the survivor is closed as superseded (one open claim per user and organisation).
 */
export async function moveClaims(db: Db, fromId: string, toId: string): Promise<number> {
  await db.execute(sql`
    update directory_claims c set status = 'superseded'
    where c.organization_id = ${fromId} and c.status = 'pending'
      and exists (select 1 from directory_claims d
                  where d.organization_id = ${toId} and d.user_id = c.user_id and d.status = 'pending')`);
  const moved = await db
    .update(directoryClaims)
    .set({ organizationId: toId })
    .where(eq(directoryClaims.organizationId, fromId))
    .returning({ id: directoryClaims.id });
  return moved.length;
}

/** Records merged earlier into `fromId` now point straight at its survivor (one redirect, not two). */
export async function repointMergedRecords(db: Db, fromId: string, toId: string) {
  await db.update(o).set({ mergedInto: toId }).where(eq(o.mergedInto, fromId));
}

export interface DuplicatePair {
  a: OrganizationRow;
  b: OrganizationRow;
  /** Same name once normalised, or names alike (trigram similarity) in the same province. */
  reason: 'same_name' | 'similar_name';
  score: number;
}

/** How many following records, in name order, each record is compared with. */
export const DUPLICATE_WINDOW = 4;

/**
 * Candidate duplicates among live records, in name order; limit+1 rows tell whether a next page
 * exists. Comparing every pair costs O(n²) trigram comparisons (minutes at national scale, even
 * through the trigram index, whose posting lists for "cong ty", "cong nghe"… are long), so each
 * record is compared with the next DUPLICATE_WINDOW records in name order (the sort key, without
 * the legal form): all records of the directory for the same name, those of its province for a
 * similar one. Names alike in their first letters sort together; a pair this misses can still
 * be merged by address. Pairs staff dismissed as "not a duplicate" are left out.
 */
export async function findDuplicateCandidates(
  db: Db,
  params: { limit: number; offset: number; minSimilarity: number },
): Promise<DuplicatePair[]> {
  const ks = Array.from({ length: DUPLICATE_WINDOW }, (_, i) => i + 1);
  const leads = ks
    .map(
      (
        k,
      ) => `lead(id, ${k}) over everywhere as g${k}, lead(name_key, ${k}) over everywhere as gk${k},
        lead(id, ${k}) over province as p${k}, lead(name_key, ${k}) over province as pk${k},
        lead(name_search, ${k}) over province as pn${k}`,
    )
    .join(',\n');
  const candidates = ks
    .flatMap((k) => [
      `(n.g${k}, n.gk${k}, null, 'same_name')`,
      `(n.p${k}, n.pk${k}, n.pn${k}, 'similar_name')`,
    ])
    .join(', ');
  const result = await db.execute(sql`
    with live as (
      select id, sort_key, province_code, name_search, split_part(sort_key, chr(1), 1) as name_key
      from directory_organizations where archived_at is null and merged_into is null
    ), neighbours as (
      select id, sort_key, province_code, name_search, name_key, ${sql.raw(leads)}
      from live
      window everywhere as (order by sort_key collate "C", id),
             province as (partition by province_code order by sort_key collate "C", id)
    )
    select n.id as a_id, c.b_id, c.reason,
           case when c.reason = 'same_name' then 1 else similarity(n.name_search, c.b_name) end
             ::float8 as score
    from neighbours n
    cross join lateral (values ${sql.raw(candidates)}) as c(b_id, b_key, b_name, reason)
    where c.b_id is not null and (
      (c.reason = 'same_name' and c.b_key = n.name_key) or
      (c.reason = 'similar_name' and n.province_code is not null and c.b_key <> n.name_key
        and similarity(n.name_search, c.b_name) >= ${params.minSimilarity})
    ) and not exists (
      select 1 from directory_duplicate_dismissals d
      where d.a_id = least(n.id, c.b_id) and d.b_id = greatest(n.id, c.b_id)
    )
    order by n.sort_key collate "C", n.id, c.b_id
    limit ${params.limit} offset ${params.offset}`);
  const list = rowsOf<{ a_id: string; b_id: string; reason: string; score: number }>(result);
  const ids = [...new Set(list.flatMap((p) => [p.a_id, p.b_id]))];
  const rows = ids.length ? await db.select().from(o).where(inArray(o.id, ids)) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return list.map((p) => ({
    a: byId.get(p.a_id)!,
    b: byId.get(p.b_id)!,
    reason: p.reason as DuplicatePair['reason'],
    score: Number(p.score),
  }));
}

// ——— API pages, change feed, statistics and sitemap ———

/**
 * Every column, but the search texts come back empty: pages, the API and the feed never show
 * them, and the tsvector alone is several times the size of the rest of a row.
 */
const withoutSearchTexts = <T extends typeof o | typeof peopleTable>(table: T) => ({
  ...getTableColumns(table),
  nameSearch: sql<string>`''`,
  bodySearch: sql<string>`''`,
  searchVector: sql<string | null>`null`,
});

export async function findOrganizationsByIds(
  db: Db,
  ids: readonly string[],
): Promise<OrganizationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(withoutSearchTexts(o))
    .from(o)
    .where(inArray(o.id, [...ids]));
}

export interface ChangeEntry {
  seq: number;
  entityType: string;
  entityId: string;
  at: Date;
}

/**
 * Runs `read` in a transaction that first takes a SHARE lock on the change table: it waits for
 * the transactions still writing changes (briefly: `lock_timeout`), so that no change with a
 * lower seq can commit after a follower has read past it. Writers wait only while it reads.
 */
export async function withSettledChanges<T>(db: Db, read: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local lock_timeout = '2s'`);
    await tx.execute(sql`lock table ${directoryChanges} in share mode`);
    return read(tx);
  });
}

/** True for the error PostgreSQL raises when `lock_timeout` expires. */
export function isLockTimeout(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return (e.code ?? e.cause?.code) === '55P03';
}

/**
 * The latest change of each record changed after `since`, in seq order: a record changed twice
 * appears once, at its last change, so a follower converges on the current state. The later
 * change is found through directory_changes_entity_idx.
 */
export async function latestChangesSince(
  db: Db,
  params: { since: number; limit: number; entityTypes: readonly string[] },
): Promise<ChangeEntry[]> {
  const c = directoryChanges;
  return db
    .select({ seq: c.seq, entityType: c.entityType, entityId: c.entityId, at: c.at })
    .from(c)
    .where(
      and(
        sql`${c.seq} > ${params.since}`,
        inArray(c.entityType, [...params.entityTypes]),
        sql`not exists (select 1 from directory_changes later where later.entity_type = ${c.entityType} and later.entity_id = ${c.entityId} and later.seq > ${c.seq})`,
      ),
    )
    .orderBy(c.seq)
    .limit(params.limit);
}

/** The newest change (primary key, backwards): a cheap "has anything changed?" check. */
export async function latestChange(db: Db): Promise<{ seq: number; at: Date } | undefined> {
  const c = directoryChanges;
  const [row] = await db
    .select({ seq: c.seq, at: c.at })
    .from(c)
    .orderBy(sql`${c.seq} desc`)
    .limit(1);
  return row;
}

export type StatsFacet = 'kind' | 'province' | 'stage' | 'year' | 'sector';
export interface StatsCount {
  facet: StatsFacet;
  /** null: not given (or, for the year, not public). */
  value: string | null;
  n: number;
}

const rowsOfResult = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? [];

/**
 * Active, non-archived, non-merged organisations counted by kind, province, stage and year of
 * first registration in one scan (grouping sets), and by sector in a second one. A registration
 * date its owner did not make public counts as unknown.
 */
export async function countActiveOrganizations(db: Db): Promise<StatsCount[]> {
  const grouped = await db.execute(sql`
    select case
             when grouping(kind) = 0 then 'kind'
             when grouping(province_code) = 0 then 'province'
             when grouping(stage) = 0 then 'stage'
             else 'year'
           end as facet,
           coalesce(kind, province_code, stage, year::text) as value,
           count(*)::int as n
    from (
      select kind, province_code, stage,
             case when coalesce(visibility ->> 'firstRegisteredOn', 'public') = 'public'
                  then extract(year from first_registered_on)::int end as year
      from directory_organizations
      where archived_at is null and merged_into is null and status = 'active'
    ) s
    group by grouping sets ((kind), (province_code), (stage), (year))`);
  const sectors = await db.execute(sql`
    select 'sector' as facet, s.sector as value, count(*)::int as n
    from directory_organizations o,
         unnest(case when cardinality(o.sectors) = 0 then array[null]::text[] else o.sectors end)
           as s(sector)
    where o.archived_at is null and o.merged_into is null and o.status = 'active'
    group by s.sector`);
  return [...rowsOfResult<StatsCount>(grouped), ...rowsOfResult<StatsCount>(sectors)].map((r) => ({
    facet: r.facet,
    value: r.value,
    n: Number(r.n),
  }));
}

const publicOrganization = () => and(isNull(o.archivedAt), isNull(o.mergedInto));

/** Organisations with a public page (archived and merged ones have none). */
export async function countPublicOrganizations(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(o)
    .where(publicOrganization());
  return Number(row?.n ?? 0);
}

/** Slugs and last changes of public organisations, in id order (primary key), one part at a time. */
export async function publicOrganizationSlugs(
  db: Db,
  params: { offset: number; limit: number },
): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: o.slug, updatedAt: o.updatedAt })
    .from(o)
    .where(publicOrganization())
    .orderBy(o.id)
    .limit(params.limit)
    .offset(params.offset);
}

// ——— Import and export ———

/** Organisations holding any of these tax codes, archived and merged ones included. */
export async function findOrganizationsByTaxCodes(
  db: Db,
  taxCodes: readonly string[],
): Promise<OrganizationRow[]> {
  if (taxCodes.length === 0) return [];
  return db
    .select()
    .from(o)
    .where(inArray(o.taxCode, [...taxCodes]));
}

/** Organisations holding any of these external ids (the id in the importer's own records). */
export async function findOrganizationsByExternalIds(
  db: Db,
  externalIds: readonly string[],
): Promise<OrganizationRow[]> {
  if (externalIds.length === 0) return [];
  return db
    .select()
    .from(o)
    .where(inArray(o.externalId, [...externalIds]));
}

/** Which of these slugs are in use. */
export async function slugsTaken(db: Db, slugs: readonly string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db
    .select({ slug: o.slug })
    .from(o)
    .where(inArray(o.slug, [...slugs]));
  return new Set(rows.map((r) => r.slug));
}

/** Several new organisations in one statement, each with its change-feed entry. */
export async function insertOrganizations(
  db: Db,
  rows: NewOrganizationRow[],
): Promise<{ id: string; slug: string }[]> {
  if (rows.length === 0) return [];
  const created = await db.insert(o).values(rows).returning({ id: o.id, slug: o.slug });
  await db
    .insert(directoryChanges)
    .values(created.map((c) => ({ entityType: 'organization', entityId: c.id, op: 'upsert' })));
  return created;
}

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

// ——— People pages for the API, the change feed and the sitemap ———
// Beside the organisation ones above, sharing their paging; the people repository may adopt them.

export type PersonRecord = typeof peopleTable.$inferSelect;

const pt = peopleTable;

export async function findPeopleByIds(db: Db, ids: readonly string[]): Promise<PersonRecord[]> {
  if (ids.length === 0) return [];
  return db
    .select(withoutSearchTexts(pt))
    .from(pt)
    .where(inArray(pt.id, [...ids]));
}

export interface PersonLink {
  personId: string;
  organizationId: string;
  role: string;
  title: string | null;
}

/** The links of these people to organisations still listed (directory_affiliations pk). */
export async function linksOfPeople(db: Db, personIds: readonly string[]): Promise<PersonLink[]> {
  if (personIds.length === 0) return [];
  const l = directoryAffiliations;
  return db
    .select({
      personId: l.personId,
      organizationId: l.organizationId,
      role: l.role,
      title: l.title,
    })
    .from(l)
    .innerJoin(o, eq(o.id, l.organizationId))
    .where(and(inArray(l.personId, [...personIds]), isNull(o.archivedAt), isNull(o.mergedInto)))
    .orderBy(l.personId, l.organizationId, l.role);
}

/** People with a public page (all but archived ones). */
export async function countListedPeople(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(pt)
    .where(isNull(pt.archivedAt));
  return Number(row?.n ?? 0);
}

/** Slugs and last changes of listed people, in id order (primary key), one part at a time. */
export async function listedPeopleSlugs(
  db: Db,
  params: { offset: number; limit: number },
): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: pt.slug, updatedAt: pt.updatedAt })
    .from(pt)
    .where(isNull(pt.archivedAt))
    .orderBy(pt.id)
    .limit(params.limit)
    .offset(params.offset);
}
