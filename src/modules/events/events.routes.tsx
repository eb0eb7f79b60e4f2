// The public side of events: the list with its filters, the month calendar and an event's page.
import { z } from 'zod';
import { policies } from '../../platform/authz';
import { routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { vnDay } from '../../platform/i18n/vn-time';
import { ZPage } from '../../platform/input/paging';
import { SECTORS } from '../directory';
import { EVENT_TYPES } from './domain/event';
import { EVENTS_PATH } from './permissions';
import { EVENT_MODES, EVENT_WHEN } from './services/event-search';
import { renderEventPage } from './registration.routes';
import { eventCalendarFile, eventsFeed } from './services/calendar-files';
import {
  eventsOfMonth,
  findPublicEvents,
  getEventPage,
  monthSpan,
} from './services/events.queries';
import { CALENDAR_CONTENT_TYPE } from '../../platform/calendar/ical';
import { CALENDAR_PATH, CalendarPage, EventListPage } from './ui/list-pages';

const ZEventQuery = z.object({
  q: z.string().max(200).optional().catch(undefined),
  when: z.enum(EVENT_WHEN).catch('upcoming'),
  type: z.enum(EVENT_TYPES).optional().catch(undefined),
  sector: z.enum(SECTORS).optional().catch(undefined),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .catch(undefined),
  mode: z.enum(EVENT_MODES).optional().catch(undefined),
  page: ZPage.catch(1),
});

export function registerEventRoutes(router: Router) {
  router.page('GET', EVENTS_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const { page, ...filters } = ZEventQuery.parse(c.req.query());
    const q = filters.q?.trim() || undefined;
    const result = await findPublicEvents(ctx.deps, { ...filters, q, page });
    return c.html(
      <EventListPage
        ctx={ctx}
        result={result}
        filters={{ ...filters, q }}
        origin={ctx.deps.config.publicUrl}
      />,
    );
  });

  // Before the events' pages: "calendar" is not an event's slug.
  router.page('GET', CALENDAR_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const asked = c.req.query('month') ?? '';
    const month = monthSpan(asked) ? asked : vnDay(ctx.deps.clock()).slice(0, 7);
    const events = await eventsOfMonth(ctx.deps, monthSpan(month)!);
    return c.html(<CalendarPage ctx={ctx} month={month} events={events} />);
  });

  router.on(
    { method: 'GET', path: `${EVENTS_PATH}/calendar.ics`, policy: policies.public, kind: 'system' },
    async (c) => {
      const ctx = c.get('ctx');
      const ics = await eventsFeed(ctx.deps, {
        name: ctx.t('events.list.title'),
        locale: ctx.locale,
      });
      return c.body(ics, 200, {
        'Content-Type': CALENDAR_CONTENT_TYPE('PUBLISH'),
        'Cache-Control': 'public, max-age=300',
      });
    },
  );
  router.on(
    {
      method: 'GET',
      path: `${EVENTS_PATH}/:slug/event.ics`,
      policy: policies.public,
      kind: 'system',
    },
    async (c) => {
      const ctx = c.get('ctx');
      const { event } = await getEventPage(ctx.deps, ctx.actor, routeParam(c, 'slug'));
      return c.body(eventCalendarFile(ctx.deps, event, ctx.locale), 200, {
        'Content-Type': CALENDAR_CONTENT_TYPE('PUBLISH'),
        'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
        'Cache-Control': event.status === 'draft' ? 'private, no-store' : 'public, max-age=300',
      });
    },
  );

  router.page('GET', `${EVENTS_PATH}/:slug`, policies.public, (c) =>
    renderEventPage(c, routeParam(c, 'slug')),
  );
}
