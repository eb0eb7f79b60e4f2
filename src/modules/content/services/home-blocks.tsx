// The home page's sections from content: the featured story and the latest news, new policies,
// and the centre's partners.
import type { HomeBlock } from '../../../platform/modules/manifest';
import { coverSizes } from './covers';
import { ItemCard } from '../ui/news-pages';
import { LegalListItem } from '../ui/legal-pages';
import { LEGAL_PATH, NEWS_PATH } from '../ui/paths';
import { latestLegal } from './legal.queries';
import { frontPageContent, partnersForHome } from './items.queries';

export const contentHomeBlocks: HomeBlock[] = [
  {
    id: 'content.news',
    order: 10,
    async render(ctx) {
      const { featured, latest } = await frontPageContent(ctx.deps);
      if (!featured && latest.length === 0) return null;
      const covers = await coverSizes(ctx.deps, featured ? [featured, ...latest] : latest);
      const { t } = ctx;
      return (
        <>
          {featured && (
            <section aria-labelledby="featured-title" class="featured">
              <h2 id="featured-title">{t('content.news.featured')}</h2>
              <ul class="cards">
                <ItemCard ctx={ctx} item={featured} covers={covers} />
              </ul>
            </section>
          )}
          {latest.length > 0 && (
            <section aria-labelledby="latest-title">
              <h2 id="latest-title">{t('content.news.latest')}</h2>
              <ul class="cards news-cards">
                {latest.map((item) => (
                  <ItemCard ctx={ctx} item={item} covers={covers} />
                ))}
              </ul>
              <p>
                <a href={NEWS_PATH}>{t('content.news.all')}</a>
              </p>
            </section>
          )}
        </>
      );
    },
  },
  {
    id: 'content.legal',
    order: 40,
    async render(ctx) {
      const docs = await latestLegal(ctx.deps, 4);
      if (docs.length === 0) return null;
      const { t } = ctx;
      return (
        <section aria-labelledby="legal-title">
          <h2 id="legal-title">{t('content.legal.latest')}</h2>
          <ul class="cards">
            {docs.map((doc) => (
              <LegalListItem ctx={ctx} doc={doc} level="h3" />
            ))}
          </ul>
          <p>
            <a href={LEGAL_PATH}>{t('content.legal.all')}</a>
          </p>
        </section>
      );
    },
  },
  {
    id: 'content.partners',
    order: 90,
    async render(ctx) {
      const partners = await partnersForHome(ctx.deps);
      if (partners.length === 0) return null;
      const covers = await coverSizes(ctx.deps, partners);
      const { t } = ctx;
      return (
        <section aria-labelledby="partners-title">
          <h2 id="partners-title">{t('content.partners.title')}</h2>
          <ul class="cards">
            {partners.map((item) => (
              <ItemCard ctx={ctx} item={item} covers={covers} />
            ))}
          </ul>
        </section>
      );
    },
  },
];
