// Published programmes in the portal's sitemap.xml (platform/sitemap); a handful per province,
// read at once.
import { listedSitemapSource } from '../../../platform/sitemap/sitemap';
import { publishedProgrammes } from '../db/programme-search.repository';
import { PUBLIC_PATH } from '../ui/programmes-page';

export const programsSitemap = [
  listedSitemapSource('programs.programmes', async (deps) =>
    (await publishedProgrammes(deps.database.db))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((p) => ({ path: `${PUBLIC_PATH}/${p.slug}`, lastmod: p.updatedAt })),
  ),
];
