// Ecosystem statistics: counts of active organisations by kind, province, sector, stage and
// year of first registration. Counting scans the active rows (two scans, grouping sets), so the
// result is kept per database and recounted only when the directory has changed since, and at
// most once a minute while it keeps changing (an import): the page stays cheap at 100,000 rows.
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { PROVINCES } from '../domain/provinces';
import { ORGANIZATION_KINDS, SECTORS, STAGES } from '../domain/taxonomy';
import { countActiveOrganizations, type StatsCount } from '../db/stats.repository';
import { latestChange } from '../db/changes.repository';

export interface StatsBucket {
  /** A code of the taxonomy (kind, province code, sector, stage) or a year; null: not given. */
  value: string | null;
  count: number;
}

export interface DirectoryStats {
  total: number;
  byKind: StatsBucket[];
  /** All 34 provinces in the statistics office's order, zeros included. */
  byProvince: StatsBucket[];
  /** An organisation counts once under each of its sectors. */
  bySector: StatsBucket[];
  byStage: StatsBucket[];
  /** Every year from the first to the last, zeros included; see `yearsBefore`. */
  byYear: StatsBucket[];
  /** Organisations first registered before the first year shown (a long tail collapsed). */
  yearsBefore: number;
  /** Organisations whose date is not given or not public, per facet. */
  unknown: { province: number; sector: number; stage: number; year: number };
  computedAt: Date;
}

/** Years shown one by one; earlier ones are summed into `yearsBefore`. */
export const YEARS_SHOWN = 30;
/** While the directory keeps changing, counts are at most this old. */
export const STATS_MAX_AGE_MS = 60_000;

function buckets(counts: StatsCount[], facet: StatsCount['facet'], order: readonly string[]) {
  const of = new Map(counts.filter((c) => c.facet === facet).map((c) => [c.value, c.n]));
  return {
    list: order.map((value) => ({ value, count: of.get(value) ?? 0 })),
    unknown: of.get(null) ?? 0,
  };
}

function yearBuckets(counts: StatsCount[]) {
  const years = counts
    .filter((c) => c.facet === 'year' && c.value !== null)
    .map((c) => ({ year: Number(c.value), count: c.n }))
    .sort((a, b) => a.year - b.year);
  if (years.length === 0) return { list: [], before: 0 };
  const last = years.at(-1)!.year;
  const first = Math.max(years[0]!.year, last - YEARS_SHOWN + 1);
  const of = new Map(years.map((y) => [y.year, y.count]));
  const list: StatsBucket[] = [];
  for (let year = first; year <= last; year++) {
    list.push({ value: String(year), count: of.get(year) ?? 0 });
  }
  const before = years.filter((y) => y.year < first).reduce((sum, y) => sum + y.count, 0);
  return { list, before };
}

/** Shapes raw counts into the page's figures (every known value listed, zeros included). */
export function shapeStats(counts: StatsCount[], computedAt: Date): DirectoryStats {
  const kinds = buckets(counts, 'kind', ORGANIZATION_KINDS);
  const provinces = buckets(
    counts,
    'province',
    PROVINCES.map((p) => p.code),
  );
  const sectors = buckets(counts, 'sector', SECTORS);
  const stages = buckets(counts, 'stage', STAGES);
  const years = yearBuckets(counts);
  return {
    total: kinds.list.reduce((sum, b) => sum + b.count, 0) + kinds.unknown,
    byKind: kinds.list,
    byProvince: provinces.list,
    bySector: sectors.list,
    byStage: stages.list,
    byYear: years.list,
    yearsBefore: years.before,
    unknown: {
      province: provinces.unknown,
      sector: sectors.unknown,
      stage: stages.unknown,
      year: counts.find((c) => c.facet === 'year' && c.value === null)?.n ?? 0,
    },
    computedAt,
  };
}

interface CacheEntry {
  seq: number;
  stats: DirectoryStats;
}
const cache = new WeakMap<Db, CacheEntry>();

/** The figures as of `deps.clock()` (the same for every viewer: only public fields count). */
export async function getDirectoryStats(
  deps: Pick<AppDeps, 'database' | 'clock'>,
): Promise<DirectoryStats> {
  const db = deps.database.db;
  const now = deps.clock();
  const seq = (await latestChange(db))?.seq ?? 0;
  const cached = cache.get(db);
  if (cached) {
    const age = now.getTime() - cached.stats.computedAt.getTime();
    if (cached.seq === seq || (age >= 0 && age < STATS_MAX_AGE_MS)) return cached.stats;
  }
  const stats = shapeStats(await countActiveOrganizations(db), now);
  cache.set(db, { seq, stats });
  return stats;
}
