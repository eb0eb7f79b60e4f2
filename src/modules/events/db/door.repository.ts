// Check-in volunteers: granted per event, looked up on every door request.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { eventsCheckInVolunteers as volunteers } from './tables';

export type VolunteerRow = typeof volunteers.$inferSelect;

/** The new grant, or undefined when the account had it already. */
export async function insertVolunteer(
  db: Db,
  row: typeof volunteers.$inferInsert,
): Promise<VolunteerRow | undefined> {
  const [created] = await db.insert(volunteers).values(row).onConflictDoNothing().returning();
  return created;
}

export async function deleteVolunteer(db: Db, eventId: string, accountId: string) {
  const [deleted] = await db
    .delete(volunteers)
    .where(and(eq(volunteers.eventId, eventId), eq(volunteers.accountId, accountId)))
    .returning();
  return deleted;
}

export async function isVolunteer(db: Db, eventId: string, accountId: string) {
  const [row] = await db
    .select({ accountId: volunteers.accountId })
    .from(volunteers)
    .where(and(eq(volunteers.eventId, eventId), eq(volunteers.accountId, accountId)));
  return row !== undefined;
}

export function listVolunteers(db: Db, eventId: string): Promise<VolunteerRow[]> {
  return db
    .select()
    .from(volunteers)
    .where(eq(volunteers.eventId, eventId))
    .orderBy(asc(volunteers.createdAt));
}
