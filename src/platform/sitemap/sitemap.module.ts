// What crawlers read: sitemap.xml (with its parts) and robots.txt, built from the installed
// modules' manifests (their `sitemap` sources).
import { policies } from '../authz';
import { AppError } from '../errors';
import type { ModuleManifest } from '../modules/manifest';
import { buildSitemap, buildSitemapPart, robotsTxt } from './sitemap';

const XML = 'application/xml; charset=utf-8';
const CRAWLER_CACHE = 'public, max-age=3600';

export const sitemapModule: ModuleManifest = {
  id: 'sitemap',
  register(router) {
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
      (c) =>
        c.text(robotsTxt(c.get('ctx').deps.config.publicUrl), 200, {
          'Cache-Control': CRAWLER_CACHE,
        }),
    );
  },
};
