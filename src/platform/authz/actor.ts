import type { Locale } from '../i18n/locale';

export const PLATFORM_ROLES = [
  'admin',
  'staff',
  'editor',
  'publisher',
  'agency',
  'reviewer',
  'mentor',
  'member',
] as const;
export type Role = (typeof PLATFORM_ROLES)[number];

/** Who runs the centre: the usual holders of a module's management capabilities. */
export const STAFF_ROLES = ['admin', 'staff'] as const satisfies readonly Role[];

export interface ActorUser {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  twoFactorEnabled: boolean;
}

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      user: ActorUser;
      /** Always contains "member". */
      roles: ReadonlySet<Role>;
      /** Present when the request carried a browser session. */
      sessionId?: string;
      /** Present when the request carried an API key; capabilities are limited to its scopes. */
      apiKey?: { id: string; scopes: readonly string[] };
      /**
       * The account organisations the account belongs to, with its role in each, when they were
       * read with the session (this request's own reading); absent, identity is asked.
       */
      accountRoles?: ReadonlyMap<string, string>;
    };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export function isSignedIn(actor: Actor): actor is Extract<Actor, { kind: 'user' }> {
  return actor.kind === 'user';
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return isSignedIn(actor) && roles.some((r) => actor.roles.has(r));
}
