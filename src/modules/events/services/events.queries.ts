// Reads of events: the public list, month and page (published and cancelled events only), the
// home page's next events, and the back-office's list and event.
import type { AuditContext } from '../../../platform/audit';
import type { Actor } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { pageWindow, type Paged } from '../../../platform/input/paging';
import { isUuid } from '../../../platform/input/uuid';
import { organizationFactsByIds, type DirectoryOrganizationFacts } from '../../directory';
import {
  countEvents,
  findEventById,
  findEventBySlug,
  listEvents,
  listSessions,
  type EventRow,
  type SessionRow,
} from '../db/events.repository';
import type { EventStatus } from '../domain/event';
import { canManageEvents } from '../permissions';
import { searchEvents, type EventPage, type EventQuery } from './event-search';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export function findPublicEvents(deps: Deps, query: EventQuery): Promise<EventPage> {
  return searchEvents(deps.database.db, query, deps.clock());
}

export interface EventDetails {
  event: EventRow;
  sessions: SessionRow[];
  organizers: DirectoryOrganizationFacts[];
}

async function detailsOf(deps: Deps, event: EventRow): Promise<EventDetails> {
  const db = deps.database.db;
  const [sessions, facts] = await Promise.all([
    listSessions(db, event.id),
    organizationFactsByIds(db, event.organizerIds),
  ]);
  const organizers = event.organizerIds
    .map((id) => facts.get(id))
    .filter((f): f is DirectoryOrganizationFacts => f !== undefined);
  return { event, sessions, organizers };
}

/** An event's page: published and cancelled ones for everyone, drafts for staff only. */
export async function getEventPage(deps: Deps, actor: Actor, slug: string): Promise<EventDetails> {
  const event = await findEventBySlug(deps.database.db, slug);
  if (!event || (event.status === 'draft' && !canManageEvents(actor)))
    throw new AppError('NOT_FOUND');
  return detailsOf(deps, event);
}

/** A published event's title by its address's slug, for another module's link to it. */
export async function publishedEventTitle(
  deps: Pick<AppDeps, 'database'>,
  slug: string,
): Promise<string | undefined> {
  const event = await findEventBySlug(deps.database.db, slug);
  return event?.status === 'published' ? event.titleVi : undefined;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const VN_OFFSET_MS = 7 * 3600_000;

/** The instants a Vietnam calendar month ("2026-12") begins and ends; undefined when not one. */
export function monthSpan(month: string): { from: Date; to: Date } | undefined {
  const m = MONTH.exec(month);
  if (!m) return undefined;
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  if (index < 0 || index > 11 || year < 2000 || year > 2199) return undefined;
  return {
    from: new Date(Date.UTC(year, index, 1) - VN_OFFSET_MS),
    to: new Date(Date.UTC(year, index + 1, 1) - VN_OFFSET_MS),
  };
}

/** Public events starting within a month, in order (the calendar view). */
export function eventsOfMonth(deps: Deps, span: { from: Date; to: Date }): Promise<EventRow[]> {
  return listEvents(
    deps.database.db,
    { statuses: ['published', 'cancelled'], startsFrom: span.from, startsBefore: span.to },
    { limit: 500, offset: 0 },
    'soonest',
  );
}

/** The next published events (running ones included), soonest first. */
export function upcomingEvents(deps: Deps, limit: number): Promise<EventRow[]> {
  return listEvents(
    deps.database.db,
    { statuses: ['published'], endsFrom: deps.clock() },
    { limit, offset: 0 },
    'soonest',
  );
}

export interface StaffEventQuery {
  status?: EventStatus;
  when?: 'upcoming' | 'past';
  page: number;
}

export const STAFF_PAGE_SIZE = 25;

export async function findEventsForStaff(
  deps: Deps,
  acting: AuditContext,
  query: StaffEventQuery,
): Promise<Paged<EventRow>> {
  if (!canManageEvents(acting.actor)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const filter = {
    statuses: query.status ? [query.status] : undefined,
    endsFrom: query.when === 'upcoming' ? now : undefined,
    endedBefore: query.when === 'past' ? now : undefined,
  };
  const db = deps.database.db;
  const [rows, total] = await Promise.all([
    listEvents(db, filter, pageWindow(query.page, STAFF_PAGE_SIZE)),
    countEvents(db, filter),
  ]);
  return { rows, total, page: query.page };
}

export async function getEventForStaff(
  deps: Deps,
  acting: AuditContext,
  id: string,
): Promise<EventDetails> {
  if (!canManageEvents(acting.actor) || !isUuid(id)) throw new AppError('NOT_FOUND');
  const event = await findEventById(deps.database.db, id);
  if (!event) throw new AppError('NOT_FOUND');
  return detailsOf(deps, event);
}
