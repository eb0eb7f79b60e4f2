// What an attendee receives around an event besides their seat: a personal calendar feed,
// reminders (each sent once), the follow-up's slides link and the feedback they give.
import {
  check,
  createdAt,
  index,
  integer,
  pgTable,
  primaryKey,
  sql,
  text,
  tz,
  uniqueIndex,
  uuid,
  versionColumns,
} from '../../../platform/db/table-kit';
import { eventsEvents, eventsRegistrations } from './event-tables';

/**
 * A member's feed of their own registrations. The secret URL carries `feed_id` and its signature
 * (the platform's secret), so the database alone does not give the URL away; rotating the feed
 * gives a new id, revoking deletes the row.
 */
export const eventsCalendarFeeds = pgTable(
  'events_calendar_feeds',
  {
    accountId: text('account_id').primaryKey(),
    feedId: uuid('feed_id').notNull().defaultRandom(),
    createdAt: createdAt(),
  },
  // The feed's URL finds its account.
  (t) => [uniqueIndex('events_calendar_feeds_feed_idx').on(t.feedId)],
);

/**
 * Mails sent to one registration for one start time: a reminder (day, hour) or the follow-up.
 * The primary key is what makes a job run twice send once; an event moved to a new time may be
 * reminded of again.
 */
export const eventsAttendeeMails = pgTable(
  'events_attendee_mails',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventsRegistrations.id, { onDelete: 'cascade' }),
    /** day | hour | followUp */
    kind: text('kind').notNull(),
    startsAt: tz('starts_at').notNull(),
    sentAt: tz('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.kind, t.startsAt] })],
);

/** After the event: the slides' link mailed with the feedback survey, and until when it is open. */
export const eventsFollowUps = pgTable('events_follow_ups', {
  eventId: uuid('event_id')
    .primaryKey()
    .references(() => eventsEvents.id, { onDelete: 'cascade' }),
  slidesUrl: text('slides_url').notNull().default(''),
  /** Answers may be given and changed until then. */
  feedbackClosesAt: tz('feedback_closes_at').notNull(),
  updatedBy: text('updated_by'),
  ...versionColumns(),
});

/** One answer per registration to the follow-up's survey: a rating 1–5 and a comment. */
export const eventsFeedback = pgTable(
  'events_feedback',
  {
    registrationId: uuid('registration_id')
      .primaryKey()
      .references(() => eventsRegistrations.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => eventsEvents.id, { onDelete: 'cascade' }),
    rating: integer('rating').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [
    check('events_feedback_rating_check', sql`${t.rating} between 1 and 5`),
    // Staff's averages and comments of an event.
    index('events_feedback_event_idx').on(t.eventId),
  ],
);
