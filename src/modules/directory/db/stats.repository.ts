// Counts for the statistics page and the sitemap's public slugs.
import { and, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { directoryOrganizations as o } from './tables';

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
