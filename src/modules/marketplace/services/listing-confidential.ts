// The confidential side of a listing, offer or need alike. acceptNda outcomes: accepted (one
// row per viewer, listing and version: accepting again records nothing) | STALE (the agreement
// changed since the page was shown: shown again to be read) | INVALID (the box was not ticked) |
// NOT_FOUND (thrown: anonymous, unknown or not open). Views are logged for viewers outside the
// owner's people and the centre's staff, once a day per listing and what was seen.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn, type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { vnDay } from '../../../platform/i18n/vn-time';
import { isUuid } from '../../../platform/input/uuid';
import {
  findDocument,
  insertNdaAcceptance,
  insertView,
  type DocumentRow,
} from '../db/confidential.repository';
import { NDA_VERSION, type ListingKind } from '../domain/confidentiality';
import { approvedForNeed, reachOf, type Reach } from './confidential-access';
import { listingOf, type Listing } from './introduction-parties';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface ListingTarget {
  kind: ListingKind;
  id: string;
}

export const targetOf = (t: ListingTarget) =>
  t.kind === 'offer' ? { offerId: t.id } : { needId: t.id };

/** The listing and how far this actor reaches into it. */
export async function listingReach(
  db: Db,
  actor: Actor,
  target: ListingTarget,
  now: Date,
): Promise<{ listing: Listing; reach: Reach }> {
  const listing = await listingOf(db, targetOf(target), now);
  const approved = listing.kind === 'need' ? approvedForNeed(db, actor, listing.id) : undefined;
  return { listing, reach: await reachOf(db, actor, listing, listing.owner, approved) };
}

export async function acceptNda(
  deps: Deps,
  acting: AuditContext,
  input: ListingTarget & { version: string; agreed: boolean },
): Promise<{ ok: true } | { ok: false; reason: 'STALE' } | Invalid> {
  const db = deps.database.db;
  const { actor } = acting;
  const { listing } = await listingReach(db, actor, input, deps.clock());
  if (!isSignedIn(actor) || !listing.isOpen) throw new AppError('NOT_FOUND');
  if (input.version !== NDA_VERSION) return { ok: false, reason: 'STALE' };
  if (!input.agreed) return invalid({ agreed: { key: 'marketplace.nda.mustAgree' } });
  await db.transaction(async (tx) => {
    const isNew = await insertNdaAcceptance(tx, listing, actor.user.id, NDA_VERSION, deps.clock());
    if (isNew)
      await recordAudit(tx, acting, {
        action: 'marketplace.nda:accept',
        entityType: `marketplace_${listing.kind}`,
        entityId: listing.id,
        after: { ndaVersion: NDA_VERSION },
      });
  });
  return { ok: true };
}

/** Logs what a viewer outside the owner's people and the staff saw; anonymous views are not. */
export async function recordView(
  deps: Deps,
  actor: Actor,
  seen: { listing: ListingTarget; reach: Reach; what: 'teaser' | 'details' | 'document' },
  documentId = '',
): Promise<void> {
  const { reach } = seen;
  if (!isSignedIn(actor) || reach.isOwnerSide || reach.isStaff) return;
  const at = deps.clock();
  await insertView(deps.database.db, {
    listingKind: seen.listing.kind,
    listingId: seen.listing.id,
    userId: actor.user.id,
    what: seen.what,
    documentId,
    viewedOn: vnDay(at),
    viewedAt: at,
  });
}

/** A listing's document for its parties only (else NOT_FOUND), logged as seen. */
export async function getListingDocument(
  deps: Deps,
  actor: Actor,
  input: ListingTarget & { documentId: string },
): Promise<DocumentRow> {
  const db = deps.database.db;
  const { listing, reach } = await listingReach(db, actor, input, deps.clock());
  const doc = isUuid(input.documentId)
    ? await findDocument(db, listing, input.documentId)
    : undefined;
  if (!doc || reach.tier !== 'parties') throw new AppError('NOT_FOUND');
  await recordView(deps, actor, { listing, reach, what: 'document' }, doc.id);
  return doc;
}
