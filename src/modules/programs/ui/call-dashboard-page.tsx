// A call's dashboard: the funnel and the submitted applications by sector, province and kind,
// each a bar chart drawn on the server with its figures as text and in a table, and the links
// to the exports. No script; the charts fit a phone's width.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, type MessageKey, type Translate } from '../../../platform/i18n';
import { sortKey } from '../../../platform/text/vietnamese';
import { HorizontalBarChart, type ChartDatum } from '../../../platform/ui/charts';
import { provinceByCode } from '../../directory';
import type { BreakdownCount } from '../services/calls/call-dashboard.queries';
import { STAFF_PATH } from '../permissions';
import type { CallDashboard } from '../services/calls/call-dashboard.queries';
import { inLocale } from './labels';

export const callDashboardPath = (programme: string, call: string) =>
  `${STAFF_PATH}/${programme}/calls/${call}/dashboard`;

const FUNNEL_STEPS = ['drafts', 'submitted', 'eligible', 'reviewed', 'accepted'] as const;

/** Largest first; equal counts in Vietnamese alphabetical order. */
const byCount = (a: ChartDatum, b: ChartDatum) =>
  b.value - a.value || (sortKey(a.label) < sortKey(b.label) ? -1 : 1);

/** The named buckets for the chart, and "not given" as a row of the table only. */
function datums(counts: BreakdownCount[], label: (code: string) => string, t: Translate) {
  const data = counts
    .filter((c) => c.value !== null)
    .map((c) => ({ label: label(c.value!), value: c.n }))
    .sort(byCount);
  const unknown = counts.find((c) => c.value === null)?.n ?? 0;
  return {
    data,
    extraRows: unknown > 0 ? [{ label: t('programs.dashboard.notGiven'), value: unknown }] : [],
  };
}

function Section(props: { id: string; title: string; children: unknown }) {
  return (
    <section aria-labelledby={`${props.id}-h`} class="stack">
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      {props.children as never}
    </section>
  );
}

function Exports({ ctx, path }: { ctx: RequestContext; path: string }) {
  const { t } = ctx;
  return (
    <Section id="dashboard-exports" title={t('programs.dashboard.exports')}>
      <p class="muted">{t('programs.dashboard.exportHint')}</p>
      <ul>
        <li>
          <a href={`${path}/applications.xlsx`} download>
            {t('programs.dashboard.exportXlsx')}
          </a>
        </li>
        <li>
          <a href={`${path}/attachments.zip`} download>
            {t('programs.dashboard.exportZip')}
          </a>
        </li>
      </ul>
    </Section>
  );
}

export function CallDashboardPage({ ctx, view }: { ctx: RequestContext; view: CallDashboard }) {
  const { t, locale } = ctx;
  const { programme, call, funnel } = view;
  const path = callDashboardPath(programme.slug, call.slug);
  const common = {
    locale,
    valueHeader: t('programs.dashboard.count'),
    tableToggle: t('programs.dashboard.table'),
  };
  const isEmpty = funnel.drafts + funnel.submitted + funnel.withdrawn === 0;
  const breakdown = (
    id: string,
    title: MessageKey,
    header: MessageKey,
    counts: BreakdownCount[],
    label: (code: string) => string,
    caption?: string,
  ) => (
    <Section id={id} title={t(title)}>
      <HorizontalBarChart
        {...common}
        {...datums(counts, label, t)}
        id={`${id}-chart`}
        title={t(title)}
        caption={caption}
        labelHeader={t(header)}
      />
    </Section>
  );
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('programs.dashboard.title', {
        call: inLocale(locale, call.titleVi, call.titleEn),
      })}
      lead={inLocale(locale, programme.titleVi, programme.titleEn)}
    >
      <p>
        <a href={`${STAFF_PATH}/${programme.slug}/calls/${call.slug}/edit`}>
          {t('programs.dashboard.backToCall')}
        </a>
      </p>
      {isEmpty ? (
        <p>{t('programs.dashboard.empty')}</p>
      ) : (
        <>
          <Section id="dashboard-funnel" title={t('programs.dashboard.funnel')}>
            <HorizontalBarChart
              {...common}
              id="dashboard-funnel-chart"
              title={t('programs.dashboard.funnel')}
              caption={t('programs.dashboard.funnelHint')}
              labelHeader={t('programs.dashboard.step')}
              data={FUNNEL_STEPS.map((step) => ({
                label: t(`programs.dashboard.step.${step}`),
                value: funnel[step],
              }))}
              isTableOpen
            />
            {funnel.withdrawn > 0 && (
              <p>
                {t('programs.dashboard.withdrawn', {
                  count: formatNumber(funnel.withdrawn, locale),
                })}
              </p>
            )}
          </Section>
          {funnel.submitted === 0 ? (
            <p>{t('programs.dashboard.noneSubmitted')}</p>
          ) : (
            <>
              {breakdown(
                'dashboard-sector',
                'programs.dashboard.bySector',
                'programs.dashboard.sector',
                view.bySector,
                (code) => t(`directory.sector.${code}` as MessageKey),
                t('programs.dashboard.bySectorHint'),
              )}
              {breakdown(
                'dashboard-province',
                'programs.dashboard.byProvince',
                'programs.dashboard.province',
                view.byProvince,
                (code) => provinceByCode(code)?.shortName ?? code,
              )}
              {breakdown(
                'dashboard-kind',
                'programs.dashboard.byKind',
                'programs.dashboard.kind',
                view.byKind,
                (code) => t(`directory.kind.${code}` as MessageKey),
              )}
            </>
          )}
          <Exports ctx={ctx} path={path} />
        </>
      )}
    </BackofficePage>
  );
}
