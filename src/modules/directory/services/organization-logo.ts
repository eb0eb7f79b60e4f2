// An organisation's logo: the platform's image upload (platform/files/image-upload.ts: checked
// by content, stored by content hash only once the whole form is valid, kept across a refused
// save) under the logo's own limits.
import type { ImageRules } from '../../../platform/files';
import { imageLimits } from '../../../platform/files/image-upload';

const MB = 1_048_576;

/** Logos: at most 1 MB and 4096 pixels a side (README, "The ecosystem directory"). */
export const LOGO_RULES: ImageRules = { maxBytes: MB, maxSide: 4096 };
/** Params of the hint and messages that state the limits: `{maxMb}` and `{maxSide}`. */
export const LOGO_LIMITS = imageLimits(LOGO_RULES);
/**
 * Body limit of the forms that carry a logo: well above the logo's own limit, so that a large
 * photo chosen by mistake gets the field's message rather than an error page.
 */
export const LOGO_FORM_BODY_LIMIT = 8_000_000;
