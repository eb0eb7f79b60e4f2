// An item's input checked as one: the fields against their schema, the cover image by its
// content (alt text required with it), the linked records against the directory and programmes.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import {
  checkImageUpload,
  storedImageChange,
  type ImageUpload,
} from '../../../platform/files/image-upload';
import type { ImageRules } from '../../../platform/files';
import { fieldErrors } from '../../../platform/input/validation';
import { ZItemFields, type TItemFieldsInput } from '../contracts';
import type { ItemFields } from '../domain/content-item';
import { resolveLinks } from './item-links';

/** Covers: at most 5 MB and 6000 pixels a side (the README, "Portal content"). */
export const COVER_RULES: ImageRules = { maxBytes: 5 * 1_048_576, maxSide: 6000 };
/** The editor's form carries its cover: above the cover's own limit, so a mistake gets a message. */
export const ITEM_FORM_BODY_LIMIT = 12_000_000;

export interface ItemInput {
  fields: TItemFieldsInput;
  cover?: ImageUpload;
  /** The name the cover was uploaded under, kept in the media library. */
  coverFileName?: string;
}

/** A refusal carries the cover already checked and stored, so the form need not ask again. */
export type ItemInvalid = Invalid & { pendingCover?: string };

export async function checkItemInput(
  deps: Pick<AppDeps, 'database' | 'files'>,
  acting: AuditContext,
  input: ItemInput,
  currentCover: string | null,
): Promise<
  { ok: true; fields: Omit<ItemFields, 'coverKey'>; cover: string | null | undefined } | ItemInvalid
> {
  const errors: FieldErrors = {};
  const parsed = ZItemFields.safeParse(input.fields);
  if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error));
  const cover = await checkImageUpload(deps.files, input.cover ?? { remove: false }, COVER_RULES);
  if (!cover.ok) errors.cover = cover.error;
  const willHaveCover = cover.ok
    ? Boolean(cover.upload || cover.pending || (!cover.remove && currentCover))
    : false;
  if (willHaveCover && parsed.success && !parsed.data.coverAltVi)
    errors.coverAltVi = { key: 'content.error.coverAlt' };
  const links = parsed.success ? await resolveLinks(deps, acting, parsed.data.links) : undefined;
  if (links && !links.ok) Object.assign(errors, links.fields);
  if (!parsed.success || !links?.ok || !cover.ok || Object.keys(errors).length > 0) {
    const pendingCover =
      cover.ok && cover.upload ? await storedImageChange(deps.files, cover) : undefined;
    return { ...invalid(errors), pendingCover: pendingCover ?? undefined };
  }
  return {
    ok: true,
    fields: { ...parsed.data, links: links.links },
    cover: await storedImageChange(deps.files, cover),
  };
}
