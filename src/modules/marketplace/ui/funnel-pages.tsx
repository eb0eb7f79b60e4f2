// The funnel: the brokers' page (per sector or supplier, with charts and the XLSX) and the
// public "exchange in numbers" (the totals and sectors only: no organisation's figures).
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, formatVnd } from '../../../platform/i18n';
import { SelectField } from '../../../platform/ui/choice-controls';
import { HorizontalBarChart } from '../../../platform/ui/charts';
import { DataTable } from '../../../platform/ui/data-table';
import { Layout } from '../../../platform/ui/layout';
import { conversions, FUNNEL_DIMENSIONS, type FunnelRow } from '../domain/funnel';
import type { Funnel, FunnelGroup } from '../services/funnel.queries';
import { sectorLabel } from './labels';
import { FUNNEL_PATH, NUMBERS_PATH } from './paths';

export interface FunnelQuery {
  year: number;
  quarter?: number;
  by: (typeof FUNNEL_DIMENSIONS)[number];
}

const STEPS = ['listed', 'views', 'ndas', 'requested', 'introduced', 'deals'] as const;
const RATES = [
  'viewToNda',
  'viewToRequest',
  'requestToIntroduction',
  'introductionToDeal',
] as const;

const days = (ctx: RequestContext, n: number | null) =>
  n === null ? '—' : ctx.t('marketplace.funnel.days', { days: n });
const pct = (ctx: RequestContext, n: number | null) =>
  n === null ? '—' : `${formatNumber(n, ctx.locale)} %`;

export const groupName = (ctx: RequestContext, g: FunnelGroup) =>
  g.key === 'needs'
    ? ctx.t('marketplace.funnel.needsGroup')
    : g.key === 'none'
      ? ctx.t('marketplace.funnel.noSector')
      : (g.name ?? sectorLabel(ctx.t, g.key));

function Totals(props: { ctx: RequestContext; row: FunnelRow }) {
  const { ctx, row } = props;
  const { t, locale } = ctx;
  const rates = conversions(row);
  return (
    <>
      <dl class="facts">
        {STEPS.map((s) => (
          <>
            <dt>{t(`marketplace.funnel.${s}`)}</dt>
            <dd>{formatNumber(row[s], locale)}</dd>
          </>
        ))}
        <dt>{t('marketplace.funnel.dealsValue')}</dt>
        <dd>{formatVnd(row.valueVnd, locale)}</dd>
        <dt>{t('marketplace.funnel.daysToIntroduction')}</dt>
        <dd>{days(ctx, row.daysToIntroduction)}</dd>
        <dt>{t('marketplace.funnel.daysToDeal')}</dt>
        <dd>{days(ctx, row.daysToDeal)}</dd>
        {RATES.map((r) => (
          <>
            <dt>{t(`marketplace.funnel.rate.${r}`)}</dt>
            <dd>{pct(ctx, rates[r])}</dd>
          </>
        ))}
      </dl>
      <HorizontalBarChart
        id="funnel-steps"
        title={t('marketplace.funnel.stepsChart')}
        locale={locale}
        labelHeader={t('marketplace.funnel.step')}
        valueHeader={t('marketplace.funnel.count')}
        tableToggle={t('marketplace.funnel.figures')}
        data={STEPS.map((s) => ({ label: t(`marketplace.funnel.${s}`), value: row[s] }))}
      />
    </>
  );
}

