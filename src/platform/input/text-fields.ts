// Text fields of a command's input, one rule for every module: NFC, control characters dropped,
// trimmed, then limited in characters as a reader counts them.
import { z } from 'zod';
import { cleanUserText } from '../text/user-text';

/** A text of at most `max` characters; '' allowed. */
export const ZText = (max: number) => z.string().transform(cleanUserText).pipe(z.string().max(max));

/** A text that must be given, at most `max` characters. */
export const ZRequiredText = (max: number) => ZText(max).pipe(z.string().min(1));

/** A page address segment: lower-case ASCII words joined by hyphens. */
export const ZSlug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'validation.slug' });
