// Staff curation: archived organisations, moving records in a merge, duplicate candidates.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { directoryAffiliations, directoryClaims, directoryOrganizations as o } from './tables';
import { rowsOf, type OrganizationRow } from './organizations.repository';

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
