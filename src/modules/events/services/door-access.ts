// Who may work an event's door: staff, or an account staff named as the event's check-in volunteer.
// Anyone else — another event's volunteer included — is told the page does not exist.
import type { AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { isVolunteer } from '../db/door.repository';
import { findEventById, type EventRow } from '../db/events.repository';
import { canManageEvents, canWorkDoor } from '../permissions';

export interface Door {
  event: EventRow;
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
  const event = await findEventById(db, eventId);
  const volunteer = !isStaff && event && (await isVolunteer(db, event.id, actor.user.id));
  if (!event || !canWorkDoor(actor, Boolean(volunteer))) throw new AppError('NOT_FOUND');
  return { event, isStaff };
}
