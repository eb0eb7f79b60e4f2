// The public side of content: the news list, items' pages, a draft's preview link, the feeds.
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { ZPage } from '../../platform/input/paging';
import { SECTORS } from '../directory';
import type { ItemRow } from './db/items.repository';
import { NEWS_KINDS } from './domain/content-item';
import { atomFeed, rssFeed } from './services/feeds';
import { findPublished, getItemPage, getPreview } from './services/items.queries';
import { coverSizes } from './services/covers';
import { ItemPage, NewsListPage } from './ui/news-pages';
import { itemPath, NEWS_PATH, PAGES_PATH } from './ui/paths';

const ZNewsQuery = z.object({
  kind: z
    .enum(NEWS_KINDS as [string, ...string[]])
    .optional()
    .catch(undefined),
  topic: z.enum(SECTORS).optional().catch(undefined),
  page: ZPage.catch(1),
});

async function itemPage(c: Context<AppEnv>, base: string, item: ItemRow, isPreview = false) {
  const ctx = c.get('ctx');
  // An item lives at one address: the other base answers with a redirect there.
  if (!itemPath(item).startsWith(`${base}/`)) return c.redirect(itemPath(item), 301);
  const covers = await coverSizes(ctx.deps, [item]);
  if (isPreview || item.status !== 'published') c.header('Cache-Control', 'private, no-store');
  return c.html(
    <ItemPage
      ctx={ctx}
      item={item}
      cover={item.coverKey ? covers.get(item.coverKey) : undefined}
      origin={ctx.deps.config.publicUrl}
      isPreview={isPreview}
    />,
  );
}

function feedRoute(router: Router, file: string, type: string, build: typeof rssFeed) {
  router.on(
    { method: 'GET', path: `${NEWS_PATH}/${file}`, policy: policies.public, kind: 'system' },
    async (c) => {
      const topic = z.enum(SECTORS).optional().catch(undefined).parse(c.req.query('topic'));
      const xml = await build(c.get('ctx').deps, topic);
      return c.body(xml, 200, {
        'Content-Type': `${type}; charset=utf-8`,
        'Cache-Control': 'public, max-age=300',
      });
    },
  );
}

export function registerNewsRoutes(router: Router) {
  feedRoute(router, 'rss.xml', 'application/rss+xml', rssFeed);
  feedRoute(router, 'atom.xml', 'application/atom+xml', atomFeed);

  router.page('GET', NEWS_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const query = ZNewsQuery.parse(c.req.query());
    const result = await findPublished(ctx.deps, {
      kinds: query.kind ? [query.kind as (typeof NEWS_KINDS)[number]] : undefined,
      topic: query.topic,
      page: query.page,
    });
    const filters = { kind: query.kind, topic: query.topic };
    return c.html(
      <NewsListPage
        ctx={ctx}
        result={result}
        filters={filters}
        covers={await coverSizes(ctx.deps, result.rows)}
        origin={ctx.deps.config.publicUrl}
      />,
    );
  });

  for (const base of [NEWS_PATH, PAGES_PATH]) {
    router.page('GET', `${base}/:slug`, policies.public, async (c) => {
      const ctx = c.get('ctx');
      return itemPage(c, base, await getItemPage(ctx.deps, ctx.actor, routeParam(c, 'slug')));
    });
    router.page('GET', `${base}/:slug/preview`, policies.public, async (c) => {
      const ctx = c.get('ctx');
      const item = await getPreview(ctx.deps, routeParam(c, 'slug'), c.req.query('token') ?? '');
      return itemPage(c, base, item, true);
    });
  }
}
