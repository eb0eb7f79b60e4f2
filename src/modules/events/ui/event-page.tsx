// An event's public page: when and where, who organises and speaks, the agenda by track, and
// the structured data (schema.org Event) search engines read.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { RequestContext } from '../../../platform/http/context';
import { vnWallClock } from '../../../platform/i18n/vn-time';
import { renderRichText } from '../../../platform/text/rich-text';
import { Layout } from '../../../platform/ui/layout';
import { Notice } from '../../../platform/ui/notice';
import { PageMeta } from '../../../platform/ui/page-meta';
import type { DirectoryOrganizationFacts } from '../../directory';
import type { EventRow, SessionRow } from '../db/events.repository';
import { attendanceMode } from '../domain/event';
import { EVENTS_PATH } from '../permissions';
import type { EventDetails } from '../services/events.queries';
import { eventPath, eventText, eventWhen, eventWhere } from './event-text';

const orgPath = (o: DirectoryOrganizationFacts) => `/directory/organizations/${o.slug}`;

const MODES = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const;

function eventJsonLd(
  details: EventDetails,
  url: string,
  origin: string,
  title: string,
  summary: string,
) {
  const { event: e, organizers } = details;
  const place = e.venueAddress
    ? { '@type': 'Place', name: e.venueName || e.venueAddress, address: e.venueAddress }
    : undefined;
  const online = e.onlineUrl ? { '@type': 'VirtualLocation', url: e.onlineUrl } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: title,
    description: summary,
    url,
    startDate: e.startsAt.toISOString(),
    endDate: e.endsAt.toISOString(),
    eventStatus:
      e.status === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : 'https://schema.org/EventScheduled',
    eventAttendanceMode: MODES[attendanceMode(e)],
    location: place && online ? [place, online] : (place ?? online),
    inLanguage: e.language === 'vi_en' ? ['vi', 'en'] : e.language,
    ...(e.coverKey ? { image: [`${origin}/files/${e.coverKey}`] } : {}),
    ...(organizers.length > 0
      ? {
          organizer: organizers.map((o) => ({
            '@type': 'Organization',
            name: o.name,
            url: `${origin}${orgPath(o)}`,
          })),
        }
      : {}),
    ...(e.speakers.length > 0
      ? { performer: e.speakers.map((s) => ({ '@type': 'Person', name: s.name })) }
      : {}),
  };
}

