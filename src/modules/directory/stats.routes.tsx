import { policies } from '../../platform/authz';
import type { Router } from '../../platform/http/router';
import { getDirectoryStats } from './services/stats';
import { STATS_PATH } from './services/sitemap';
import { StatsPageView } from './ui/stats-page';

/** The statistics page (sitemap.xml and robots.txt are the platform's: platform/sitemap). */
export function registerStatsRoutes(router: Router) {
  router.page('GET', STATS_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const stats = await getDirectoryStats(ctx.deps);
    return c.html(<StatsPageView ctx={ctx} stats={stats} />);
  });
}
