// The public lists of events: the filtered list and the month calendar.
import type { RequestContext } from '../../../platform/http/context';
import type { Translate } from '../../../platform/i18n';
import { vnDay, vnWallClock } from '../../../platform/i18n/vn-time';
import { SelectField } from '../../../platform/ui/choice-controls';
import { FilterForm } from '../../../platform/ui/filter-form';
import { Layout } from '../../../platform/ui/layout';
import { PageMeta } from '../../../platform/ui/page-meta';
import { ListPager } from '../../../platform/ui/pager';
import { TextField } from '../../../platform/ui/text-controls';
import { provinceByCode, SECTORS } from '../../directory';
import type { EventRow } from '../db/events.repository';
import { EVENT_TYPES } from '../domain/event';
import { EVENTS_PATH } from '../permissions';
import {
  EVENT_MODES,
  EVENTS_PAGE_SIZE,
  EVENT_WHEN,
  type EventPage,
} from '../services/event-search';
import { EventCard, eventPath, eventText } from './event-text';

export const CALENDAR_PATH = `${EVENTS_PATH}/calendar`;

export interface EventFilters {
  q?: string;
  when?: string;
  type?: string;
  sector?: string;
  province?: string;
  mode?: string;
}

const sectorChoices = (t: Translate) =>
  SECTORS.map((s) => ({ value: s, label: t(`directory.sector.${s}` as never) }));

function Filters(props: { t: Translate; filters: EventFilters; provinces: string[] }) {
  const { t, filters } = props;
  const isFiltered = Object.entries(filters).some(
    ([k, v]) => v && !(k === 'when' && v === 'upcoming'),
  );
  return (
    <FilterForm t={t} action={EVENTS_PATH} isFiltered={isFiltered} class="filter-grid">
      <TextField t={t} name="q" label={t('events.list.q')} value={filters.q} />
      <SelectField
        t={t}
        name="when"
        label={t('events.list.when')}
        value={filters.when}
        options={EVENT_WHEN.map((w) => ({ value: w, label: t(`events.when.${w}`) }))}
      />
      <SelectField
        t={t}
        name="type"
        label={t('events.list.type')}
        value={filters.type}
        empty={t('events.list.any')}
        options={EVENT_TYPES.map((k) => ({ value: k, label: t(`events.type.${k}`) }))}
      />
      <SelectField
        t={t}
        name="sector"
        label={t('events.list.sector')}
        value={filters.sector}
        empty={t('events.list.any')}
        options={sectorChoices(t)}
      />
      <SelectField
        t={t}
        name="province"
        label={t('events.list.province')}
        value={filters.province}
        empty={t('events.list.any')}
        options={props.provinces.map((code) => ({
          value: code,
          label: provinceByCode(code)?.name ?? code,
        }))}
      />
      <SelectField
        t={t}
        name="mode"
        label={t('events.list.mode')}
        value={filters.mode}
        empty={t('events.list.any')}
        options={EVENT_MODES.map((m) => ({ value: m, label: t(`events.mode.${m}`) }))}
      />
    </FilterForm>
  );
}

export function EventListPage(props: {
  ctx: RequestContext;
  result: EventPage;
  filters: EventFilters;
  origin: string;
}) {
  const { ctx, result, filters } = props;
  const { t, locale } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('events.list.title')}
      path={EVENTS_PATH}
      head={
        <PageMeta
          url={`${props.origin}${EVENTS_PATH}`}
          title={t('events.list.title')}
          description={t('events.list.lead')}
          locale={locale}
          type="website"
        />
      }
    >
      <h1>{t('events.list.title')}</h1>
      <p class="lead">{t('events.list.lead')}</p>
      <p class="row">
        <a href={CALENDAR_PATH}>{t('events.calendar.link')}</a>
        <a href={`${EVENTS_PATH}/calendar.ics`}>{t('events.calendar.subscribe')}</a>
      </p>
      <Filters t={t} filters={filters} provinces={result.provinces} />
      <p role="status">{t('events.list.count', { count: result.total })}</p>
      {result.rows.length > 0 && (
        <ul class="cards">
          {result.rows.map((event) => (
            <EventCard ctx={ctx} event={event} headingLevel={2} />
          ))}
        </ul>
      )}
      <ListPager
        t={t}
        locale={locale}
        result={result}
        path={EVENTS_PATH}
        filters={{ ...filters }}
        size={EVENTS_PAGE_SIZE}
      />
    </Layout>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (year: number, index: number) =>
  `${year + Math.floor(index / 12)}-${pad((((index % 12) + 12) % 12) + 1)}`;

/** The weeks of a month, Monday first, each day as yyyy-mm-dd or null outside the month. */
function weeksOf(year: number, index: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, index, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null)];
  for (let d = 1; d <= days; d++) cells.push(`${year}-${pad(index + 1)}-${pad(d)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

export function CalendarPage(props: { ctx: RequestContext; month: string; events: EventRow[] }) {
  const { ctx, events } = props;
  const { t, locale } = ctx;
  const [year, month] = props.month.split('-').map(Number) as [number, number];
  const byDay = new Map<string, EventRow[]>();
  for (const e of events)
    byDay.set(vnDay(e.startsAt), [...(byDay.get(vnDay(e.startsAt)) ?? []), e]);
  const title = t('events.calendar.title', { month: `${pad(month)}/${year}` });
  const weekdays = [1, 2, 3, 4, 5, 6, 0].map((d) => t(`events.calendar.weekday.${d}` as never));
  return (
    <Layout ctx={ctx} title={title} path={`${CALENDAR_PATH}?month=${props.month}`}>
      <h1>{title}</h1>
      <nav aria-label={t('events.calendar.months')}>
        <p class="row">
          <a href={`${CALENDAR_PATH}?month=${monthOf(year, month - 2)}`}>
            {t('events.calendar.previous')}
          </a>
          <a href={`${CALENDAR_PATH}?month=${monthOf(year, month)}`}>{t('events.calendar.next')}</a>
          <a href={EVENTS_PATH}>{t('events.calendar.list')}</a>
        </p>
      </nav>
      <table class="calendar">
        <caption>{title}</caption>
        <thead>
          <tr>
            {weekdays.map((w) => (
              <th scope="col">{w}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(year, month - 1).map((week) => (
            <tr>
              {week.map((day) => {
                const count = day ? (byDay.get(day)?.length ?? 0) : 0;
                const n = day ? Number(day.slice(8)) : '';
                return (
                  <td>
                    {count > 0 ? (
                      <a
                        href={`#day-${day}`}
                        aria-label={t('events.calendar.dayEvents', { day: n, count })}
                      >
                        <strong>{n}</strong>
                      </a>
                    ) : (
                      n
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 0 ? (
        <p class="muted">{t('events.calendar.empty')}</p>
      ) : (
        [...byDay.entries()].map(([day, list]) => (
          <section aria-labelledby={`day-${day}`}>
            <h2 id={`day-${day}`}>{day.split('-').reverse().join('/')}</h2>
            <ul>
              {list.map((e) => (
                <li>
                  {vnWallClock(e.startsAt).toISOString().slice(11, 16)}{' '}
                  <a href={eventPath(e)}>{eventText(e, locale).title}</a>
                  {e.status === 'cancelled' && <> ({t('events.status.cancelled')})</>}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </Layout>
  );
}
