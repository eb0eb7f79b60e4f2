// What the organisers' messages page shows: the event, its ticket types and the messages sent.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { listMessages } from '../db/messages.repository';
import { listTicketTypes } from '../db/registrations.repository';
import { getManagedEvent } from './event-access';

export async function findEventMessages(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  eventId: string,
) {
  const db = deps.database.db;
  const event = await getManagedEvent(db, acting.actor, eventId);
  const [ticketTypes, sent] = await Promise.all([
    listTicketTypes(db, event.id),
    listMessages(db, event.id),
  ]);
  return { event, ticketTypes, sent };
}