function PeriodForm(props: {
  ctx: RequestContext;
  query: FunnelQuery;
  action: string;
  years: number[];
  withBy: boolean;
}) {
  const { ctx, query } = props;
  const { t } = ctx;
  return (
    <form method="get" action={props.action} class="filters">
      <SelectField
        t={t}
        name="year"
        label={t('marketplace.funnel.year')}
        value={String(query.year)}
        options={props.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <SelectField
        t={t}
        name="quarter"
        label={t('marketplace.funnel.quarter')}
        value={query.quarter ? String(query.quarter) : ''}
        empty={t('marketplace.funnel.wholeYear')}
        options={[1, 2, 3, 4].map((q) => ({
          value: String(q),
          label: t('marketplace.funnel.quarterN', { quarter: q }),
        }))}
      />
      {props.withBy && (
        <SelectField
          t={t}
          name="by"
          label={t('marketplace.funnel.by')}
          value={query.by}
          options={FUNNEL_DIMENSIONS.map((d) => ({
            value: d,
            label: t(`marketplace.funnel.by.${d}`),
          }))}
        />
      )}
      <button type="submit">{t('marketplace.funnel.show')}</button>
    </form>
  );
}

const periodText = (ctx: RequestContext, q: FunnelQuery) =>
  q.quarter
    ? ctx.t('marketplace.funnel.periodQuarter', { quarter: q.quarter, year: q.year })
    : ctx.t('marketplace.funnel.periodYear', { year: q.year });

export function FunnelPage(props: {
  ctx: RequestContext;
  query: FunnelQuery;
  funnel: Funnel;
  years: number[];
  xlsxHref: string;
}) {
  const { ctx, query, funnel } = props;
  const { t, locale } = ctx;
  return (
    <BackofficePage ctx={ctx} title={t('marketplace.funnel.page')} path={FUNNEL_PATH}>
      <PeriodForm ctx={ctx} query={query} action={FUNNEL_PATH} years={props.years} withBy />
      <p>
        <a href={props.xlsxHref}>{t('marketplace.funnel.xlsx')}</a>
      </p>
      <section aria-labelledby="funnel-total">
        <h2 id="funnel-total">{periodText(ctx, query)}</h2>
        <Totals ctx={ctx} row={funnel.total} />
      </section>
      <section aria-labelledby="funnel-groups">
        <h2 id="funnel-groups">{t(`marketplace.funnel.by.${query.by}`)}</h2>
        <HorizontalBarChart
          id="funnel-requests"
          title={t('marketplace.funnel.requestsChart')}
          locale={locale}
          labelHeader={t(`marketplace.funnel.by.${query.by}`)}
          valueHeader={t('marketplace.funnel.requested')}
          tableToggle={t('marketplace.funnel.figures')}
          data={funnel.groups
            .slice(0, 12)
            .map((g) => ({ label: groupName(ctx, g), value: g.row.requested }))}
        />
        <DataTable
          rows={funnel.groups}
          columns={[
            {
              key: 'group',
              label: t(`marketplace.funnel.by.${query.by}`),
              isRowHeader: true,
              cell: (g) => groupName(ctx, g),
            },
            ...STEPS.map((s) => ({
              key: s,
              label: t(`marketplace.funnel.${s}`),
              cell: (g: FunnelGroup) => formatNumber(g.row[s], locale),
            })),
            {
              key: 'value',
              label: t('marketplace.funnel.dealsValue'),
              cell: (g) => formatVnd(g.row.valueVnd, locale),
            },
            {
              key: 'toDeal',
              label: t('marketplace.funnel.rate.introductionToDeal'),
              cell: (g) => pct(ctx, conversions(g.row).introductionToDeal),
            },
          ]}
        />
      </section>
    </BackofficePage>
  );
}

export function NumbersPage(props: {
  ctx: RequestContext;
  query: FunnelQuery;
  funnel: Funnel;
  years: number[];
}) {
  const { ctx, query, funnel } = props;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('marketplace.numbers.title')} path={NUMBERS_PATH}>
      <h1>{t('marketplace.numbers.title')}</h1>
      <p class="lead">{t('marketplace.numbers.lead')}</p>
      <PeriodForm
        ctx={ctx}
        query={query}
        action={NUMBERS_PATH}
        years={props.years}
        withBy={false}
      />
      <section aria-labelledby="numbers-total">
        <h2 id="numbers-total">{periodText(ctx, query)}</h2>
        <Totals ctx={ctx} row={funnel.total} />
      </section>
      <section aria-labelledby="numbers-sectors">
        <h2 id="numbers-sectors">{t('marketplace.funnel.by.sector')}</h2>
        <HorizontalBarChart
          id="numbers-sector-deals"
          title={t('marketplace.funnel.requestsChart')}
          locale={locale}
          labelHeader={t('marketplace.funnel.by.sector')}
          valueHeader={t('marketplace.funnel.requested')}
          tableToggle={t('marketplace.funnel.figures')}
          data={funnel.groups.map((g) => ({ label: groupName(ctx, g), value: g.row.requested }))}
        />
      </section>
    </Layout>
  );
}
