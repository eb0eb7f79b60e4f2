// Messages the organisers write to an event's registrants: what was said, to whom (every live
// registrant or one ticket type's) and how many mails went out. The form's one-time key makes a
// double-submitted message one row and one mail per recipient.
import {
  createdAt,
  id,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from '../../../platform/db/table-kit';
import { eventsEvents, eventsTicketTypes } from './event-tables';

export const eventsMessages = pgTable(
  'events_messages',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => eventsEvents.id, { onDelete: 'cascade' }),
    /** None: every live registrant of the event. */
    ticketTypeId: uuid('ticket_type_id').references(() => eventsTicketTypes.id, {
      onDelete: 'set null',
    }),
    subjectVi: text('subject_vi').notNull(),
    bodyVi: text('body_vi').notNull(),
    /** For registrants who chose English; the Vietnamese text when left empty. */
    subjectEn: text('subject_en').notNull().default(''),
    bodyEn: text('body_en').notNull().default(''),
    idempotencyKey: text('idempotency_key').notNull(),
    recipients: integer('recipients').notNull(),
    sentBy: text('sent_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('events_messages_idempotency_idx').on(t.eventId, t.idempotencyKey),
    // An event's messages, newest first.
    index('events_messages_event_idx').on(t.eventId, t.createdAt),
  ],
);
