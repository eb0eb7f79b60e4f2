// Who may work an event's door besides staff: check-in volunteers, each named by staff for one
// event and for nothing else of the back-office.
import { createdAt, index, pgTable, primaryKey, text, uuid } from '../../../platform/db/table-kit';
import { eventsEvents } from './event-tables';

export const eventsCheckInVolunteers = pgTable(
  'events_check_in_volunteers',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => eventsEvents.id, { onDelete: 'cascade' }),
    accountId: text('account_id').notNull(),
    /** Who granted it, for the staff page and the audit's readers. */
    grantedById: text('granted_by_id'),
    createdAt: createdAt(),
  },
  (t) => [
    // One grant per event and account: a second grant of the same person changes nothing.
    primaryKey({ columns: [t.eventId, t.accountId] }),
    // The events an account may check people in for (its door pages, erasure of the account).
    index('events_check_in_volunteers_account_idx').on(t.accountId),
  ],
);
