// The media library: an image enters it when first saved as an article's cover or uploaded on
// the library's page (media-upload.ts), with its description, file name and WebP variants; later
// articles reuse it from the form's list. WebP variants are made outside any transaction (they
// are derived from the stored original): an image sharp cannot read keeps its original alone,
// and the article is saved all the same. AVIF variants take seconds to encode (decision 023): the
// job content.media-avif, scheduled with the image's row, makes them, and pages offer WebP alone
// until then.
import { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { pageWindow } from '../../../platform/input/paging';
import { imageVariants, storeVariants, webpVariants } from '../../../platform/files/image-variants';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import { log } from '../../../platform/log/logger';
import {
  coverUses,
  findImagesByKeys,
  findMediaByKey,
  findMediaPage,
  insertMedia,
  latestDocuments,
  latestImages,
  setAvifVariants,
  type MediaDocument,
  type MediaImage,
  type MediaVariant,
} from '../db/media.repository';
import { canEditContent } from '../permissions';

type Deps = Pick<AppDeps, 'database' | 'files' | 'clock' | 'jobs'>;

export const AVIF_JOB = 'content.media-avif';

/**
 * Adds a stored image to the library, with its variants, unless it is there already (audited
 * when added). 'gone' when the store holds no such image.
 */
export async function addToMediaLibrary(
  deps: Deps,
  acting: AuditContext,
  input: { key: string; altVi: string; altEn: string; fileName: string },
): Promise<'added' | 'known' | 'gone'> {
  const db = deps.database.db;
  if (await findMediaByKey(db, input.key)) return 'known';
  const [original, described] = await Promise.all([
    deps.files.read(input.key),
    deps.files.describe(input.key),
  ]);
  if (!original || !described) return 'gone';
  let variants: MediaVariant[] = [];
  try {
    variants = await storeVariants(deps.files, await webpVariants(original.body, described));
  } catch (err) {
    log.warn('cover variants not made', { key: input.key, error: String(err) });
  }
  const now = deps.clock();
  const isNew = await db.transaction(async (tx) => {
    const inserted = await insertMedia(tx, {
      key: input.key,
      kind: 'image',
      width: described.width,
      height: described.height,
      bytes: described.bytes,
      variants,
      fileName: input.fileName,
      altVi: input.altVi,
      altEn: input.altEn,
      createdAt: now,
      updatedAt: now,
      createdBy: isSignedIn(acting.actor) ? acting.actor.user.id : null,
    });
    if (!inserted) return false;
    await recordAudit(tx, acting, {
      action: 'content.media:add',
      entityType: 'content_media',
      entityId: input.key,
      after: { kind: 'image', fileName: input.fileName, altVi: input.altVi },
    });
    // Only an image sharp could read gets AVIF variants too.
    if (variants.length > 0)
      await scheduleJob(tx, {
        name: AVIF_JOB,
        key: `${AVIF_JOB}:${input.key}`,
        runAt: now,
        payload: { key: input.key },
        maxAttempts: 3,
      });
    return true;
  });
  deps.jobs.wake();
  return isNew ? 'added' : 'known';
}

const ZAvifPayload = z.object({ key: z.string() });

/** The job: AVIF variants at the WebP variants' widths; done once, whoever runs it again. */
export async function makeAvifVariants(job: JobRun, deps: AppDeps): Promise<void> {
  const { key } = ZAvifPayload.parse(job.payload);
  const [row] = await findImagesByKeys(deps.database.db, [key]);
  if (!row || row.avifVariants.length > 0) return;
  const original = await deps.files.read(key);
  if (!original) return;
  const made = await imageVariants(original.body, row, 'avif');
  await setAvifVariants(deps.database.db, key, await storeVariants(deps.files, made));
}

/** What a page needs to show covers: each one's size and variants. */
export async function mediaOf(
  deps: Pick<AppDeps, 'database'>,
  keys: readonly string[],
): Promise<Map<string, MediaImage>> {
  const rows = await findImagesByKeys(deps.database.db, keys);
  return new Map(rows.map((r) => [r.key, r]));
}

/** What the editor's form offers from the library: images for covers and pictures, documents to link. */
export interface MediaLibrary {
  images: MediaImage[];
  documents: MediaDocument[];
}

/** The library as the editor's form lists it, newest first. */
export async function mediaLibrary(deps: Pick<AppDeps, 'database'>): Promise<MediaLibrary> {
  const db = deps.database.db;
  const [images, documents] = await Promise.all([latestImages(db, 40), latestDocuments(db, 40)]);
  return { images, documents };
}

export const MEDIA_PAGE_SIZE = 24;

/** The library's staff page: a page of images and how many articles use each. */
export async function findMediaForStaff(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  query: { q?: string; page: number },
) {
  if (!canEditContent(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const { rows, total } = await findMediaPage(db, {
    words: query.q?.trim().normalize('NFC').slice(0, 200) || undefined,
    ...pageWindow(query.page, MEDIA_PAGE_SIZE),
  });
  const uses = await coverUses(
    db,
    rows.map((r) => r.key),
  );
  return { rows, total, page: query.page, uses };
}
