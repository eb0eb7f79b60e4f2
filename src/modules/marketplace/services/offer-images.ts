// addOfferImage outcomes: added (stored in the public store by content, audited; a published offer
// changed by someone who may not approve it goes back to approval, as any edit) | the same image
// already on the offer (a form sent twice is one image) | CONFLICT (the offer changed since the
// page was shown: nothing stored) | INVALID (no file, not an image by its bytes, too large, no
// Vietnamese description, already 6 images) | NOT_FOUND (thrown: not someone who writes for the
// offer's owner).
// removeOfferImage outcomes: removed (audited) | already gone | CONFLICT | NOT_FOUND (thrown).
// The images are public: they belong to the offer's teaser. Each gets WebP variants (a card's
// thumbnail reads the narrowest, the offer's page a srcset) encoded before the transaction, as the
// media library's are: sharp takes about a second at 1,600 px. An image sharp cannot read is added
// all the same, shown as uploaded. Removing an image forgets its row only: the public store keeps
// its files (the original and the variants alike), named by content and possibly shared.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { checkImage, type ImageInfo, type ImageRules } from '../../../platform/files';
import { imageLimits } from '../../../platform/files/image-upload';
import {
  storeVariants,
  webpVariants,
  type ImageVariant,
} from '../../../platform/files/image-variants';
import { fileKeyOf } from '../../../platform/files/store';
import type { PostedFile } from '../../../platform/input/form-values';
import { isUuid } from '../../../platform/input/uuid';
import { log } from '../../../platform/log/logger';
import {
  countOfferImages,
  deleteOfferImage,
  findOfferImage,
  insertOfferImage,
} from '../db/offer-images.repository';
import { updateOfferAtVersion, type OfferRow } from '../db/offers.repository';
import { mayApprove } from './offer-access';
import type { Owner } from './owners';
import { getWritableOffer } from './save-offer';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'files'>;

const MB = 1_048_576;
export const MAX_OFFER_IMAGES = 6;
export const OFFER_IMAGE_RULES: ImageRules = { maxBytes: 5 * MB, maxSide: 8000 };
/** Above the image's own limit, so a photo a little too large gets the field's message. */
export const OFFER_IMAGE_FORM_BODY_LIMIT = 8_000_000;
const ALT_MAX = 300;

export type OfferImageResult = { ok: true } | { ok: false; reason: 'CONFLICT' } | Invalid;

export interface AddOfferImageInput {
  offerId: string;
  version: number;
  file?: PostedFile;
  altVi: string;
  altEn: string;
}

const userOf = (acting: AuditContext) => (isSignedIn(acting.actor) ? acting.actor.user.id : null);

function checkAlt(altVi: string, altEn: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!altVi) errors.altVi = { key: 'marketplace.image.error.altMissing' };
  else if (altVi.length > ALT_MAX)
    errors.altVi = { key: 'marketplace.image.error.altLong', params: { max: ALT_MAX } };
  if (altEn.length > ALT_MAX)
    errors.altEn = { key: 'marketplace.image.error.altLong', params: { max: ALT_MAX } };
  return errors;
}

function checkFile(file: PostedFile | undefined) {
  if (!file || file.bytes.length === 0)
    return { error: { key: 'marketplace.image.error.missing' } } as const;
  const checked = checkImage(file.bytes, OFFER_IMAGE_RULES);
  if (!checked.ok)
    return {
      error: { key: `ui.image.${checked.reason}`, params: imageLimits(OFFER_IMAGE_RULES) },
    } as const;
  return { bytes: file.bytes, image: checked.image } as const;
}

/** The upload's WebP variants, or none when sharp cannot read it (logged). */
async function variantsOf(offerId: string, file: { bytes: Uint8Array; image: ImageInfo }) {
  try {
    return await webpVariants(file.bytes, file.image);
  } catch (err) {
    log.warn('offer image variants not made', { offerId, error: String(err) });
    return [] as ImageVariant[];
  }
}

/**
 * Moves the offer to its next version (the form's version must still be current) and, when a
 * published offer is changed by someone who may not approve it, back to approval.
 */
async function bumpOffer(
  tx: Db,
  deps: Deps,
  acting: AuditContext,
  writable: { offer: OfferRow; owner: Owner },
  version: number,
) {
  const { offer, owner } = writable;
  const backToApproval =
    offer.status === 'published' && !(await mayApprove(tx, acting.actor, owner));
  return updateOfferAtVersion(tx, offer.id, version, backToApproval ? { status: 'pending' } : {}, {
    by: userOf(acting),
    now: deps.clock(),
  });
}

export async function addOfferImage(
  deps: Deps,
  acting: AuditContext,
  input: AddOfferImageInput,
): Promise<OfferImageResult> {
  const db = deps.database.db;
  const writable = await getWritableOffer(deps, acting, input.offerId);
  const { offer } = writable;
  const altVi = input.altVi.trim();
  const altEn = input.altEn.trim();
  const file = checkFile(input.file);
  const errors = { ...checkAlt(altVi, altEn), ...('error' in file ? { image: file.error } : {}) };
  if (Object.keys(errors).length > 0 || 'error' in file) return invalid(errors);
  const fileKey = fileKeyOf(file.bytes, file.image.kind);
  if (await findOfferImage(db, offer.id, { fileKey })) return { ok: true };
  if ((await countOfferImages(db, offer.id)) >= MAX_OFFER_IMAGES)
    return invalid({
      _: { key: 'marketplace.image.error.tooMany', params: { max: MAX_OFFER_IMAGES } },
    });
  const made = await variantsOf(offer.id, file);
  return db.transaction(async (tx) => {
    if (!(await bumpOffer(tx, deps, acting, writable, input.version)))
      return { ok: false, reason: 'CONFLICT' } as const;
    // Stored only once the version is known current: a stale form leaves no file behind.
    const stored = await deps.files.putImage(file.bytes, file.image);
    const created = await insertOfferImage(tx, {
      offerId: offer.id,
      fileKey: stored.key,
      width: stored.width,
      height: stored.height,
      variants: await storeVariants(deps.files, made),
      altVi,
      altEn,
      addedBy: userOf(acting),
      createdAt: deps.clock(),
    });
    await recordAudit(tx, acting, {
      action: 'marketplace.offer:image-add',
      entityType: 'marketplace_offer',
      entityId: offer.id,
      after: { imageId: created.id, fileKey: created.fileKey, altVi },
    });
    return { ok: true } as const;
  });
}

export async function removeOfferImage(
  deps: Deps,
  acting: AuditContext,
  input: { offerId: string; imageId: string; version: number },
): Promise<OfferImageResult> {
  const db = deps.database.db;
  const writable = await getWritableOffer(deps, acting, input.offerId);
  const { offer } = writable;
  const image = isUuid(input.imageId)
    ? await findOfferImage(db, offer.id, { id: input.imageId })
    : undefined;
  if (!image) return { ok: true };
  return db.transaction(async (tx) => {
    if (!(await bumpOffer(tx, deps, acting, writable, input.version)))
      return { ok: false, reason: 'CONFLICT' } as const;
    await deleteOfferImage(tx, offer.id, image.id);
    await recordAudit(tx, acting, {
      action: 'marketplace.offer:image-remove',
      entityType: 'marketplace_offer',
      entityId: offer.id,
      before: { imageId: image.id, fileKey: image.fileKey, altVi: image.altVi },
    });
    return { ok: true } as const;
  });
}
