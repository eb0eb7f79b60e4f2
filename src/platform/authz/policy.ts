import { isSignedIn, type Actor, type Role } from './actor';
import { rolesGranted, type Capability } from './capabilities';

/** What every route declares: who may call it. */
export interface Policy {
  readonly name: string;
  /** True when signing in could never satisfy the policy's denial (public routes). */
  readonly isPublic: boolean;
  /**
   * A signed-in account it refuses is told the page does not exist (404) rather than that it may
   * not see it (403): staff pages, whose addresses outsiders need not learn.
   */
  readonly hidesRefusal?: boolean;
  allows(actor: Actor): boolean;
}

export function can(actor: Actor, capability: Capability): boolean {
  if (!isSignedIn(actor)) return false;
  const granted = rolesGranted(capability).some((r: Role) => actor.roles.has(r));
  if (!granted) return false;
  return actor.apiKey ? actor.apiKey.scopes.includes(capability) : true;
}

export const policies = {
  /** Anyone, signed in or not. */
  public: { name: 'public', isPublic: true, allows: () => true } satisfies Policy,
  /** Any signed-in account (browser session or API key). */
  signedIn: { name: 'signedIn', isPublic: false, allows: isSignedIn } satisfies Policy,
  /** Browser sessions only: account pages that an API key must never reach. */
  session: {
    name: 'session',
    isPublic: false,
    allows: (a: Actor) => isSignedIn(a) && !a.apiKey,
  } satisfies Policy,
  capability: (capability: Capability): Policy => ({
    name: `can(${capability})`,
    isPublic: false,
    allows: (a) => can(a, capability),
  }),
  /** Staff pages (the back-office, imports, exports): a capability, and 404 to anyone without it. */
  backOffice: (capability: Capability): Policy => ({
    name: `backOffice(${capability})`,
    isPublic: false,
    hidesRefusal: true,
    allows: (a) => can(a, capability),
  }),
};
