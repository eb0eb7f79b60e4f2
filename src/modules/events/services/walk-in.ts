// admitAtDoor: staff or a check-in volunteer register someone who came without registering and
// check them in at once, to the part of the event the door is checking (the core's admitWalkIn,
// one transaction under the pool's lock: a free seat goes to them, never one beyond capacity).
// Outcomes: ADMITTED (their name) | FULL (the ticket type's name) | ALREADY (this e-mail holds a
// seat of the ticket type: find them by name) | UNKNOWN_SESSION | INVALID (name, e-mail, ticket
// type). The same form posted again (a double tap, a retry) is the same walk-in, checked in once.
// A walk-in is the core's reservation alone — no registration, so no mails: they are at the door.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { ZRequiredText } from '../../../platform/input/text-fields';
import { fieldErrors } from '../../../platform/input/validation';
import { admitWalkIn, findPoolOf, reservationDeps } from '../../../platform/reservations';
import { z } from 'zod';
import { findTicketType, type TicketTypeRow } from '../db/registrations.repository';
import { openDoor } from './door-access';
import { doorParts } from './door-sessions';
import { EVENTS_MODULE } from '../db/tables';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config'>;

export type WalkInResult =
  | { ok: true; name: string }
  | { ok: false; reason: 'FULL'; ticketType: TicketTypeRow }
  | { ok: false; reason: 'ALREADY' | 'UNKNOWN_SESSION' }
  | Invalid;

const ZWalkIn = z.object({
  name: ZRequiredText(120),
  email: z.union([z.literal(''), z.email().max(254)]),
  key: z.string().min(8).max(100),
});

async function poolOfTicket(deps: Deps, eventId: string, ticketTypeId: string) {
  const db = deps.database.db;
  const ticketType = isUuid(ticketTypeId) ? await findTicketType(db, ticketTypeId) : undefined;
  if (ticketType?.eventId !== eventId) return undefined;
  const pool = await findPoolOf({ db }, { ownerModule: EVENTS_MODULE, ownerKey: ticketType.id });
  return pool && { ticketType, pool };
}

export async function admitAtDoor(
  deps: Deps,
  acting: AuditContext,
  input: {
    eventId: string;
    name: string;
    email: string;
    ticketTypeId: string;
    key: string;
    sessionKey: string;
  },
): Promise<WalkInResult> {
  const { event } = await openDoor(deps, acting, input.eventId);
  const parsed = ZWalkIn.safeParse({ ...input, email: input.email.trim().toLowerCase() });
  const ticket = await poolOfTicket(deps, event.id, input.ticketTypeId);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
  if (!ticket) errors.ticketTypeId = { key: 'validation.choice' };
  if (!parsed.success || !ticket) return invalid(errors);
  if (
    input.sessionKey &&
    !(await doorParts(deps, event.id)).some((p) => p.key === input.sessionKey)
  )
    return { ok: false, reason: 'UNKNOWN_SESSION' };
  const { name, email, key } = parsed.data;
  const outcome = await admitWalkIn(reservationDeps(deps), acting, {
    poolId: ticket.pool.id,
    partySize: 1,
    idempotencyKey: `walk-in:${key}`,
    guestName: name,
    guestEmail: email || null,
    holderKey: email ? `email:${email}` : null,
    sessionKey: input.sessionKey,
  });
  if (outcome.ok) return { ok: true, name };
  if (outcome.reason === 'FULL')
    return { ok: false, reason: 'FULL', ticketType: ticket.ticketType };
  return { ok: false, reason: 'ALREADY' };
}
