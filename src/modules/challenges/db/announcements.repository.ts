import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { challengesResultAnnouncements as announcements } from './tables';

export type AnnouncementRow = typeof announcements.$inferSelect;

export async function findAnnouncement(
  db: Db,
  challengeId: string,
): Promise<AnnouncementRow | undefined> {
  const [row] = await db
    .select()
    .from(announcements)
    .where(eq(announcements.challengeId, challengeId));
  return row;
}

/** Undefined when the challenge's results were already announced. */
export async function insertAnnouncement(
  db: Db,
  row: typeof announcements.$inferInsert,
): Promise<AnnouncementRow | undefined> {
  const [created] = await db.insert(announcements).values(row).onConflictDoNothing().returning();
  return created;
}
