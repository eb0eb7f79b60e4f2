// Events of the centre and their agenda; monthly series ("cà phê công nghệ") share a series row.
// Registration, seats and check-in live in the platform's reservation core, not here.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tz } from '../../../platform/db/columns';
import type { Speaker } from '../domain/event';
import { GENDERS } from '../domain/gender';
import type { TCallForm } from '../../programs';

const stamps = {
  version: integer('version').notNull().default(1),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  createdBy: text('created_by'),
  updatedBy: text('updated_by'),
};

export const eventsSeries = pgTable('events_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  titleVi: text('title_vi').notNull(),
  /** How occurrences follow each other: 'monthly' keeps the weekday and its rank in the month. */
  cadence: text('cadence').notNull().default('monthly'),
  createdAt: tz('created_at').notNull().defaultNow(),
  createdBy: text('created_by'),
});

export const eventsEvents = pgTable(
  'events_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    /** draft | published | cancelled */
    status: text('status').notNull().default('draft'),
    type: text('type').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    summaryVi: text('summary_vi').notNull().default(''),
    summaryEn: text('summary_en').notNull().default(''),
    /** Markdown; rendered and sanitised on the server. */
    descriptionVi: text('description_vi').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    /** vi | en | vi_en: the language the event is held in. */
    language: text('language').notNull().default('vi'),
    /** Directory organisations: the first organises, the others co-organise. */
    organizerIds: uuid('organizer_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    venueName: text('venue_name').notNull().default(''),
    venueAddress: text('venue_address').notNull().default(''),
    provinceCode: text('province_code'),
    mapUrl: text('map_url').notNull().default(''),
    onlineUrl: text('online_url').notNull().default(''),
    startsAt: tz('starts_at').notNull(),
    endsAt: tz('ends_at').notNull(),
    sectors: text('sectors')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    programmeSlug: text('programme_slug'),
    programmeTitle: text('programme_title').notNull().default(''),
    speakers: jsonb('speakers').$type<Speaker[]>().notNull().default([]),
    coverKey: text('cover_key'),
    coverAltVi: text('cover_alt_vi').notNull().default(''),
    coverAltEn: text('cover_alt_en').notNull().default(''),
    seriesId: uuid('series_id').references(() => eventsSeries.id, { onDelete: 'set null' }),
    /** Staff closed registration by hand, whatever the closing time. */
    isRegistrationClosed: boolean('is_registration_closed').notNull().default(false),
    registrationOpensAt: tz('registration_opens_at'),
    registrationClosesAt: tz('registration_closes_at'),
    /** Attendees may cancel until then (none: until the event starts). */
    cancelUntil: tz('cancel_until'),
    /** How long a waitlisted person's offered seat is held for them. */
    holdHours: integer('hold_hours').notNull().default(24),
    /** The questions registrants answer (the programmes' form builder); none: no questions. */
    registrationForm: jsonb('registration_form').$type<TCallForm>(),
    /** Figures recorded by staff for an event run off the platform (paper lists). */
    reportedParticipants: integer('reported_participants'),
    reportedStartups: integer('reported_startups'),
    publishedAt: tz('published_at'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('events_events_slug_idx').on(t.slug),
    // The public list and the indicators: published events by start.
    index('events_events_public_idx').on(t.status, t.startsAt),
    // The occurrences of a series, in order.
    index('events_events_series_idx').on(t.seriesId, t.startsAt),
  ],
);

export const eventsSessions = pgTable(
  'events_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => eventsEvents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    startsAt: tz('starts_at').notNull(),
    endsAt: tz('ends_at').notNull(),
    track: text('track').notNull().default(''),
    title: text('title').notNull(),
    speakers: text('speakers').notNull().default(''),
  },
  // An event's agenda in order.
  (t) => [index('events_sessions_event_idx').on(t.eventId, t.position)],
);

/** The reservation core's owner of this module's pools (`owner_module`), each a ticket type's. */
export const EVENTS_MODULE = 'events';

/** A kind of ticket with its own capacity (startups, investors, press, general): one core pool. */
export const eventsTicketTypes = pgTable(
  'events_ticket_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => eventsEvents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull().default(''),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  // An event's ticket types in order.
  (t) => [index('events_ticket_types_event_idx').on(t.eventId, t.position)],
);

/**
 * Who registered, as they gave it: the seat itself is the core's reservation. A guest's row waits
 * for the e-mail to be confirmed before it asks for a seat; its manage link (hashed here) shows
 * the ticket and cancels without an account.
 */
export const eventsRegistrations = pgTable(
  'events_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => eventsEvents.id, { onDelete: 'cascade' }),
    ticketTypeId: uuid('ticket_type_id')
      .notNull()
      .references(() => eventsTicketTypes.id, { onDelete: 'cascade' }),
    reservationId: uuid('reservation_id'),
    accountId: text('account_id'),
    name: text('name').notNull(),
    email: text('email').notNull(),
    locale: text('locale').notNull().default('vi'),
    /** The form's one-time key: a double-click or a retry finds this row. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** Answers to the event's questions, keyed by question id (validated against its form). */
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    /**
     * The registrant's answer to the optional gender question, asked for the event figures only
     * (domain/gender.ts); null: not given.
     */
    gender: text('gender', { enum: GENDERS }),
    /** The organisation a guest list gave for this person (members' come from the directory). */
    organization: text('organization').notNull().default(''),
    /** The colleague's account that registered this person on their organisation's behalf. */
    registeredBy: text('registered_by'),
    confirmTokenHash: text('confirm_token_hash'),
    manageTokenHash: text('manage_token_hash').notNull(),
    confirmedAt: tz('confirmed_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('events_registrations_idempotency_idx').on(t.eventId, t.idempotencyKey),
    uniqueIndex('events_registrations_reservation_idx').on(t.reservationId),
    uniqueIndex('events_registrations_confirm_idx').on(t.confirmTokenHash),
    uniqueIndex('events_registrations_manage_idx').on(t.manageTokenHash),
    // A member's registrations.
    index('events_registrations_account_idx').on(t.accountId),
    check(
      'events_registrations_gender_ck',
      sql`${t.gender} is null or ${t.gender} in ('female', 'male', 'other', 'undisclosed')`,
    ),
  ],
);
