// Events, their agenda and their series.
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  lt,
  max,
  ne,
  sql,
  sum,
  type SQL,
} from 'drizzle-orm';
import { builtOnce } from '../../../platform/db/built-once';
import type { Db } from '../../../platform/db/client';
import type { EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import {
  EVENTS_MODULE,
  eventsEvents as events,
  eventsSeries as series,
  eventsSessions as sessions,
} from './tables';

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;
/** What a change may write: the slug is fixed at creation. */
export type EventPatch = EditablePatch<typeof events, 'slug'>;
export type SessionRow = typeof sessions.$inferSelect;
export type NewSessionRow = Omit<typeof sessions.$inferInsert, 'eventId' | 'position'>;
export type SeriesRow = typeof series.$inferSelect;

export async function insertEvent(db: Db, row: NewEventRow): Promise<EventRow> {
  const [created] = await db.insert(events).values(row).returning();
  return created!;
}

/** Every back-office page and check-in of an event starts here: built once. */
const eventById = builtOnce((db) =>
  db
    .select()
    .from(events)
    .where(eq(events.id, sql.placeholder('id')))
    .prepare('events_event_by_id'),
);

export async function findEventById(db: Db, id: string): Promise<EventRow | undefined> {
  const [row] = await eventById(db).execute({ id });
  return row;
}

/** Every event page and registration starts here: built once (platform/db/built-once). */
const eventBySlug = builtOnce((db) =>
  db
    .select()
    .from(events)
    .where(eq(events.slug, sql.placeholder('slug')))
    .prepare('events_event_by_slug'),
);

export async function findEventBySlug(db: Db, slug: string): Promise<EventRow | undefined> {
  const [row] = await eventBySlug(db).execute({ slug });
  return row;
}

/** A ticket type's pool in the reservation core, as a registration names it. */
export interface TicketPool {
  id: string;
  /** The ticket type's id. */
  ownerKey: string;
}

const eventBySlugWithPool = builtOnce((db) =>
  db
    .select({
      event: events,
      // The pool of this event's ticket type (its groupKey names the event); null for another's.
      pool: sql<TicketPool | null>`(
        select json_build_object('id', p.id, 'ownerKey', p.owner_key)
          from platform_reservation_pools p
         where p.owner_module = ${EVENTS_MODULE} and p.owner_key = ${sql.placeholder('ticketTypeId')}
           and p.group_key = ${events}.id::text)`,
    })
    .from(events)
    .where(eq(events.slug, sql.placeholder('slug')))
    .prepare('events_event_by_slug_with_pool'),
);

/** A registration's event and its ticket type's pool, in one round trip. */
export async function findEventWithPool(db: Db, slug: string, ticketTypeId: string) {
  const [row] = await eventBySlugWithPool(db).execute({ slug, ticketTypeId });
  return row;
}

export const updateEventAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: EventPatch,
  stamp: ChangeStamp,
) => updateAtVersion(db, events, eq(events.id, id), version, patch, stamp);

/** An event's agenda replaced whole, in the order given. */
export async function replaceSessions(db: Db, eventId: string, rows: NewSessionRow[]) {
  await db.delete(sessions).where(eq(sessions.eventId, eventId));
  if (rows.length === 0) return;
  await db.insert(sessions).values(rows.map((r, position) => ({ ...r, eventId, position })));
}

export function listSessions(db: Db, eventId: string): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(eq(sessions.eventId, eventId))
    .orderBy(asc(sessions.position));
}

export interface EventFilter {
  statuses?: readonly string[];
  /** Events that end at or after this instant (upcoming and running). */
  endsFrom?: Date;
  /** Events that ended before this instant. */
  endedBefore?: Date;
  startsFrom?: Date;
  startsBefore?: Date;
  provinceCode?: string;
}

function whereOf(f: EventFilter): SQL | undefined {
  return and(
    f.statuses && inArray(events.status, [...f.statuses]),
    f.endsFrom ? gte(events.endsAt, f.endsFrom) : undefined,
    f.endedBefore ? lt(events.endsAt, f.endedBefore) : undefined,
    f.startsFrom ? gte(events.startsAt, f.startsFrom) : undefined,
    f.startsBefore ? lt(events.startsAt, f.startsBefore) : undefined,
    f.provinceCode ? eq(events.provinceCode, f.provinceCode) : undefined,
  );
}

export function listEvents(
  db: Db,
  filter: EventFilter,
  window: { limit: number; offset: number },
  order: 'soonest' | 'latest' = 'latest',
): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(whereOf(filter))
    .orderBy(order === 'soonest' ? asc(events.startsAt) : desc(events.startsAt), asc(events.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countEvents(db: Db, filter: EventFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(events).where(whereOf(filter));
  return row?.n ?? 0;
}

export function findEventsByIds(db: Db, ids: readonly string[]): Promise<EventRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(events)
    .where(inArray(events.id, [...ids]));
}

/** The published and cancelled events, for the search index (the list shows cancelled ones). */
export function publicEvents(db: Db): Promise<EventRow[]> {
  return db.select().from(events).where(ne(events.status, 'draft'));
}

/** Moves whenever an event is added, changed or removed: the search index's stamp. */
export async function eventsStamp(db: Db): Promise<string> {
  const [row] = await db
    .select({ n: count(), versions: sum(events.version), at: max(events.updatedAt) })
    .from(events);
  return `${row?.n ?? 0}:${row?.versions ?? 0}:${row?.at?.getTime() ?? 0}`;
}

/** Held events (published, not cancelled) that started within [from, to), of one province. */
export function heldEvents(db: Db, q: { from: Date; to: Date; province?: string }) {
  return db
    .select()
    .from(events)
    .where(
      and(
        eq(events.status, 'published'),
        gte(events.startsAt, q.from),
        lt(events.startsAt, q.to),
        q.province ? eq(events.provinceCode, q.province) : undefined,
      ),
    );
}

export async function insertSeries(db: Db, row: typeof series.$inferInsert): Promise<SeriesRow> {
  const [created] = await db.insert(series).values(row).returning();
  return created!;
}

/** The latest occurrence of a series: where the next ones follow from. */
export async function lastOfSeries(db: Db, seriesId: string): Promise<EventRow | undefined> {
  const [row] = await db
    .select()
    .from(events)
    .where(eq(events.seriesId, seriesId))
    .orderBy(desc(events.startsAt))
    .limit(1);
  return row;
}

export function listSeriesEvents(db: Db, seriesId: string): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(eq(events.seriesId, seriesId))
    .orderBy(asc(events.startsAt));
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`1` })
    .from(events)
    .where(eq(events.slug, slug));
  return row !== undefined;
}
