import { policies } from '../../platform/authz';
import { AppError } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { getDirectoryStats } from './services/stats';
import { STATS_PATH, buildSitemap, buildSitemapPart, robotsTxt } from './services/sitemap';
import { StatsPageView } from './ui/stats-page';

const XML = 'application/xml; charset=utf-8';
const CRAWLER_CACHE = 'public, max-age=3600';

/** The statistics page, and what crawlers read: sitemap.xml (with its parts) and robots.txt. */
export function registerStatsRoutes(router: Router) {
  router.page('GET', STATS_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const stats = await getDirectoryStats(ctx.deps);
    return c.html(<StatsPageView ctx={ctx} stats={stats} />);
  });

  router.on(
    { method: 'GET', path: '/sitemap.xml', policy: policies.public, kind: 'system' },
    async (c) => {
      const { deps } = c.get('ctx');
      const xml = await buildSitemap(deps, { origin: deps.config.publicUrl });
      return c.body(xml, 200, { 'Content-Type': XML, 'Cache-Control': CRAWLER_CACHE });
    },
  );

  router.on(
    {
      method: 'GET',
      path: '/:file{sitemap-[0-9]{1,6}\\.xml}',
      policy: policies.public,
      kind: 'system',
    },
    async (c) => {
      const { deps } = c.get('ctx');
      const part = Number(/\d+/.exec(c.req.param('file') ?? '')?.[0]);
      const xml = await buildSitemapPart(deps, { part, origin: deps.config.publicUrl });
      if (!xml) throw new AppError('NOT_FOUND');
      return c.body(xml, 200, { 'Content-Type': XML, 'Cache-Control': CRAWLER_CACHE });
    },
  );

  router.on(
    { method: 'GET', path: '/robots.txt', policy: policies.public, kind: 'system' },
    (c) => {
      const { deps } = c.get('ctx');
      return c.text(robotsTxt(deps.config.publicUrl), 200, { 'Cache-Control': CRAWLER_CACHE });
    },
  );
}
