// Attendance figures as charts and tables: one event's (staff and its organisers' members) and a
// period's over the events held in it (staff), each with its XLSX. Charts are the platform's SVG
// bars, their figures in a table beneath; every breakdown has its full table of counts.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, formatNumber } from '../../../platform/i18n';
import { HorizontalBarChart } from '../../../platform/ui/charts';
import { DateField } from '../../../platform/ui/text-controls';
import { STAFF_PATH } from '../permissions';
import {
  COUNTS,
  DIMENSIONS,
  type AttendanceBreakdown,
  type AttendanceCounts,
  type Dimension,
  womenOf,
} from '../services/attendance-breakdown';
import type { EventFigures } from '../services/figures.queries';
import { groupLabel } from '../services/figures-documents';

export const PERIOD_FIGURES_PATH = `${STAFF_PATH}/figures`;
export const eventFiguresPath = (eventId: string) => `${STAFF_PATH}/${eventId}/figures`;

function CountsTable(props: {
  ctx: RequestContext;
  caption: string;
  head: string;
  rows: { label: string; counts: AttendanceCounts }[];
  total?: AttendanceCounts;
}) {
  const { t, locale } = props.ctx;
  const cells = (c: AttendanceCounts) => COUNTS.map((k) => <td>{formatNumber(c[k], locale)}</td>);
  // A wide table scrolls inside its wrapper on a phone: named and focusable, as DataTable's.
  return (
    <div class="table-wrap" tabindex={0} role="region" aria-label={props.caption}>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.head}</th>
            {COUNTS.map((k) => (
              <th scope="col">{t(`events.attendance.${k}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <th scope="row">{r.label}</th>
              {cells(r.counts)}
            </tr>
          ))}
        </tbody>
        {props.total && (
          <tfoot>
            <tr>
              <th scope="row">{t('events.attendance.total')}</th>
              {cells(props.total)}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function DimensionSection(props: { ctx: RequestContext; b: AttendanceBreakdown; d: Dimension }) {
  const { ctx, b, d } = props;
  const { t, locale } = ctx;
  const rows = b.by[d].map((r) => ({ label: groupLabel(t, d, r.key), counts: r.counts }));
  const title = t(`events.figures.by.${d}`);
  return (
    <section aria-labelledby={`by-${d}`} class="stack">
      <h2 id={`by-${d}`}>{title}</h2>
      {d === 'sector' && <p class="muted">{t('events.figures.sectorNote')}</p>}
      {d === 'gender' && <p class="muted">{t('events.figures.genderNote')}</p>}
      <HorizontalBarChart
        id={`chart-${d}`}
        title={t('events.figures.chartOf', { what: title })}
        data={rows.map((r) => ({ label: r.label, value: r.counts.attended }))}
        locale={locale}
        labelHeader={t(`events.figures.dimension.${d}`)}
        valueHeader={t('events.attendance.attended')}
        tableToggle={t('events.figures.chartTable')}
      />
      <CountsTable
        ctx={ctx}
        caption={title}
        head={t(`events.figures.dimension.${d}`)}
        rows={rows}
      />
    </section>
  );
}

function Breakdown({ ctx, b }: { ctx: RequestContext; b: AttendanceBreakdown }) {
  const { t, locale } = ctx;
  const women = womenOf(b);
  return (
    <>
      <section aria-labelledby="totals" class="stack">
        <h2 id="totals">{t('events.figures.totals')}</h2>
        <p class="muted">{t('events.figures.unit')}</p>
        <p>
          {t('events.figures.women', {
            registered: formatNumber(women.registered, locale),
            attended: formatNumber(women.attended, locale),
          })}
        </p>
        <HorizontalBarChart
          id="chart-totals"
          title={t('events.figures.totals')}
          data={COUNTS.map((k) => ({ label: t(`events.attendance.${k}`), value: b.total[k] }))}
          locale={locale}
          labelHeader={t('events.figures.figure')}
          valueHeader={t('events.figures.people')}
          tableToggle={t('events.figures.chartTable')}
          isTableOpen
        />
      </section>
      {DIMENSIONS.map((d) => (
        <DimensionSection ctx={ctx} b={b} d={d} />
      ))}
    </>
  );
}

export function EventFiguresPage({ ctx, figures }: { ctx: RequestContext; figures: EventFigures }) {
  const { t } = ctx;
  const { event } = figures;
  const path = eventFiguresPath(event.id);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('events.figures.eventTitle', { title: event.titleVi })}
      lead={t('events.figures.lead')}
    >
      <p class="row">
        <a href={`${path}.xlsx`}>{t('events.figures.xlsx')}</a>
      </p>
      <Breakdown ctx={ctx} b={figures.breakdown} />
    </BackofficePage>
  );
}

export interface PeriodView {
  from: string;
  to: string;
  breakdown?: AttendanceBreakdown;
  errors?: FieldErrors;
}

export function PeriodFiguresPage({ ctx, view }: { ctx: RequestContext; view: PeriodView }) {
  const { t, locale } = ctx;
  const query = `from=${encodeURIComponent(view.from)}&to=${encodeURIComponent(view.to)}`;
  const b = view.breakdown;
  return (
    <BackofficePage
      ctx={ctx}
      path={PERIOD_FIGURES_PATH}
      title={t('events.figures.periodTitle')}
      lead={t('events.figures.lead')}
      errors={view.errors}
    >
      <form method="get" action={PERIOD_FIGURES_PATH} class="row">
        <DateField
          t={t}
          name="from"
          label={t('events.figures.from')}
          value={view.from}
          errors={view.errors}
        />
        <DateField
          t={t}
          name="to"
          label={t('events.figures.to')}
          value={view.to}
          errors={view.errors}
        />
        <p>
          <button type="submit">{t('common.filter')}</button>
        </p>
      </form>
      {b && (
        <>
          <p class="row">
            <a href={`${PERIOD_FIGURES_PATH}.xlsx?${query}`}>{t('events.figures.xlsx')}</a>
          </p>
          <section aria-labelledby="by-event" class="stack">
            <h2 id="by-event">{t('events.figures.byEvent')}</h2>
            {b.byEvent.length === 0 ? (
              <p class="muted">{t('events.figures.noEvents')}</p>
            ) : (
              <CountsTable
                ctx={ctx}
                caption={t('events.figures.byEvent')}
                head={t('events.figures.event')}
                rows={b.byEvent.map((e) => ({
                  label: `${formatDate(e.event.startsAt, locale)} · ${e.event.titleVi}`,
                  counts: e.counts,
                }))}
                total={b.total}
              />
            )}
          </section>
          <Breakdown ctx={ctx} b={b} />
        </>
      )}
    </BackofficePage>
  );
}
