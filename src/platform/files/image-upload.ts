// An image chosen in a form (a cover, a logo): checked by content (kind and size read from the
// bytes, never from the file name or the browser's type) and stored by content hash only once the
// whole form is valid, so a refused save leaves nothing behind. An image already stored by an
// earlier refused save comes back as a pending key, so nobody chooses it twice.
import type { FieldMessage } from '../errors';
import { checkImage, type ImageInfo, type ImageRefusal, type ImageRules } from './image';
import { parseFileKey, type FileStore } from './store';

const MB = 1_048_576;

export interface ImageUpload {
  /** The file chosen in this submission (never shown back). */
  upload?: File;
  /** The key of an image stored by an earlier submission of the same form. */
  pending?: string;
  /** "Remove the current image" was ticked. */
  remove: boolean;
}

export type CheckedImage =
  | { ok: false; error: FieldMessage }
  | {
      ok: true;
      upload?: { bytes: Uint8Array; image: ImageInfo };
      pending?: string;
      remove: boolean;
    };

/** The limits as message params: `{maxMb}` and `{maxSide}`. */
export const imageLimits = (rules: ImageRules) => ({
  maxMb: Math.round((rules.maxBytes / MB) * 10) / 10,
  maxSide: rules.maxSide,
});

const refusal = (reason: ImageRefusal, rules: ImageRules): FieldMessage => ({
  key: `ui.image.${reason}`,
  params: imageLimits(rules),
});

/** An image field's controls as posted: the file chosen, the pending key, the remove box. */
export function readImageUpload(
  upload: File | undefined,
  pending: string,
  remove: string,
): ImageUpload {
  return { upload, pending: parseFileKey(pending) ? pending : undefined, remove: remove === '1' };
}

export async function checkImageUpload(
  files: FileStore,
  field: ImageUpload,
  rules: ImageRules,
): Promise<CheckedImage> {
  if (field.upload) {
    const bytes = new Uint8Array(await field.upload.arrayBuffer());
    const checked = checkImage(bytes, rules);
    return checked.ok
      ? { ok: true, upload: { bytes, image: checked.image }, remove: false }
      : { ok: false, error: refusal(checked.reason, rules) };
  }
  if (field.pending) {
    // The hidden field could name any stored file: it must still meet the rules.
    const stored = await files.describe(field.pending);
    const fits =
      stored &&
      stored.bytes <= rules.maxBytes &&
      Math.max(stored.width, stored.height) <= rules.maxSide;
    if (fits) return { ok: true, pending: stored.key, remove: false };
  }
  return { ok: true, remove: field.remove };
}

/** What a save does: a key sets the image (a new upload is stored first), null removes it. */
export async function storedImageChange(
  files: FileStore,
  checked: Extract<CheckedImage, { ok: true }>,
): Promise<string | null | undefined> {
  if (checked.upload) return (await files.putImage(checked.upload.bytes, checked.upload.image)).key;
  if (checked.pending) return checked.pending;
  return checked.remove ? null : undefined;
}
