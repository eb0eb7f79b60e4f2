// Reads of offers: an offer's page (listed, or not yet for those who write or approve it), the
// lists of an account's own offers and of those waiting for its approval.
import type { AuditContext } from '../../../platform/audit';
import type { Actor } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { organizationFactsByIds } from '../../directory';
import { isListed } from '../domain/offer';
import {
  findOfferById,
  offersOfOwners,
  pendingOffers,
  type OfferRow,
} from '../db/offers.repository';
import { canApproveAsCentre } from '../permissions';
import { mayApprove, maySeeUnlisted } from './offer-access';
import { mayWriteFor } from './offer-input';
import { managedOwnersOf, ownerById, ownersOf, type Owner } from './owners';
import { ACADEMIC_KINDS } from '../domain/offer';
import { documentsOf, type DocumentRow } from '../db/confidential.repository';
import { firstImagesOf, offerImagesOf, type OfferImageRow } from '../db/offer-images.repository';
import { OFFER_RESTRICTABLE } from '../domain/confidentiality';
import { disclosureOf, offerTiers, reachOf, type Disclosure } from './confidential-access';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface OfferView {
  offer: OfferRow;
  owner: Owner;
  isListed: boolean;
  mayWrite: boolean;
  mayApprove: boolean;
  /** What this viewer may read of it, and its documents (listed; read by the parties only). */
  disclosure: Disclosure;
  documents: DocumentRow[];
  /** Public images, part of the teaser. */
  images: OfferImageRow[];
}

export async function getOfferPage(deps: Deps, actor: Actor, id: string): Promise<OfferView> {
  const db = deps.database.db;
  const offer = isUuid(id) ? await findOfferById(db, id) : undefined;
  const owner = offer && (await ownerById(db, offer.ownerOrgId));
  if (!offer || !owner) throw new AppError('NOT_FOUND');
  const listed = isListed(offer, deps.clock());
  if (!listed && !(await maySeeUnlisted(db, actor, owner))) throw new AppError('NOT_FOUND');
  const listing = { kind: 'offer' as const, id: offer.id };
  const reach = await reachOf(db, actor, listing, owner);
  return {
    offer,
    owner,
    isListed: listed,
    mayWrite: await mayWriteFor(db, actor, owner),
    mayApprove: await mayApprove(db, actor, owner),
    disclosure: disclosureOf(reach, OFFER_RESTRICTABLE, offerTiers(offer)),
    documents: await documentsOf(db, listing),
    images: await offerImagesOf(db, offer.id),
  };
}

/** The owners of these offers, by id. */
export const ownersOfOffers = (deps: Deps, offers: readonly OfferRow[]) =>
  organizationFactsByIds(
    deps.database.db,
    offers.map((o) => o.ownerOrgId),
  );

/** Each offer's first image, for a list's cards: one query for the whole list. */
export const firstImagesOfOffers = (deps: Deps, offers: readonly OfferRow[]) =>
  firstImagesOf(
    deps.database.db,
    offers.map((o) => o.id),
  );

/** The offers of the organisations the account writes for. */
export async function myOffers(deps: Deps, acting: AuditContext) {
  const owners = await ownersOf(deps.database.db, acting.actor);
  return offersOfOwners(
    deps.database.db,
    owners.map((o) => o.id),
  );
}

/**
 * Offers waiting for this account's approval: those of the universities and institutes whose
 * office it runs and, for the centre's staff, those of every other owner.
 */
export async function offersToApprove(deps: Deps, acting: AuditContext): Promise<OfferRow[]> {
  const db = deps.database.db;
  const offices = (await managedOwnersOf(db, acting.actor)).filter((o) =>
    ACADEMIC_KINDS.includes(o.kind),
  );
  const own = offices.length
    ? await pendingOffers(
        db,
        offices.map((o) => o.id),
      )
    : [];
  if (!canApproveAsCentre(acting.actor)) return own;
  const all = await pendingOffers(db);
  const owners = await organizationFactsByIds(
    db,
    all.map((o) => o.ownerOrgId),
  );
  const centre: OfferRow[] = [];
  for (const offer of all) {
    const owner = owners.get(offer.ownerOrgId);
    if (owner && (await mayApprove(db, acting.actor, owner))) centre.push(offer);
  }
  return centre;
}
