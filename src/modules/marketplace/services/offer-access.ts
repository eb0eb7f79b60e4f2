// Who sees and who approves an offer.
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { approverOf } from '../domain/offer';
import { canApproveAsCentre } from '../permissions';
import { managesFor, type Owner } from './owners';
import { mayWriteFor } from './offer-input';

/**
 * The owner's technology-transfer office approves a university's or institute's offers (the
 * centre's staff cannot do it for them); the centre's staff approve all others.
 */
export async function mayApprove(db: Db, actor: Actor, owner: Owner): Promise<boolean> {
  return approverOf(owner) === 'owner_office'
    ? managesFor(db, actor, owner)
    : canApproveAsCentre(actor);
}

/** Those who may see an offer that is not listed: its writers and its approvers. */
export async function maySeeUnlisted(db: Db, actor: Actor, owner: Owner): Promise<boolean> {
  return (await mayWriteFor(db, actor, owner)) || (await mayApprove(db, actor, owner));
}
