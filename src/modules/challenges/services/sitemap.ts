// Challenges in the portal's sitemap.xml: the public (not confidential) challenges, the living
// labs and the showcase.
import { listedSitemapSource } from '../../../platform/sitemap/sitemap';
import { publicChallengesForSitemap } from '../db/challenges.repository';
import { challengePath, LABS_PATH, SHOWCASE_PATH } from '../ui/paths';

export const challengesSitemap = [
  listedSitemapSource('challenges.challenges', async (deps) => [
    { path: LABS_PATH },
    { path: SHOWCASE_PATH },
    ...(await publicChallengesForSitemap(deps.database.db)).map((c) => ({
      path: challengePath(c),
      lastmod: c.updatedAt,
    })),
  ]),
];
