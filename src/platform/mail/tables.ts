import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A file sent with a message (a calendar invitation, a ticket), kept in the outbox with it: the
 * message is delivered as it was decided, whatever changed since, even after a restart.
 */
export interface MailAttachment {
  filename: string;
  /** With its parameters, e.g. `text/calendar; charset=utf-8; method=REQUEST`. */
  contentType: string;
  /** Text as it is, or bytes in base64 (`encoding: 'base64'`). */
  content: string;
  encoding?: 'base64';
}

/** Every message is written here first; SMTP delivery updates its status. */
export const platformMailOutbox = pgTable(
  'platform_mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    template: text('template'),
    /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) of a digest. */
    headers: jsonb('headers').$type<Record<string, string>>(),
    attachments: jsonb('attachments').$type<MailAttachment[]>(),
    /** pending → sent | failed; "kept" when no SMTP is configured */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  // back-office outbox list and the retry sweep
  (t) => [index('platform_mail_outbox_status_idx').on(t.status, t.createdAt)],
);
