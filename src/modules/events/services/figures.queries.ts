// The attendance figures staff and organisers read: one event's (whoever may manage it) and a
// period's, over the events held in it (the centre's staff only). A period is given by its first
// and last Vietnam days; the current year when not given.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { endOfVnDay, startOfVnDay, vnDay, vnYearRange } from '../../../platform/i18n/vn-time';
import { heldEvents, type EventRow } from '../db/events.repository';
import { canManageEvents } from '../permissions';
import { attendanceBreakdown, type AttendanceBreakdown } from './attendance-breakdown';
import { getManagedEvent } from './event-access';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface EventFigures {
  event: EventRow;
  breakdown: AttendanceBreakdown;
}

export async function findEventFigures(
  deps: Deps,
  acting: AuditContext,
  eventId: string,
): Promise<EventFigures> {
  const db = deps.database.db;
  const event = await getManagedEvent(db, acting.actor, eventId);
  return { event, breakdown: await attendanceBreakdown(db, [event]) };
}

/** A period as typed (dd/mm/yyyy or yyyy-mm-dd), both days included. */
export interface PeriodInput {
  from?: string;
  to?: string;
}

export type PeriodOutcome =
  | { ok: true; from: string; to: string; breakdown: AttendanceBreakdown }
  | { ok: false; field: 'from' | 'to' };

export async function findPeriodFigures(
  deps: Deps,
  acting: AuditContext,
  input: PeriodInput,
): Promise<PeriodOutcome> {
  if (!canManageEvents(acting.actor)) throw new AppError('NOT_FOUND');
  const year = vnYearRange(Number(vnDay(deps.clock()).slice(0, 4)));
  const from = input.from ? startOfVnDay(input.from) : year.from;
  if (!from) return { ok: false, field: 'from' };
  const last = input.to ? endOfVnDay(input.to) : new Date(year.to.getTime() - 1);
  if (!last || last < from) return { ok: false, field: 'to' };
  const db = deps.database.db;
  const events = await heldEvents(db, { from, to: new Date(last.getTime() + 1) });
  events.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return {
    ok: true,
    from: vnDay(from),
    to: vnDay(last),
    breakdown: await attendanceBreakdown(db, events),
  };
}
