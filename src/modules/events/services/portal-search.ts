// What the portal-wide search finds in events: published and cancelled events, upcoming first.
import type { SearchSource } from '../../../platform/modules/manifest';
import { EVENTS_PATH } from '../permissions';
import { eventPath, eventText, eventWhen } from '../ui/event-text';
import { searchEvents } from './event-search';

export const eventsSearchSources: SearchSource[] = [
  {
    id: 'events.events',
    title: 'events.list.title',
    order: 20,
    async find(ctx, words, limit) {
      const db = ctx.deps.database.db;
      const now = ctx.deps.clock();
      const [upcoming, past] = await Promise.all([
        searchEvents(db, { q: words, when: 'upcoming', page: 1 }, now),
        searchEvents(db, { q: words, when: 'past', page: 1 }, now),
      ]);
      const q = encodeURIComponent(words);
      return {
        total: upcoming.total + past.total,
        hits: [...upcoming.rows, ...past.rows].slice(0, limit).map((e) => ({
          title: eventText(e, ctx.locale).title,
          href: eventPath(e),
          meta: `${ctx.t(`events.type.${e.type}` as never)} · ${eventWhen(e, ctx.locale)}`,
        })),
        moreHref: `${EVENTS_PATH}?q=${q}${upcoming.total === 0 && past.total > 0 ? '&when=past' : ''}`,
      };
    },
  },
];
