// What waits in events: registrations awaiting approval for events not yet over — every event's
// for the centre's staff, those of the events their organisations (co-)organise for members.
// One event waiting leads to its list of those awaiting; several, staff to the events' back-office.
import type { AppDeps } from '../../../platform/deps';
import type { SignedInActor, WorkItem } from '../../../platform/modules/manifest';
import { organizationsManagedBy } from '../../directory';
import { accountOrganizationsOf } from '../../identity';
import { countPendingByEvent } from '../db/participants.repository';
import { canManageEvents, STAFF_PATH } from '../permissions';
import { EVENTS_MODULE } from '../db/tables';

async function organizerIdsOf(deps: AppDeps, actor: SignedInActor) {
  if (actor.apiKey) return [];
  const db = deps.database.db;
  const accounts = await accountOrganizationsOf(db, actor.user.id);
  if (accounts.length === 0) return [];
  return (
    await organizationsManagedBy(
      db,
      accounts.map((a) => a.id),
    )
  ).map((o) => o.id);
}

export async function eventsWorkWaiting(deps: AppDeps, actor: SignedInActor): Promise<WorkItem[]> {
  const organizerIds = canManageEvents(actor) ? undefined : await organizerIdsOf(deps, actor);
  const pending = await countPendingByEvent(deps.database.db, EVENTS_MODULE, {
    now: deps.clock(),
    organizerIds,
  });
  const count = pending.reduce((sum, e) => sum + e.n, 0);
  if (count === 0) return [];
  const [only] = pending;
  // Organisers' members have no events back-office: they go to their first event's list.
  const href =
    only && (pending.length === 1 || organizerIds)
      ? `${STAFF_PATH}/${only.eventId}/registrations?status=pending`
      : STAFF_PATH;
  return [{ id: 'events.approvals', label: 'events.work.approvals', count, href }];
}
