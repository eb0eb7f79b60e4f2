// Challenges in the portal's sitemap.xml: the public (not confidential) challenges, the living
// labs, the showcase, and the collections by owner and by sector as a visitor sees them.
import { ANONYMOUS } from '../../../platform/authz';
import { listedSitemapSource } from '../../../platform/sitemap/sitemap';
import { publicChallengesForSitemap } from '../db/challenges.repository';
import {
  OWNERS_PATH,
  ownerCollectionPath,
  SECTORS_PATH,
  sectorCollectionPath,
} from '../ui/collection-paths';
import { challengePath, LABS_PATH, SHOWCASE_PATH } from '../ui/paths';
import { ownerCollections, sectorCollections } from './collections.queries';

const VISITOR = { actor: ANONYMOUS };

export const challengesSitemap = [
  listedSitemapSource('challenges.challenges', async (deps) => [
    { path: LABS_PATH },
    { path: SHOWCASE_PATH },
    ...(await publicChallengesForSitemap(deps.database.db)).map((c) => ({
      path: challengePath(c),
      lastmod: c.updatedAt,
    })),
  ]),
  listedSitemapSource('challenges.collections', async (deps) => {
    const [owners, sectors] = await Promise.all([
      ownerCollections(deps, VISITOR),
      sectorCollections(deps, VISITOR),
    ]);
    return [
      { path: OWNERS_PATH },
      ...owners.map((o) => ({ path: ownerCollectionPath(o.key) })),
      { path: SECTORS_PATH },
      ...sectors.map((s) => ({ path: sectorCollectionPath(s.key) })),
    ];
  }),
];
