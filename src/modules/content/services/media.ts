// The media library: a cover enters it when first saved with an article, with its description
// and its WebP variants; later articles reuse it from the form's list. Variants are made outside
// any transaction (they are derived from the stored original): an image sharp cannot read keeps
// its original alone, and the article is saved all the same.
import type { AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { webpVariants } from '../../../platform/files/image-variants';
import { log } from '../../../platform/log/logger';
import { findMediaByKeys, insertMedia, latestMedia, type MediaRow } from '../db/media.repository';

type Deps = Pick<AppDeps, 'database' | 'files' | 'clock'>;

/** Adds a stored image to the library, with its variants, unless it is there already. */
export async function addToMediaLibrary(
  deps: Deps,
  acting: AuditContext,
  input: { key: string; altVi: string; altEn: string },
): Promise<void> {
  const db = deps.database.db;
  if ((await findMediaByKeys(db, [input.key])).length > 0) return;
  const [original, described] = await Promise.all([
    deps.files.read(input.key),
    deps.files.describe(input.key),
  ]);
  if (!original || !described) return;
  let variants: MediaRow['variants'] = [];
  try {
    const made = await webpVariants(original.body, described);
    variants = await Promise.all(
      made.map(async (v) => {
        const stored = await deps.files.putImage(v.bytes, v.image);
        return { key: stored.key, width: stored.width, height: stored.height };
      }),
    );
  } catch (err) {
    log.warn('cover variants not made', { key: input.key, error: String(err) });
  }
  await insertMedia(db, {
    key: input.key,
    width: described.width,
    height: described.height,
    variants,
    altVi: input.altVi,
    altEn: input.altEn,
    createdAt: deps.clock(),
    createdBy: isSignedIn(acting.actor) ? acting.actor.user.id : null,
  });
}

/** What a page needs to show covers: each one's size and variants. */
export async function mediaOf(
  deps: Pick<AppDeps, 'database'>,
  keys: readonly string[],
): Promise<Map<string, MediaRow>> {
  const rows = await findMediaByKeys(deps.database.db, keys);
  return new Map(rows.map((r) => [r.key, r]));
}

/** The library as the editor's form lists it, newest first. */
export const mediaLibrary = (deps: Pick<AppDeps, 'database'>) => latestMedia(deps.database.db, 40);
