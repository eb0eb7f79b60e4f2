import { defineCapabilities, PLATFORM_ROLES } from '../../platform/authz';

/** Identity's capabilities and the roles that hold them. */
export const IDENTITY_CAPABILITIES = defineCapabilities('identity', {
  'identity.user:manage': ['admin'],
  'identity.role:grant': ['admin'],
  'identity.apiKey:manage:own': PLATFORM_ROLES,
  'identity.profile:read:own': PLATFORM_ROLES,
  'identity.organization:create': PLATFORM_ROLES,
  'identity.dataRequest:manage': ['admin', 'staff'],
});

declare module '../../platform/authz/capabilities' {
  interface ModuleCapabilities extends Record<keyof typeof IDENTITY_CAPABILITIES, true> {}
}
