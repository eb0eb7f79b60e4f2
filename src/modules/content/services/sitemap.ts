// The portal's content in sitemap.xml (platform/sitemap): every published item (at the time of
// the request: a scheduled one appears once it is out), then the legal library's page and its
// published documents. Drafts, items in review, archived items and hidden documents never appear.
import type { SitemapSource } from '../../../platform/modules/manifest';
import { listedSitemapSource } from '../../../platform/sitemap/sitemap';
import { countPublishedItems, publishedItemPages } from '../db/items.repository';
import { publishedLegal } from '../db/legal.repository';
import { itemPath, LEGAL_PATH } from '../ui/paths';

export const contentSitemap: SitemapSource[] = [
  {
    id: 'content.items',
    count: (deps) => countPublishedItems(deps.database.db, deps.clock()),
    urls: async (deps, window) =>
      (await publishedItemPages(deps.database.db, deps.clock(), window)).map((item) => ({
        path: itemPath(item),
        lastmod: item.updatedAt,
      })),
  },
  listedSitemapSource('content.legal', async (deps) => {
    const documents = (await publishedLegal(deps.database.db)).sort((a, b) =>
      a.id < b.id ? -1 : 1,
    );
    const latest = Math.max(0, ...documents.map((d) => d.updatedAt.getTime()));
    return [
      { path: LEGAL_PATH, lastmod: latest ? new Date(latest) : undefined },
      ...documents.map((d) => ({ path: `${LEGAL_PATH}/${d.slug}`, lastmod: d.updatedAt })),
    ];
  }),
];
