// The home page's "ecosystem in figures": counts the statistics page already computes (kept a
// minute, or until the directory changes), each linking to the list it counts.
import { formatNumber } from '../../../platform/i18n';
import type { HomeBlock } from '../../../platform/modules/manifest';
import { STATS_PATH } from './sitemap';
import { getDirectoryStats } from './stats';

const SHOWN = ['startup', 'investor', 'incubator', 'university'] as const;

export const directoryHomeBlocks: HomeBlock[] = [
  {
    id: 'directory.figures',
    order: 30,
    async render(ctx) {
      const stats = await getDirectoryStats(ctx.deps);
      if (stats.total === 0) return null;
      const { t, locale } = ctx;
      const countOf = (kind: string) => stats.byKind.find((b) => b.value === kind)?.count ?? 0;
      return (
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">{t('directory.home.figures')}</h2>
          <ul class="figures">
            <li>
              <a href="/directory">
                <strong>{formatNumber(stats.total, locale)}</strong>{' '}
                {t('directory.home.organizations')}
              </a>
            </li>
            {SHOWN.map((kind) => (
              <li>
                <a href={`/directory?kind=${kind}`}>
                  <strong>{formatNumber(countOf(kind), locale)}</strong>{' '}
                  {t(`directory.kind.${kind}`)}
                </a>
              </li>
            ))}
          </ul>
          <p>
            <a href={STATS_PATH}>{t('directory.stats.title')}</a>
          </p>
        </section>
      );
    },
  },
];
