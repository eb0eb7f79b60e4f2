// An event as a reader of one language sees it, when and where it happens, and the card the
// lists and the home page show.
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, type Locale, type Translate } from '../../../platform/i18n';
import { vnWallClock } from '../../../platform/i18n/vn-time';
import { provinceByCode } from '../../directory';
import type { EventRow } from '../db/events.repository';
import { attendanceMode } from '../domain/event';
import { EVENTS_PATH } from '../permissions';

export const eventPath = (e: Pick<EventRow, 'slug'>) => `${EVENTS_PATH}/${e.slug}`;

export function eventText(e: EventRow, locale: Locale) {
  const en = locale === 'en';
  return {
    title: (en && e.titleEn) || e.titleVi,
    summary: (en && e.summaryEn) || e.summaryVi,
    description: (en && e.descriptionEn) || e.descriptionVi,
    coverAlt: (en && e.coverAltEn) || e.coverAltVi,
    /** English was asked for and the description has none. */
    isFallback: en && !e.descriptionEn && e.descriptionVi !== '',
  };
}

const hm = (d: Date) => vnWallClock(d).toISOString().slice(11, 16);

/** "09:00–17:00, 05/12/2026" or "09:00, 05/12/2026 – 17:00, 06/12/2026", Vietnam time. */
export function eventWhen(e: Pick<EventRow, 'startsAt' | 'endsAt'>, locale: Locale): string {
  const startDay = formatDate(e.startsAt, locale);
  const endDay = formatDate(e.endsAt, locale);
  return startDay === endDay
    ? `${hm(e.startsAt)}–${hm(e.endsAt)}, ${startDay}`
    : `${hm(e.startsAt)}, ${startDay} – ${hm(e.endsAt)}, ${endDay}`;
}

export function eventWhere(e: EventRow, t: Translate): string {
  const province = e.provinceCode ? provinceByCode(e.provinceCode)?.name : undefined;
  const place = [e.venueName, province].filter(Boolean).join(', ');
  const mode = attendanceMode(e);
  if (mode === 'online') return t('events.mode.online');
  return mode === 'mixed' ? `${place} · ${t('events.mode.alsoOnline')}` : place;
}

export function EventCard(props: { ctx: RequestContext; event: EventRow; headingLevel?: 2 | 3 }) {
  const { ctx, event } = props;
  const { t, locale } = ctx;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="card event-card">
      <p class="muted">
        {t(`events.type.${event.type}` as never)} ·{' '}
        <time datetime={event.startsAt.toISOString()}>{eventWhen(event, locale)}</time>
      </p>
      <Heading>
        <a href={eventPath(event)}>{eventText(event, locale).title}</a>
      </Heading>
      {event.status === 'cancelled' && <p class="badge">{t('events.status.cancelled')}</p>}
      <p>{eventWhere(event, t)}</p>
    </li>
  );
}
