// Who may do what on the technology exchange. Listings are written by the members of the account
// that manages the owner's directory profile, or by the centre's staff for them (intake by phone
// or at an event). Offers of universities and institutes are approved by their own
// technology-transfer office (the managers of that account); all others by the centre's staff.
// Introductions are brokered by the centre's staff. A listing or request someone may not see
// does not exist for them (404).
import { can, defineCapabilities, type Actor } from '../../platform/authz';

export const STAFF_PATH = '/admin/marketplace';

export const MARKETPLACE_CAPABILITIES = defineCapabilities('marketplace', {
  'marketplace.listing:manage': ['admin', 'staff'],
  'marketplace.offer:approve': ['admin', 'staff'],
  'marketplace.introduction:broker': ['admin', 'staff'],
  'marketplace.portfolio:manage': ['admin', 'staff'],
});

declare module '../../platform/authz/capabilities' {
  interface ModuleCapabilities extends Record<keyof typeof MARKETPLACE_CAPABILITIES, true> {}
}

export const canManageListings = (actor: Actor) => can(actor, 'marketplace.listing:manage');
export const canApproveAsCentre = (actor: Actor) => can(actor, 'marketplace.offer:approve');
export const canBroker = (actor: Actor) => can(actor, 'marketplace.introduction:broker');
/** The centre's staff see and keep every university's IP portfolio; an office only its own. */
export const canManageAnyPortfolio = (actor: Actor) => can(actor, 'marketplace.portfolio:manage');
