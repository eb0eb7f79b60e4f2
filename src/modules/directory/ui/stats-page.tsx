import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime, formatNumber } from '../../../platform/i18n';
import { ColumnChart, HorizontalBarChart, type ChartDatum } from '../../../platform/ui/charts';
import { Layout } from '../../../platform/ui/layout';
import { sortKey } from '../../../platform/text/vietnamese';
import type { DirectoryStats, StatsBucket } from '../services/stats';
import { STATS_PATH } from '../services/sitemap';
import { kindLabel, provinceLabel, sectorLabel, stageLabel } from './labels';

/** Largest first; equal counts in Vietnamese alphabetical order. */
const byCount = (a: ChartDatum, b: ChartDatum) =>
  b.value - a.value || (sortKey(a.label) < sortKey(b.label) ? -1 : 1);

function datums(
  buckets: StatsBucket[],
  label: (value: string) => string,
  filter?: string,
): ChartDatum[] {
  return buckets.map((b) => ({
    label: label(b.value!),
    value: b.count,
    href: filter ? `/directory?${filter}=${encodeURIComponent(b.value!)}` : undefined,
  }));
}

function Section(props: { id: string; title: string; children: unknown }) {
  return (
    <section aria-labelledby={`${props.id}-h`} class="stack">
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      {props.children as never}
    </section>
  );
}

export function StatsPageView({ ctx, stats }: { ctx: RequestContext; stats: DirectoryStats }) {
  const { t, locale } = ctx;
  const title = t('directory.stats.title');
  const url = `${ctx.deps.config.publicUrl}${STATS_PATH}`;
  const unknown = (n: number) => (n > 0 ? [{ label: t('directory.stats.unknown'), value: n }] : []);
  const common = {
    locale,
    valueHeader: t('directory.stats.col.count'),
    tableToggle: t('directory.stats.table'),
  };
  const firstYear = stats.byYear[0]?.value;
  const yearExtras = [
    ...(stats.yearsBefore > 0 && firstYear
      ? [{ label: t('directory.stats.before', { year: firstYear }), value: stats.yearsBefore }]
      : []),
    ...(stats.unknown.year > 0
      ? [{ label: t('directory.stats.yearUnknown'), value: stats.unknown.year }]
      : []),
  ];
  const head = (
    <>
      <link rel="canonical" href={url} />
      <meta name="description" content={t('directory.stats.description')} />
      <meta property="og:type" content="website" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={t('directory.stats.description')} />
      <meta property="og:url" content={url} />
    </>
  );
  return (
    <Layout ctx={ctx} title={title} path={STATS_PATH} head={head}>
      <h1>{title}</h1>
      {stats.total === 0 ? (
        <p>{t('directory.stats.empty')}</p>
      ) : (
        <>
          <p class="lead">
            {t('directory.stats.lead', { total: formatNumber(stats.total, locale) })}{' '}
            {t('directory.stats.asOf', { time: formatDateTime(stats.computedAt, locale) })}
          </p>
          <p>
            <a href="/directory">{t('directory.stats.browse')}</a>
          </p>
          <Section id="stats-kind" title={t('directory.stats.byKind')}>
            <HorizontalBarChart
              {...common}
              id="chart-kind"
              title={t('directory.stats.byKind')}
              labelHeader={t('directory.stats.col.kind')}
              data={datums(stats.byKind, (v) => kindLabel(t, v), 'kind').sort(byCount)}
            />
          </Section>
          <Section id="stats-province" title={t('directory.stats.byProvince')}>
            <HorizontalBarChart
              {...common}
              id="chart-province"
              title={t('directory.stats.byProvince')}
              labelHeader={t('directory.stats.col.province')}
              data={datums(stats.byProvince, provinceLabel, 'province').sort(byCount)}
              extraRows={unknown(stats.unknown.province)}
            />
          </Section>
          <Section id="stats-sector" title={t('directory.stats.bySector')}>
            <HorizontalBarChart
              {...common}
              id="chart-sector"
              title={t('directory.stats.bySector')}
              caption={t('directory.stats.bySector.note')}
              labelHeader={t('directory.stats.col.sector')}
              data={datums(stats.bySector, (v) => sectorLabel(t, v), 'sector').sort(byCount)}
              extraRows={unknown(stats.unknown.sector)}
            />
          </Section>
          <Section id="stats-stage" title={t('directory.stats.byStage')}>
            <HorizontalBarChart
              {...common}
              id="chart-stage"
              title={t('directory.stats.byStage')}
              labelHeader={t('directory.stats.col.stage')}
              data={datums(stats.byStage, (v) => stageLabel(t, v), 'stage')}
              extraRows={unknown(stats.unknown.stage)}
            />
          </Section>
          <Section id="stats-year" title={t('directory.stats.byYear')}>
            <ColumnChart
              {...common}
              id="chart-year"
              title={t('directory.stats.byYear')}
              caption={[
                t('directory.stats.byYear.note'),
                stats.yearsBefore > 0 && firstYear
                  ? t('directory.stats.byYear.collapsed', { year: firstYear })
                  : '',
              ]
                .filter(Boolean)
                .join(' ')}
              labelHeader={t('directory.stats.col.year')}
              maxLabel={t('directory.stats.max')}
              data={datums(stats.byYear, (v) => v)}
              extraRows={yearExtras}
            />
          </Section>
        </>
      )}
    </Layout>
  );
}
