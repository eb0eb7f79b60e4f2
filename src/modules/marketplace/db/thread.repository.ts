// An introduction's message thread.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { marketplaceIntroductionMessages as messages } from './tables';

export type MessageRow = typeof messages.$inferSelect;

export async function insertMessage(
  db: Db,
  row: typeof messages.$inferInsert,
): Promise<MessageRow> {
  const [created] = await db.insert(messages).values(row).returning();
  return created!;
}

export async function findMessageByKey(db: Db, key: string): Promise<MessageRow | undefined> {
  const [row] = await db.select().from(messages).where(eq(messages.submissionKey, key));
  return row;
}

/** The thread, oldest first. */
export function messagesOf(db: Db, introductionId: string): Promise<MessageRow[]> {
  return db
    .select()
    .from(messages)
    .where(eq(messages.introductionId, introductionId))
    .orderBy(asc(messages.createdAt), asc(messages.id));
}

export async function findMessage(
  db: Db,
  introductionId: string,
  id: string,
): Promise<MessageRow | undefined> {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.introductionId, introductionId), eq(messages.id, id)));
  return row;
}
