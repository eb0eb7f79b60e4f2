// An event's attendance evidence for staff: its figures per ticket type and the people checked in
// with their organisation (their directory profile's, else the one a guest list gave) — the raw
// material of the signed attendance list (danh sách đại biểu tham dự) and of the figures' XLSX.
// No e-mail address leaves this file: the list is printed and signed by everyone present.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { countAttendance, findReservations } from '../../../platform/reservations';
import {
  organizationFactsByIds,
  organizationsLinkedToAccounts,
  type DirectoryOrganizationFacts,
} from '../../directory';
import { findEventById, type EventRow } from '../db/events.repository';
import { findRegistrationsByReservations, listTicketTypes } from '../db/registrations.repository';
import { canManageEvents } from '../permissions';
import { EVENTS_MODULE } from '../db/tables';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

/** People (units), not reservations: a party of 2 counts 2. */
export interface TicketFigures {
  ticketType: string;
  /** Everyone holding a live registration: confirmed, awaiting approval, offered or waiting. */
  registered: number;
  confirmed: number;
  waitlisted: number;
  attended: number;
  /** Confirmed and not checked in. */
  noShows: number;
}

export interface Attendee {
  name: string;
  organization: string;
}

export interface AttendanceReport {
  event: EventRow;
  organizers: DirectoryOrganizationFacts[];
  figures: TicketFigures[];
  total: TicketFigures;
  attendees: Attendee[];
}

const PAGE = 1000;

async function checkedIn(deps: Deps, eventId: string) {
  const db = deps.database.db;
  const found = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await findReservations(
      { db },
      {
        ownerModule: EVENTS_MODULE,
        groupKey: eventId,
        statuses: ['confirmed'],
        limit: PAGE,
        offset,
      },
    );
    found.push(...page.filter((r) => r.checkIns.length > 0).map((r) => r.reservation));
    if (page.length < PAGE) return found;
  }
}

async function attendeesOf(deps: Deps, eventId: string): Promise<Attendee[]> {
  const db = deps.database.db;
  const present = await checkedIn(deps, eventId);
  const registrations = await findRegistrationsByReservations(
    db,
    present.map((r) => r.id),
  );
  const accounts = [...new Set(registrations.flatMap((r) => (r.accountId ? [r.accountId] : [])))];
  const links = await organizationsLinkedToAccounts(db, accounts);
  const facts = await organizationFactsByIds(db, [...new Set([...links.values()].flat())]);
  const byReservation = new Map(registrations.map((r) => [r.reservationId, r]));
  return present.map((reservation) => {
    const registration = byReservation.get(reservation.id);
    const orgIds = (registration?.accountId && links.get(registration.accountId)) || [];
    const inDirectory = orgIds
      .map((id) => facts.get(id)?.name)
      .filter(Boolean)
      .join('; ');
    return {
      name: registration?.name ?? reservation.guestName ?? '',
      organization: inDirectory || registration?.organization || '',
    };
  });
}

async function figuresOf(deps: Deps, eventId: string): Promise<TicketFigures[]> {
  const db = deps.database.db;
  const [types, pools] = await Promise.all([
    listTicketTypes(db, eventId),
    countAttendance({ db }, { ownerModule: EVENTS_MODULE, groupKey: eventId }),
  ]);
  return types.flatMap((type) => {
    const pool = pools.find((p) => p.ownerKey === type.id);
    if (!pool) return [];
    return [
      {
        ticketType: type.nameVi,
        registered:
          pool.confirmedUnits + pool.pendingUnits + pool.offeredUnits + pool.waitlistedUnits,
        confirmed: pool.confirmedUnits,
        waitlisted: pool.waitlistedUnits,
        attended: pool.checkedInUnits,
        noShows: pool.noShowUnits,
      },
    ];
  });
}

const FIGURES = ['registered', 'confirmed', 'waitlisted', 'attended', 'noShows'] as const;

function totalOf(rows: TicketFigures[]): TicketFigures {
  const total: TicketFigures = {
    ticketType: '',
    registered: 0,
    confirmed: 0,
    waitlisted: 0,
    attended: 0,
    noShows: 0,
  };
  for (const row of rows) for (const key of FIGURES) total[key] += row[key];
  return total;
}

/** The event's figures and attendees (staff only; anyone else finds nothing). */
export async function attendanceReport(
  deps: Deps,
  acting: AuditContext,
  eventId: string,
): Promise<AttendanceReport> {
  if (!canManageEvents(acting.actor) || !isUuid(eventId)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const event = await findEventById(db, eventId);
  if (!event) throw new AppError('NOT_FOUND');
  const [figures, attendees, facts] = await Promise.all([
    figuresOf(deps, event.id),
    attendeesOf(deps, event.id),
    organizationFactsByIds(db, event.organizerIds),
  ]);
  const organizers = event.organizerIds
    .map((id) => facts.get(id))
    .filter((f): f is DirectoryOrganizationFacts => f !== undefined);
  return { event, organizers, figures, total: totalOf(figures), attendees };
}
