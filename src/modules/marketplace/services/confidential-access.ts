// How far into a listing a viewer reaches: the public teaser; the fields marked "after the NDA"
// once they accepted the current agreement for this listing; everything, documents included,
// for the parties — the owner's people, the centre's staff who broker, the requester (or the
// requester's organisation) of an introduction made on it and, for a need, the parties its
// owner approved.
import { isSignedIn, type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { hasAcceptedNda, type ListingRef } from '../db/confidential.repository';
import { introducedRequesters } from '../db/introductions.repository';
import { findAccess, type NeedRow } from '../db/needs.repository';
import type { OfferRow } from '../db/offers.repository';
import {
  hiddenFields,
  NDA_VERSION,
  NEED_RESTRICTABLE,
  OFFER_RESTRICTABLE,
  type FieldTiers,
  type Tier,
} from '../domain/confidentiality';
import { canBroker, canManageListings } from '../permissions';
import { actsFor, ownerById, type Owner } from './owners';

export interface Reach {
  tier: Tier;
  /** The owner's people: they see everything and their views are not logged. */
  isOwnerSide: boolean;
  isStaff: boolean;
}

async function isIntroducedParty(db: Db, actor: Actor, listing: ListingRef): Promise<boolean> {
  if (!isSignedIn(actor)) return false;
  const target = listing.kind === 'offer' ? { offerId: listing.id } : { needId: listing.id };
  for (const r of await introducedRequesters(db, target)) {
    if (r.userId === actor.user.id) return true;
    if (r.orgId && (await actsForOrg(db, actor, r.orgId))) return true;
  }
  return false;
}

async function actsForOrg(db: Db, actor: Actor, orgId: string): Promise<boolean> {
  const org = await ownerById(db, orgId);
  return org ? actsFor(db, actor, org) : false;
}

/** The tier this actor reaches on a listing of this owner. */
export async function reachOf(
  db: Db,
  actor: Actor,
  listing: ListingRef,
  owner: Owner,
  isApprovedParty: () => Promise<boolean> = async () => false,
): Promise<Reach> {
  const isStaff = canManageListings(actor) || canBroker(actor);
  const isOwnerSide = await actsFor(db, actor, owner);
  if (!isSignedIn(actor)) return { tier: 'public', isOwnerSide, isStaff };
  const isParty =
    isStaff ||
    isOwnerSide ||
    (await isIntroducedParty(db, actor, listing)) ||
    (await isApprovedParty());
  if (isParty) return { tier: 'parties', isOwnerSide, isStaff };
  const accepted = await hasAcceptedNda(db, listing, actor.user.id, NDA_VERSION);
  return { tier: accepted ? 'nda' : 'public', isOwnerSide, isStaff };
}

/** Each restrictable detail of a need: all public when its owner said so, else as chosen. */
export function needTiers(need: Pick<NeedRow, 'isConfidential' | 'visibility'>): FieldTiers {
  return Object.fromEntries(
    NEED_RESTRICTABLE.map((f) => [
      f,
      need.isConfidential ? (need.visibility[f] ?? 'parties') : 'public',
    ]),
  );
}

export const offerTiers = (offer: Pick<OfferRow, 'visibility'>): FieldTiers =>
  Object.fromEntries(OFFER_RESTRICTABLE.map((f) => [f, offer.visibility[f] ?? 'public']));

/** What a listing's page shows a viewer at this reach. */
export interface Disclosure {
  reach: Reach;
  /** The fields left out, each shown as "confidential". */
  hidden: Set<string>;
  /** Accepting the NDA would show more. */
  offersNda: boolean;
  /** Only becoming a party would show more. */
  needsParty: boolean;
}

export function disclosureOf(reach: Reach, fields: readonly string[], tiers: FieldTiers) {
  const hidden = hiddenFields(fields, tiers, reach.tier);
  const hiddenTiers = [...hidden].map((f) => tiers[f] ?? 'public');
  return {
    reach,
    hidden,
    offersNda: reach.tier === 'public' && hiddenTiers.includes('nda'),
    needsParty: hiddenTiers.includes('parties'),
  } satisfies Disclosure;
}

/** A need's approved parties: the requests its owner's managers approved. */
export const approvedForNeed = (db: Db, actor: Actor, needId: string) => async () =>
  isSignedIn(actor) && (await findAccess(db, needId, actor.user.id))?.status === 'approved';
