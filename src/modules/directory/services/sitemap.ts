// The directory's pages in the portal's sitemap.xml (platform/sitemap): the people list and the
// statistics, then every public organisation page and every listed person's page, each in id
// order. Counting a national directory is not free: the counts are kept until the directory
// changes.
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import type { SitemapSource } from '../../../platform/modules/manifest';
import { listedSitemapSource } from '../../../platform/sitemap/sitemap';
import { countListedPeople, listedPeopleSlugs } from '../db/people-listing.repository';
import { countPublicOrganizations, publicOrganizationSlugs } from '../db/stats.repository';
import { latestChange } from '../db/changes.repository';

export const STATS_PATH = '/directory/stats';

type Window = { offset: number; limit: number };

/** A count per database, recounted only when the directory has changed. */
function countedSinceLastChange(count: (db: Db) => Promise<number>) {
  const cache = new WeakMap<Db, { seq: number; n: number }>();
  return async (deps: AppDeps) => {
    const db = deps.database.db;
    const seq = (await latestChange(db))?.seq ?? 0;
    const cached = cache.get(db);
    if (cached?.seq === seq) return cached.n;
    const n = await count(db);
    cache.set(db, { seq, n });
    return n;
  };
}

function recordSource(
  id: string,
  count: (db: Db) => Promise<number>,
  slugs: (db: Db, window: Window) => Promise<{ slug: string; updatedAt: Date }[]>,
  path: (slug: string) => string,
): SitemapSource {
  return {
    id,
    count: countedSinceLastChange(count),
    urls: async (deps, window) =>
      (await slugs(deps.database.db, window)).map((r) => ({
        path: path(r.slug),
        lastmod: r.updatedAt,
      })),
  };
}

export const directorySitemap: SitemapSource[] = [
  listedSitemapSource('directory.pages', async (deps) => {
    const changed = (await latestChange(deps.database.db))?.at;
    return [
      { path: '/directory/people', lastmod: changed },
      { path: STATS_PATH, lastmod: changed },
    ];
  }),
  recordSource(
    'directory.organizations',
    countPublicOrganizations,
    publicOrganizationSlugs,
    (slug) => `/directory/organizations/${slug}`,
  ),
  recordSource(
    'directory.people',
    countListedPeople,
    listedPeopleSlugs,
    (slug) => `/directory/people/${slug}`,
  ),
];
