// The events as iCalendar (RFC 5545, through the platform's writer): one event's file to
// download, and the subscribable feed of the centre's public events (the last month and all
// ahead). Each event keeps one UID; its version is the SEQUENCE, so calendars take a moved
// event as an update.
import type { AppDeps } from '../../../platform/deps';
import { calendarFile, type CalendarEvent } from '../../../platform/calendar/ical';
import type { Locale } from '../../../platform/i18n';
import { listEvents, type EventRow } from '../db/events.repository';
import { eventPath, eventText } from '../ui/event-text';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config'>;

const DAY = 86_400_000;
const FEED_LIMIT = 500;

export function calendarEventOf(e: EventRow, origin: string, locale: Locale): CalendarEvent {
  const text = eventText(e, locale);
  return {
    uid: `event-${e.id}@${new URL(origin).host}`,
    sequence: e.version - 1,
    start: e.startsAt,
    end: e.endsAt,
    summary: text.title,
    description: [text.summary, e.onlineUrl].filter(Boolean).join('\n'),
    location: [e.venueName, e.venueAddress].filter(Boolean).join(', ') || e.onlineUrl,
    url: `${origin}${eventPath(e)}`,
    isCancelled: e.status === 'cancelled',
    updatedAt: e.updatedAt,
  };
}

export function eventCalendarFile(deps: Deps, event: EventRow, locale: Locale): string {
  return calendarFile({
    method: 'PUBLISH',
    now: deps.clock(),
    events: [calendarEventOf(event, deps.config.publicUrl, locale)],
  });
}

export async function eventsFeed(deps: Deps, input: { name: string; locale: Locale }) {
  const from = new Date(deps.clock().getTime() - 30 * DAY);
  const events = await listEvents(
    deps.database.db,
    { statuses: ['published', 'cancelled'], endsFrom: from },
    { limit: FEED_LIMIT, offset: 0 },
    'soonest',
  );
  return calendarFile({
    method: 'PUBLISH',
    now: deps.clock(),
    name: input.name,
    events: events.map((e) => calendarEventOf(e, deps.config.publicUrl, input.locale)),
  });
}
