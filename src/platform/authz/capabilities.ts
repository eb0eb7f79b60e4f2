import type { MessageKey } from '../i18n/catalog';
import type { Role } from './actor';

/**
 * Capabilities are `<module>.<entity>:<action>[:own|any]`. The platform's own are granted here;
 * each module declares its own in its manifest, with the roles that hold them and, for machine
 * clients, whether an API key may carry one as a scope.
 */
export const PLATFORM_CAPABILITIES = {
  'audit.log:read': ['admin'],
  'mail.outbox:read': ['admin'],
  'backoffice:enter': ['admin', 'staff'],
} as const satisfies Record<string, readonly Role[]>;

/** A capability an API key may carry, with the words its owner reads before granting it. */
export interface ApiScopeEntry {
  scope: Capability;
  label: MessageKey;
  description: MessageKey;
}

/** The platform capabilities an API key may carry. */
const PLATFORM_API_SCOPES: ApiScopeEntry[] = [
  {
    scope: 'audit.log:read',
    label: 'api.scope.auditRead',
    description: 'api.scope.auditRead.desc',
  },
];

/**
 * Each module adds its capabilities' names here from its own `permissions.ts`
 * (`declare module … { interface ModuleCapabilities extends Record<keyof typeof X, true> {} }`),
 * so a misspelt capability fails the type-check while the platform imports no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModuleCapabilities {}

export type Capability = keyof typeof PLATFORM_CAPABILITIES | (keyof ModuleCapabilities & string);
/** A capability an API key may carry (checked against the installed scopes at run time). */
export type ApiScope = Capability;

const grants = new Map<string, readonly Role[]>();
const apiScopes: ApiScopeEntry[] = [];

/** The roles that hold a capability; none for an unknown one. */
export function rolesGranted(capability: Capability): readonly Role[] {
  return grants.get(capability) ?? [];
}

/** Scopes an API key may carry, in the order modules declared them. */
export function installedApiScopes(): readonly ApiScope[] {
  return apiScopes.map((s) => s.scope);
}

export function isApiScope(scope: string): scope is ApiScope {
  return apiScopes.some((s) => s.scope === scope);
}

/** The label and description of a scope; undefined for one no installed module declares. */
export function apiScopeText(scope: string): ApiScopeEntry | undefined {
  return apiScopes.find((s) => s.scope === scope);
}

for (const [capability, roles] of Object.entries(PLATFORM_CAPABILITIES)) {
  grants.set(capability, roles);
}

/**
 * A module's capabilities with the roles granted each, in force as soon as the module's code is
 * loaded. One declared twice, or outside the module's prefix, stops the start.
 */
export function defineCapabilities<const C extends Record<string, readonly Role[]>>(
  moduleId: string,
  capabilities: C,
): C {
  for (const [capability, roles] of Object.entries(capabilities)) {
    if (!capability.startsWith(`${moduleId}.`) || grants.has(capability)) {
      throw new Error(
        `capability ${capability} of module ${moduleId}: names are unique, "${moduleId}.<entity>:<action>"`,
      );
    }
    grants.set(capability, roles);
  }
  return capabilities;
}

/** The API scopes of the installed modules, then the platform's own. */
export function installApiScopes(scopes: readonly ApiScopeEntry[]): void {
  for (const entry of scopes) {
    if (!grants.has(entry.scope)) throw new Error(`API scope ${entry.scope} is no capability`);
  }
  apiScopes.length = 0;
  apiScopes.push(...scopes, ...PLATFORM_API_SCOPES);
}

installApiScopes([]);
