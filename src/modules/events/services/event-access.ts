// Who may manage one event's registrants, messages and figures: the centre's staff, and the
// members of an account organisation that manages one of the event's organising directory
// organisations (its organiser or a co-organiser) — for that event and no other. Anyone else is
// told it does not exist.
import { isSignedIn, type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { organizationFactsByIds } from '../../directory';
import { accountMembership } from '../../identity';
import { findEventById, type EventRow } from '../db/events.repository';
import { findRegistrationBy, type RegistrationRow } from '../db/registrations.repository';
import { canManageEvents } from '../permissions';

/** Whether the browser account is a member of an account managing one of these organisations. */
async function actsForOne(db: Db, actor: Actor, organizationIds: readonly string[]) {
  if (!isSignedIn(actor) || actor.apiKey || organizationIds.length === 0) return false;
  const facts = await organizationFactsByIds(db, organizationIds);
  for (const org of facts.values()) {
    if (!org.isLive || !org.managedBy) continue;
    if (await accountMembership(db, org.managedBy, actor.user.id)) return true;
  }
  return false;
}

export async function mayManageEvent(db: Db, actor: Actor, event: EventRow): Promise<boolean> {
  return canManageEvents(actor) || actsForOne(db, actor, event.organizerIds);
}

/** The event, when the actor may manage it; NOT_FOUND otherwise (drafts included). */
export async function getManagedEvent(db: Db, actor: Actor, eventId: string): Promise<EventRow> {
  const event = isUuid(eventId) ? await findEventById(db, eventId) : undefined;
  if (!event || !(await mayManageEvent(db, actor, event))) throw new AppError('NOT_FOUND');
  return event;
}

/**
 * A registration of an event the actor may manage, with the seat request it holds; NOT_FOUND for
 * another event's registration or one that never asked for a seat.
 */
export async function getManagedRegistration(
  db: Db,
  actor: Actor,
  input: { eventId: string; registrationId: string },
): Promise<{ registration: RegistrationRow; reservationId: string }> {
  await getManagedEvent(db, actor, input.eventId);
  if (!isUuid(input.registrationId)) throw new AppError('NOT_FOUND');
  const registration = await findRegistrationBy(db, 'id', input.registrationId);
  const reservationId = registration?.reservationId;
  if (!registration || registration.eventId !== input.eventId || !reservationId)
    throw new AppError('NOT_FOUND');
  return { registration, reservationId };
}
