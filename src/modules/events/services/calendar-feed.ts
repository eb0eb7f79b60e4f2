// A member's private calendar feed: the events where they hold a seat, for a calendar program to
// subscribe to without a session. The address is secret (a feed id and its signature); the member
// may get a new one (the old stops working) or revoke it. Each entry has the event's UID and the
// attendee's SEQUENCE, as in their mail, so the feed and the invitations are one event.
// rotateCalendarFeed / revokeCalendarFeed outcomes: done; an anonymous caller is NOT_FOUND.
import type { AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import { linkSecret, readSignedLink, signLink } from '../../../platform/authz/signed-links';
import { calendarFile } from '../../../platform/calendar/ical';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { translator, type Locale } from '../../../platform/i18n';
import {
  deleteFeed,
  findAccountSeats,
  findFeed,
  findFeedOfAccount,
  renewFeed,
} from '../db/calendar-feeds.repository';
import { attendeeSequence } from './attendee-calendar';
import { calendarEventOf } from './calendar-files';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config'>;

const DAY = 86_400_000;
const FEED_LIMIT = 500;
export const FEED_PREFIX = '/events/my/';
/** The purpose of a member's feed address (platform/authz/signed-links). */
const FEED_LINK = 'events/calendar-feed';

function accountOf(acting: AuditContext): string {
  if (!isSignedIn(acting.actor)) throw new AppError('NOT_FOUND');
  return acting.actor.user.id;
}

const feedUrl = (deps: Deps, feedId: string) =>
  `${deps.config.publicUrl}${FEED_PREFIX}${signLink(linkSecret(deps.config), FEED_LINK, feedId)}.ics`;

/** The member's feed address, if they made one. */
export async function myCalendarFeed(deps: Deps, acting: AuditContext) {
  const feed = await findFeedOfAccount(deps.database.db, accountOf(acting));
  return feed && feedUrl(deps, feed.feedId);
}

export async function rotateCalendarFeed(deps: Deps, acting: AuditContext): Promise<string> {
  const feed = await renewFeed(deps.database.db, accountOf(acting), deps.clock());
  return feedUrl(deps, feed.feedId);
}

export async function revokeCalendarFeed(deps: Deps, acting: AuditContext): Promise<void> {
  await deleteFeed(deps.database.db, accountOf(acting));
}

/** The feed's file; a revoked, replaced or forged address is NOT_FOUND. */
export async function personalFeed(deps: Deps, input: { token: string }): Promise<string> {
  const db = deps.database.db;
  const feedId = readSignedLink(linkSecret(deps.config), FEED_LINK, input.token);
  const feed = feedId ? await findFeed(db, feedId) : undefined;
  if (!feed) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const seats = await findAccountSeats(
    db,
    feed.accountId,
    new Date(now.getTime() - 30 * DAY),
    FEED_LIMIT,
  );
  const entries = [];
  for (const { registration, event } of seats) {
    const entry = calendarEventOf(event, deps.config.publicUrl, registration.locale as Locale);
    const sequence = await attendeeSequence(db, {
      event,
      registration,
      isRegistrationCancelled: false,
    });
    entries.push({ ...entry, sequence });
  }
  const locale: Locale = seats[0]?.registration.locale === 'en' ? 'en' : 'vi';
  return calendarFile({
    method: 'PUBLISH',
    now,
    name: translator(locale)('events.feed.name'),
    events: entries,
  });
}
