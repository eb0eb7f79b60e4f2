// The door's event and its check-in volunteers: granted per event, looked up on every door request.
import { and, asc, eq, sql } from 'drizzle-orm';
import { builtOnce } from '../../../platform/db/built-once';
import type { Db } from '../../../platform/db/client';
import {
  EVENTS_MODULE,
  eventsCheckInVolunteers as volunteers,
  eventsEvents as events,
} from './tables';

/** A ticket type as the door names it, by its pool in the reservation core. */
export interface DoorTicketType {
  poolId: string;
  nameVi: string;
  nameEn: string;
}

const doorEventById = builtOnce((db) =>
  db
    .select({
      event: events,
      // Qualified by hand: Drizzle leaves a one-table select's columns bare.
      ticketTypes: sql<DoorTicketType[]>`coalesce((
        select json_agg(json_build_object('poolId', p.id, 'nameVi', t.name_vi, 'nameEn', t.name_en)
                        order by t.position)
          from events_ticket_types t join platform_reservation_pools p
            on p.owner_module = ${EVENTS_MODULE} and p.owner_key = t.id::text
         where t.event_id = ${events}.id), '[]'::json)`,
    })
    .from(events)
    .where(eq(events.id, sql.placeholder('id')))
    .prepare('events_door_event_by_id'),
);

/**
 * The event with its ticket types' names by pool, in one round trip: every scan at the door
 * names the ticket's type from it.
 */
export async function findDoorEvent(db: Db, id: string) {
  const [row] = await doorEventById(db).execute({ id });
  return row;
}

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
