import { defineCapabilities, PLATFORM_ROLES, STAFF_ROLES } from '../../platform/authz';

/** The directory's capabilities and the roles that hold them. */
export const DIRECTORY_CAPABILITIES = defineCapabilities('directory', {
  'directory.organization:read': PLATFORM_ROLES,
  'directory.organization:create': PLATFORM_ROLES,
  'directory.organization:curate': STAFF_ROLES,
  'directory.person:create': PLATFORM_ROLES,
  'directory.person:curate': STAFF_ROLES,
  'directory.claim:decide': STAFF_ROLES,
  'directory.import:run': STAFF_ROLES,
  'directory.export:run': STAFF_ROLES,
});

declare module '../../platform/authz/capabilities' {
  interface ModuleCapabilities extends Record<keyof typeof DIRECTORY_CAPABILITIES, true> {}
}
