// Members' private calendar feeds and the seats they list.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { platformReservations as reservations } from '../../../platform/reservations';
import { eventsCalendarFeeds as feeds } from './follow-up-tables';
import { eventsEvents as events, eventsRegistrations as registrations } from './tables';

export type CalendarFeedRow = typeof feeds.$inferSelect;

export async function findFeedOfAccount(
  db: Db,
  accountId: string,
): Promise<CalendarFeedRow | undefined> {
  const [row] = await db.select().from(feeds).where(eq(feeds.accountId, accountId));
  return row;
}

export async function findFeed(db: Db, feedId: string): Promise<CalendarFeedRow | undefined> {
  const [row] = await db.select().from(feeds).where(eq(feeds.feedId, feedId));
  return row;
}

/** A new feed id for the account (the old URL stops working), or its first. */
export async function renewFeed(db: Db, accountId: string, now: Date): Promise<CalendarFeedRow> {
  const feedId = randomUUID();
  const [row] = await db
    .insert(feeds)
    .values({ accountId, feedId, createdAt: now })
    .onConflictDoUpdate({ target: feeds.accountId, set: { feedId, createdAt: now } })
    .returning();
  return row!;
}

export async function deleteFeed(db: Db, accountId: string): Promise<void> {
  await db.delete(feeds).where(eq(feeds.accountId, accountId));
}

/**
 * An account's confirmed seats (as their mailed calendar entries: none while awaiting approval)
 * of events not yet long over, soonest first.
 */
export function findAccountSeats(db: Db, accountId: string, endsFrom: Date, limit: number) {
  return db
    .select({ registration: registrations, event: events })
    .from(registrations)
    .innerJoin(reservations, eq(reservations.id, registrations.reservationId))
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(
      and(
        eq(registrations.accountId, accountId),
        eq(reservations.status, 'confirmed'),
        inArray(events.status, ['published', 'cancelled']),
        gte(events.endsAt, endsFrom),
      ),
    )
    .orderBy(asc(events.startsAt))
    .limit(limit);
}
