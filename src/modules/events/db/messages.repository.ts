// The organisers' messages to an event's registrants.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { eventsMessages as messages } from './message-tables';

export type MessageRow = typeof messages.$inferSelect;

/** The message, or undefined when this form's key already sent one (a double submit). */
export async function insertMessage(
  db: Db,
  row: typeof messages.$inferInsert,
): Promise<MessageRow | undefined> {
  const [inserted] = await db.insert(messages).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function findMessageByKey(
  db: Db,
  eventId: string,
  idempotencyKey: string,
): Promise<MessageRow | undefined> {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.eventId, eventId), eq(messages.idempotencyKey, idempotencyKey)));
  return row;
}

export function listMessages(db: Db, eventId: string): Promise<MessageRow[]> {
  return db
    .select()
    .from(messages)
    .where(eq(messages.eventId, eventId))
    .orderBy(desc(messages.createdAt))
    .limit(100);
}
