// What the portal-wide search finds in programmes: published programmes by their titles, summary,
// goals and benefits (diacritics and typos forgiven).
import type { SearchSource } from '../../../platform/modules/manifest';
import { TableIndex } from '../../../platform/search/table-index';
import { searchKey, sortKey } from '../../../platform/text/vietnamese';
import {
  programmesByIds,
  programmesStamp,
  publishedProgrammes,
} from '../db/programme-search.repository';
import { PUBLIC_PATH } from '../ui/programmes-page';

const index = new TableIndex({
  stamp: programmesStamp,
  documents: async (db) =>
    (await publishedProgrammes(db)).map((p) => ({
      id: p.id,
      names: searchKey(`${p.titleVi} ${p.titleEn}`),
      title: searchKey(p.titleVi),
      body: searchKey(`${p.summaryVi} ${p.goalsVi} ${p.benefitsVi}`),
      sortKey: sortKey(p.titleVi),
      createdAt: p.createdAt.getTime(),
      updatedAt: p.updatedAt.getTime(),
      facets: { kind: [p.kind] },
    })),
});

export const programsSearchSources: SearchSource[] = [
  {
    id: 'programs.programmes',
    title: 'programs.module.title',
    order: 25,
    async find(ctx, words, limit) {
      const db = ctx.deps.database.db;
      const found = (await index.of(db)).search({
        text: searchKey(words),
        sort: 'relevance',
        limit,
      });
      const rows = new Map((await programmesByIds(db, found.ids)).map((p) => [p.id, p]));
      return {
        total: found.total,
        hits: found.ids.flatMap((id) => {
          const p = rows.get(id);
          if (!p) return [];
          const title = (ctx.locale === 'en' && p.titleEn) || p.titleVi;
          return [
            {
              title,
              href: `${PUBLIC_PATH}/${p.slug}`,
              meta: ctx.t(`programs.kind.${p.kind}` as never),
            },
          ];
        }),
        moreHref: PUBLIC_PATH,
      };
    },
  },
];
