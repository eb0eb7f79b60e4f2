// An organisation's logo as the profile form sends it: checked by content (kind and size read
// from the bytes, never from the file name or the browser's type), stored by content hash only
// once it is valid, so a refused upload leaves nothing behind.
import type { FieldMessage } from '../../../platform/errors';
import {
  checkImage,
  parseFileKey,
  type FileStore,
  type ImageInfo,
  type ImageRefusal,
  type ImageRules,
} from '../../../platform/files';

const MB = 1_048_576;

/** Logos: at most 1 MB and 4096 pixels a side (README, "The ecosystem directory"). */
export const LOGO_RULES: ImageRules = { maxBytes: MB, maxSide: 4096 };
/** Params of the hint and messages that state the limits. */
export const LOGO_LIMITS = { maxMb: LOGO_RULES.maxBytes / MB, maxSide: LOGO_RULES.maxSide };
/**
 * Body limit of the forms that carry a logo: well above the logo's own limit, so that a large
 * photo chosen by mistake gets the field's message rather than an error page.
 */
export const LOGO_FORM_BODY_LIMIT = 8_000_000;

const REFUSALS: Record<ImageRefusal, FieldMessage> = {
  EMPTY: { key: 'directory.error.logo.empty' },
  TOO_LARGE: { key: 'directory.error.logo.tooLarge', params: LOGO_LIMITS },
  SVG: { key: 'directory.error.logo.svg' },
  NOT_AN_IMAGE: { key: 'directory.error.logo.notImage' },
  TOO_MANY_PIXELS: { key: 'directory.error.logo.pixels', params: LOGO_LIMITS },
};

export interface LogoFormValue {
  /** The file chosen in this submission (never shown back). */
  upload?: File;
  /**
   * A logo already checked and stored by an earlier submission that was refused for another
   * field, carried in the form so the user need not choose it again.
   */
  pending?: string;
  /** "Remove the current logo" was ticked. */
  remove: boolean;
}

/** The logo's controls as posted: the file chosen (if any), the pending key, the remove box. */
export function readLogoForm(
  upload: File | undefined,
  pending: string,
  remove: string,
): LogoFormValue {
  const key = parseFileKey(pending) ? pending : undefined;
  return { upload, pending: key, remove: remove === '1' };
}

export type CheckedLogo =
  | { ok: false; error: FieldMessage }
  | {
      ok: true;
      upload?: { bytes: Uint8Array; image: ImageInfo };
      pending?: string;
      remove: boolean;
    };

/** A logo's bytes against the rules, with the field message of a refusal. */
export function checkLogoBytes(
  bytes: Uint8Array,
): { ok: true; image: ImageInfo } | { ok: false; error: FieldMessage } {
  const checked = checkImage(bytes, LOGO_RULES);
  return checked.ok ? checked : { ok: false, error: REFUSALS[checked.reason] };
}

export async function checkLogo(files: FileStore, logo: LogoFormValue): Promise<CheckedLogo> {
  if (logo.upload) {
    const bytes = new Uint8Array(await logo.upload.arrayBuffer());
    const checked = checkLogoBytes(bytes);
    return checked.ok
      ? { ok: true, upload: { bytes, image: checked.image }, remove: false }
      : checked;
  }
  if (logo.pending) {
    // The form's hidden field could name any stored file: it must still meet the rules.
    const stored = await files.describe(logo.pending);
    const fits =
      stored &&
      stored.bytes <= LOGO_RULES.maxBytes &&
      Math.max(stored.width, stored.height) <= LOGO_RULES.maxSide;
    if (fits) return { ok: true, pending: stored.key, remove: false };
  }
  return { ok: true, remove: logo.remove };
}

/**
 * What a save does to the logo: a key sets it (a new upload is stored first), null removes it,
 * undefined keeps it.
 */
export async function logoChange(
  files: FileStore,
  logo: Extract<CheckedLogo, { ok: true }>,
): Promise<string | null | undefined> {
  if (logo.upload) return (await files.putImage(logo.upload.bytes, logo.upload.image)).key;
  if (logo.pending) return logo.pending;
  return logo.remove ? null : undefined;
}
