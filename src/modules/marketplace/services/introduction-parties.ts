// The sides of an introduction: the listing asked about (an offer listed, or an open need), its
// owner, and who may see the record — the requester, the listing owner's people and the brokers.
import { isSignedIn, type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import type { IntroductionRole } from '../domain/introduction';
import { isListed } from '../domain/offer';
import type { IntroductionRow } from '../db/introductions.repository';
import { findNeedById } from '../db/needs.repository';
import { findOfferById } from '../db/offers.repository';
import type { FieldTiers } from '../domain/confidentiality';
import { canBroker } from '../permissions';
import { needTiers, offerTiers } from './confidential-access';
import { actsFor, ownerById, type Owner } from './owners';

export interface Listing {
  kind: 'offer' | 'need';
  id: string;
  title: string;
  owner: Owner;
  /** Listed offer or open need: one may ask about it. */
  isOpen: boolean;
  /** Who may read each of its restrictable fields. */
  tiers: FieldTiers;
  /** The owner may accept an introduction request without the broker. */
  allowsDirect: boolean;
}

export async function listingOf(
  db: Db,
  target: { offerId?: string | null; needId?: string | null },
  now: Date,
): Promise<Listing> {
  if (target.offerId && isUuid(target.offerId)) {
    const offer = await findOfferById(db, target.offerId);
    const owner = offer && (await ownerById(db, offer.ownerOrgId));
    if (offer && owner)
      return {
        kind: 'offer',
        id: offer.id,
        title: offer.title,
        owner,
        isOpen: isListed(offer, now),
        tiers: offerTiers(offer),
        allowsDirect: offer.allowsDirectIntroduction,
      };
  }
  if (target.needId && isUuid(target.needId)) {
    const need = await findNeedById(db, target.needId);
    const owner = need && (await ownerById(db, need.ownerOrgId));
    if (need && owner)
      return {
        kind: 'need',
        id: need.id,
        title: need.title,
        owner,
        isOpen: need.status === 'open',
        tiers: needTiers(need),
        allowsDirect: need.allowsDirectIntroduction,
      };
  }
  throw new AppError('NOT_FOUND');
}

/**
 * What the actor is on this introduction: a broker, someone acting for the listing's owner, the
 * requester (or someone acting for the organisation they asked for) — none: an outsider.
 */
export async function introductionRoles(
  db: Db,
  actor: Actor,
  intro: IntroductionRow,
  listing: Listing,
): Promise<IntroductionRole[]> {
  if (!isSignedIn(actor)) return [];
  const requesterOrg = intro.requesterOrgId ? await ownerById(db, intro.requesterOrgId) : undefined;
  const roles: [IntroductionRole, boolean][] = [
    ['broker', canBroker(actor)],
    ['owner', await actsFor(db, actor, listing.owner)],
    [
      'requester',
      intro.requesterUserId === actor.user.id ||
        (requesterOrg !== undefined && (await actsFor(db, actor, requesterOrg))),
    ],
  ];
  return roles.filter(([, is]) => is).map(([role]) => role);
}

export const maySeeIntroduction = async (
  db: Db,
  actor: Actor,
  intro: IntroductionRow,
  listing: Listing,
): Promise<boolean> => (await introductionRoles(db, actor, intro, listing)).length > 0;
