import type { Role } from './actor';

/**
 * Capabilities are `<module>.<entity>:<action>[:own|any]`. Each is granted to roles here and,
 * for machine clients, to API-key scopes of the same name.
 */
export const CAPABILITIES = {
  'audit.log:read': ['admin'],
  'mail.outbox:read': ['admin'],
  'identity.user:manage': ['admin'],
  'identity.role:grant': ['admin'],
  'identity.apiKey:manage:own': ['admin', 'staff', 'agency', 'reviewer', 'mentor', 'member'],
  'identity.profile:read:own': ['admin', 'staff', 'agency', 'reviewer', 'mentor', 'member'],
  'identity.organization:create': ['admin', 'staff', 'agency', 'reviewer', 'mentor', 'member'],
  'backoffice:enter': ['admin', 'staff'],
  'directory.organization:read': ['admin', 'staff', 'agency', 'reviewer', 'mentor', 'member'],
  'directory.organization:create': ['admin', 'staff', 'agency', 'reviewer', 'mentor', 'member'],
  'directory.organization:curate': ['admin', 'staff'],
  'directory.person:create': ['admin', 'staff', 'agency', 'reviewer', 'mentor', 'member'],
  'directory.person:curate': ['admin', 'staff'],
  'directory.claim:decide': ['admin', 'staff'],
  'directory.import:run': ['admin', 'staff'],
  'directory.export:run': ['admin', 'staff'],
  'programs.programme:manage': ['admin', 'staff'],
  'programs.call:manage': ['admin', 'staff'],
  'programs.extension:grant': ['admin', 'staff'],
  'programs.review:manage': ['admin', 'staff'],
  'programs.decision:make': ['admin', 'staff'],
  'programs.project:manage': ['admin', 'staff'],
  'programs.vote:manage': ['admin', 'staff'],
  'programs.council:manage': ['admin', 'staff'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

/** Scopes an API key may carry. */
export const API_SCOPES = [
  'identity.profile:read:own',
  'audit.log:read',
  'directory.organization:read',
  'directory.organization:create',
  'directory.organization:curate',
  'directory.person:create',
  'directory.person:curate',
] as const satisfies readonly Capability[];
export type ApiScope = (typeof API_SCOPES)[number];
