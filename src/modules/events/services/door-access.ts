// Who may work an event's door: staff, or an account staff named as the event's check-in volunteer.
// Anyone else — another event's volunteer included — is told the page does not exist.
import type { AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { findDoorEvent, isVolunteer, type DoorTicketType } from '../db/door.repository';
import type { EventRow } from '../db/events.repository';
import { canManageEvents, canWorkDoor } from '../permissions';

export interface Door {
  event: EventRow;
  /** The event's ticket types, by pool: a scan's answer names the ticket's type. */
  ticketTypes: DoorTicketType[];
  /** Staff see the back-office around the door; a volunteer sees the door alone. */
  isStaff: boolean;
}

export async function openDoor(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  eventId: string,
): Promise<Door> {
  const { actor } = acting;
  if (!isSignedIn(actor) || !isUuid(eventId)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const isStaff = canManageEvents(actor);
  const found = await findDoorEvent(db, eventId);
  const volunteer = !isStaff && found && (await isVolunteer(db, eventId, actor.user.id));
  if (!found || !canWorkDoor(actor, Boolean(volunteer))) throw new AppError('NOT_FOUND');
  return { ...found, isStaff };
}
