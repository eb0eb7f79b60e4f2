// Who may do what with events. Centre staff and administrators run the back-office: drafts,
// publishing, duplicates, series, closing registration. A draft does not exist for anyone else.
import { can, defineCapabilities, type Actor } from '../../platform/authz';

export const EVENTS_PATH = '/events';
export const STAFF_PATH = '/admin/events';

export const EVENTS_CAPABILITIES = defineCapabilities('events', {
  'events.event:manage': ['admin', 'staff'],
});

declare module '../../platform/authz/capabilities' {
  interface ModuleCapabilities extends Record<keyof typeof EVENTS_CAPABILITIES, true> {}
}

export const canManageEvents = (actor: Actor) => can(actor, 'events.event:manage');
