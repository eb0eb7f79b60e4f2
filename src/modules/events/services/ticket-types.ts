// addTicketType: a kind of ticket with its capacity (and whether staff approve each registration),
// and its pool in the reservation core, in one transaction (audited). setTicketApproval: changed
// for the registrations to come (those made keep their state). setTicketCapacity: CHANGED (a raised capacity offers the freed seats to
// the waitlist at once, mailed in the same transaction) | BELOW_TAKEN (fewer than the seats
// already confirmed or held). Unknown ids are NOT_FOUND.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { ZRequiredText, ZText } from '../../../platform/input/text-fields';
import { fieldErrors, wholeNumber } from '../../../platform/input/validation';
import {
  findPoolOf,
  openPool,
  reservationDeps,
  setPoolCapacity,
  updatePoolSettings,
} from '../../../platform/reservations';
import { z } from 'zod';
import { findEventById } from '../db/events.repository';
import { EVENTS_MODULE } from '../db/tables';
import {
  findTicketType,
  insertTicketType,
  type TicketTypeRow,
} from '../db/registrations.repository';
import { canManageEvents } from '../permissions';
import { mailChanges } from './registration-mail';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'mail' | 'jobs'>;

export const MAX_CAPACITY = 100_000;

const ZTicketType = z.object({
  nameVi: ZRequiredText(80),
  nameEn: ZText(80).default(''),
  capacity: wholeNumber(0, MAX_CAPACITY).pipe(z.number()),
});

export async function addTicketType(
  deps: Deps,
  acting: AuditContext,
  input: {
    eventId: string;
    nameVi: string;
    nameEn?: string;
    capacity: string | number;
    isApprovalRequired?: boolean;
  },
): Promise<{ ok: true; ticketType: TicketTypeRow } | Invalid> {
  if (!canManageEvents(acting.actor) || !isUuid(input.eventId)) throw new AppError('NOT_FOUND');
  const event = await findEventById(deps.database.db, input.eventId);
  if (!event) throw new AppError('NOT_FOUND');
  const parsed = ZTicketType.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const ticketType = await deps.database.db.transaction(async (tx) => {
    const created = await insertTicketType(tx, {
      eventId: event.id,
      nameVi: parsed.data.nameVi,
      nameEn: parsed.data.nameEn,
      createdAt: deps.clock(),
    });
    await openPool(reservationDeps(deps, tx), acting, {
      ownerModule: EVENTS_MODULE,
      ownerKey: created.id,
      groupKey: event.id,
      capacity: parsed.data.capacity,
      holdHours: event.holdHours,
      isApprovalRequired: input.isApprovalRequired ?? false,
    });
    await recordAudit(tx, acting, {
      action: 'events.ticket-type:create',
      entityType: 'events_ticket_type',
      entityId: created.id,
      after: {
        eventId: event.id,
        name: created.nameVi,
        capacity: parsed.data.capacity,
        isApprovalRequired: input.isApprovalRequired ?? false,
      },
    });
    return created;
  });
  return { ok: true, ticketType };
}

export type CapacityResult =
  { ok: true } | { ok: false; reason: 'BELOW_TAKEN'; usedUnits: number } | Invalid;

export async function setTicketCapacity(
  deps: Deps,
  acting: AuditContext,
  input: { ticketTypeId: string; capacity: string | number },
): Promise<CapacityResult> {
  if (!canManageEvents(acting.actor) || !isUuid(input.ticketTypeId))
    throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const ticketType = await findTicketType(db, input.ticketTypeId);
  const pool =
    ticketType &&
    (await findPoolOf({ db }, { ownerModule: EVENTS_MODULE, ownerKey: ticketType.id }));
  if (!pool) throw new AppError('NOT_FOUND');
  const capacity = wholeNumber(0, MAX_CAPACITY).safeParse(input.capacity);
  if (!capacity.success || capacity.data === undefined)
    return invalid({ capacity: { key: 'validation.wholeNumber' } });
  const result = await db.transaction(async (tx) => {
    const outcome = await setPoolCapacity(reservationDeps(deps, tx), acting, {
      poolId: pool.id,
      capacity: capacity.data!,
    });
    if (outcome.ok) await mailChanges(tx, deps, outcome.changes);
    return outcome;
  });
  deps.jobs.wake();
  if (result.ok) return { ok: true };
  if (result.reason === 'BELOW_TAKEN')
    return { ok: false, reason: 'BELOW_TAKEN', usedUnits: result.usedUnits };
  throw new AppError('CONFLICT');
}

export async function setTicketApproval(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; ticketTypeId: string; isApprovalRequired: boolean },
): Promise<void> {
  if (!canManageEvents(acting.actor) || !isUuid(input.ticketTypeId))
    throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const ticketType = await findTicketType(db, input.ticketTypeId);
  const pool =
    ticketType?.eventId === input.eventId &&
    (await findPoolOf({ db }, { ownerModule: EVENTS_MODULE, ownerKey: ticketType.id }));
  if (!pool) throw new AppError('NOT_FOUND');
  await updatePoolSettings(reservationDeps(deps), acting, {
    poolId: pool.id,
    isApprovalRequired: input.isApprovalRequired,
  });
}