function Agenda({ ctx, sessions }: { ctx: RequestContext; sessions: SessionRow[] }) {
  const { t } = ctx;
  const hm = (d: Date) => vnWallClock(d).toISOString().slice(11, 16);
  return (
    <section aria-labelledby="agenda">
      <h2 id="agenda">{t('events.page.agenda')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('events.page.time')}</th>
            <th scope="col">{t('events.page.session')}</th>
            <th scope="col">{t('events.page.track')}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr>
              <td>
                <time datetime={s.startsAt.toISOString()}>{hm(s.startsAt)}</time>–{hm(s.endsAt)}
              </td>
              <th scope="row">
                {s.title}
                {s.speakers && <span class="muted"> · {s.speakers}</span>}
              </th>
              <td>{s.track}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Facts({
  ctx,
  event,
  organizers,
}: { ctx: RequestContext } & Pick<EventDetails, 'event' | 'organizers'>) {
  const { t, locale } = ctx;
  const row = (label: string, value: Child) => (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <dl class="facts">
      {row(
        t('events.page.when'),
        <>
          <time datetime={event.startsAt.toISOString()}>{eventWhen(event, locale)}</time>{' '}
          {t('events.page.vietnamTime')}
          {/* Filled and shown by local-time.js when the reader's clock is not Vietnam's. */}
          <div
            class="muted"
            data-local-time
            data-starts={event.startsAt.toISOString()}
            data-ends={event.endsAt.toISOString()}
            data-label={t('events.page.yourTime', { zone: '{zone}', when: '{when}' })}
            hidden
          />
          <script src="/assets/local-time.js" defer />
        </>,
      )}
      {event.venueAddress &&
        row(
          t('events.page.where'),
          <>
            {eventWhere({ ...event, onlineUrl: '' }, t)}
            <br />
            {event.venueAddress}
            {event.mapUrl && (
              <>
                {' '}
                · <a href={event.mapUrl}>{t('events.page.map')}</a>
              </>
            )}
          </>,
        )}
      {row(
        t('events.page.calendar'),
        <a href={`${eventPath(event)}/event.ics`}>{t('events.page.addToCalendar')}</a>,
      )}
      {event.onlineUrl &&
        row(t('events.page.online'), <a href={event.onlineUrl}>{t('events.page.onlineLink')}</a>)}
      {organizers.length > 0 &&
        row(
          t('events.page.organizers'),
          organizers.map((o, i) => (
            <>
              {i > 0 && ', '}
              <a href={orgPath(o)}>{o.name}</a>
              {i === 0 && organizers.length > 1 && ` (${t('events.page.leadOrganizer')})`}
            </>
          )),
        )}
      {row(t('events.page.language'), t(`events.language.${event.language}` as never))}
      {event.programmeSlug &&
        row(
          t('events.page.programme'),
          <a href={`/programs/${event.programmeSlug}`}>{event.programmeTitle}</a>,
        )}
      {event.sectors.length > 0 &&
        row(
          t('events.page.sectors'),
          event.sectors.map((s, i) => (
            <>
              {i > 0 && ', '}
              <a href={`${EVENTS_PATH}?sector=${s}`}>{t(`directory.sector.${s}` as never)}</a>
            </>
          )),
        )}
    </dl>
  );
}

function Speakers({ ctx, event }: { ctx: RequestContext; event: EventRow }) {
  return (
    <section aria-labelledby="speakers">
      <h2 id="speakers">{ctx.t('events.page.speakers')}</h2>
      <ul>
        {event.speakers.map((s) => (
          <li>
            {s.personSlug ? <a href={`/directory/people/${s.personSlug}`}>{s.name}</a> : s.name}
            {s.affiliation && <span class="muted"> — {s.affiliation}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EventPage(props: {
  ctx: RequestContext;
  details: EventDetails;
  origin: string;
  /** The registration part of the page, when the event takes registrations. */
  registration?: Child;
}) {
  const { ctx, details, origin } = props;
  const { event } = details;
  const { t, locale } = ctx;
  const text = eventText(event, locale);
  const path = eventPath(event);
  const url = `${origin}${path}`;
  return (
    <Layout
      ctx={ctx}
      title={text.title}
      path={path}
      head={
        <>
          {event.status === 'draft' && <meta name="robots" content="noindex" />}
          <PageMeta
            url={url}
            title={text.title}
            description={text.summary || text.title}
            locale={locale}
            type="website"
            image={
              event.coverKey
                ? { url: `${origin}/files/${event.coverKey}`, alt: text.coverAlt }
                : undefined
            }
            data={eventJsonLd(details, url, origin, text.title, text.summary)}
          />
        </>
      }
    >
      <article class="article">
        {event.status === 'draft' && <Notice>{t('events.page.draft')}</Notice>}
        {event.status === 'cancelled' && <Notice kind="error">{t('events.page.cancelled')}</Notice>}
        <p class="muted">{t(`events.type.${event.type}` as never)}</p>
        <h1>{text.title}</h1>
        {text.summary && <p class="lead">{text.summary}</p>}
        {event.coverKey && (
          <figure>
            <img
              class="cover"
              src={`/files/${event.coverKey}`}
              alt={text.coverAlt}
              decoding="async"
            />
          </figure>
        )}
        <Facts ctx={ctx} event={event} organizers={details.organizers} />
        {props.registration}
        {text.isFallback && <Notice>{t('events.page.fallback')}</Notice>}
        <div class="rich-text" lang={text.isFallback ? 'vi' : undefined}>
          {raw(renderRichText(text.description))}
        </div>
        {details.sessions.length > 0 && <Agenda ctx={ctx} sessions={details.sessions} />}
        {event.speakers.length > 0 && <Speakers ctx={ctx} event={event} />}
      </article>
    </Layout>
  );
}
