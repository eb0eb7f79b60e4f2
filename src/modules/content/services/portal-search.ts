// What the portal-wide search finds in content: published items (title, summary, text, tags)
// and the legal library, through the platform's index (diacritics and typos forgiven).
import { formatDate } from '../../../platform/i18n';
import type { SearchContext, SearchSource } from '../../../platform/modules/manifest';
import { TableIndex } from '../../../platform/search/table-index';
import { plainText } from '../../../platform/text/rich-text';
import { searchKey, sortKey } from '../../../platform/text/vietnamese';
import { findItemsByIds, itemsStamp, publishedItems } from '../db/items.repository';
import { textOf } from '../ui/localized';
import { itemPath, LEGAL_PATH, NEWS_PATH } from '../ui/paths';
import { searchLegal } from './legal-search';

const itemIndex = new TableIndex({
  stamp: itemsStamp,
  documents: async (db) =>
    (await publishedItems(db)).map((item) => ({
      id: item.id,
      names: searchKey(`${item.titleVi} ${item.titleEn} ${item.tags.join(' ')}`),
      title: searchKey(item.titleVi),
      body: searchKey(`${item.summaryVi} ${plainText(item.bodyVi)}`),
      sortKey: sortKey(item.titleVi),
      createdAt: (item.publishedAt ?? item.createdAt).getTime(),
      updatedAt: item.updatedAt.getTime(),
      facets: { kind: [item.kind] },
    })),
});

async function findItems(ctx: SearchContext, words: string, limit: number) {
  const db = ctx.deps.database.db;
  const found = (await itemIndex.of(db)).search({
    text: searchKey(words),
    sort: 'relevance',
    limit,
  });
  const rows = new Map((await findItemsByIds(db, found.ids)).map((r) => [r.id, r]));
  const now = ctx.deps.clock();
  return {
    total: found.total,
    hits: found.ids.flatMap((id) => {
      const item = rows.get(id);
      if (!item || !item.publishedAt || item.publishedAt > now) return [];
      return [
        {
          title: textOf(item, ctx.locale).title,
          href: itemPath(item),
          meta: `${ctx.t(`content.kind.${item.kind}` as never)} · ${formatDate(item.publishedAt, ctx.locale)}`,
        },
      ];
    }),
    moreHref: NEWS_PATH,
  };
}

export const contentSearchSources: SearchSource[] = [
  { id: 'content.items', title: 'content.news.title', order: 10, find: findItems },
  {
    id: 'content.legal',
    title: 'content.legal.title',
    order: 40,
    async find(ctx, words, limit) {
      const result = await searchLegal(ctx.deps.database.db, { q: words, page: 1 });
      return {
        total: result.total,
        hits: result.rows.slice(0, limit).map((doc) => ({
          title: `${doc.number} — ${(ctx.locale === 'en' && doc.titleEn) || doc.titleVi}`,
          href: `${LEGAL_PATH}/${doc.slug}`,
          meta: ctx.t(`content.legal.status.${doc.legalStatus}` as never),
        })),
        moreHref: `${LEGAL_PATH}?q=${encodeURIComponent(words)}`,
      };
    },
  },
];
