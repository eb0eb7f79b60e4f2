// Who may do what with events. Centre staff and administrators run the back-office: drafts,
// publishing, duplicates, series, closing registration. A draft does not exist for anyone else.
import {
  can,
  defineCapabilities,
  isSignedIn,
  policies,
  type Actor,
  type Policy,
} from '../../platform/authz';

export const EVENTS_PATH = '/events';
export const STAFF_PATH = '/admin/events';

export const EVENTS_CAPABILITIES = defineCapabilities('events', {
  'events.event:manage': ['admin', 'staff'],
});

declare module '../../platform/authz/capabilities' {
  interface ModuleCapabilities extends Record<keyof typeof EVENTS_CAPABILITIES, true> {}
}

export const canManageEvents = (actor: Actor) => can(actor, 'events.event:manage');

/**
 * The door's pages (check-in, walk-ins): a check-in volunteer is an ordinary account that staff
 * named for one event, so the route lets any browser session ask and the service admits staff and
 * that event's volunteers (canWorkDoor), answering 404 to everyone else.
 */
export const DOOR_POLICY: Policy = { ...policies.session, name: 'eventDoor', hidesRefusal: true };

/** Staff work every event's door; a volunteer only the event they were named for. */
export const canWorkDoor = (actor: Actor, isEventVolunteer: boolean) =>
  canManageEvents(actor) || (isSignedIn(actor) && !actor.apiKey && isEventVolunteer);
