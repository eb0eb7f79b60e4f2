// The home page's section from events: the next events.
import type { HomeBlock } from '../../../platform/modules/manifest';
import { EVENTS_PATH } from '../permissions';
import { EventCard } from '../ui/event-text';
import { upcomingEvents } from './events.queries';

export const eventsHomeBlocks: HomeBlock[] = [
  {
    id: 'events.upcoming',
    order: 20,
    async render(ctx) {
      const events = await upcomingEvents(ctx.deps, 4);
      if (events.length === 0) return null;
      const { t } = ctx;
      return (
        <section aria-labelledby="upcoming-events-title">
          <h2 id="upcoming-events-title">{t('events.home.title')}</h2>
          <ul class="cards">
            {events.map((event) => (
              <EventCard ctx={ctx} event={event} />
            ))}
          </ul>
          <p>
            <a href={EVENTS_PATH}>{t('events.home.all')}</a>
          </p>
        </section>
      );
    },
  },
];
