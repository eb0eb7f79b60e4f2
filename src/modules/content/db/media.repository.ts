// The media library's images and their variants.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { contentMedia as media } from './tables';

export type MediaRow = typeof media.$inferSelect;
export type MediaVariant = MediaRow['variants'][number];

/** Adds an image once; false when the library already held it. */
export async function insertMedia(db: Db, row: typeof media.$inferInsert): Promise<boolean> {
  const inserted = await db
    .insert(media)
    .values(row)
    .onConflictDoNothing({ target: media.key })
    .returning({ key: media.key });
  return inserted.length > 0;
}

export function findMediaByKeys(db: Db, keys: readonly string[]): Promise<MediaRow[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(media)
    .where(inArray(media.key, [...keys]));
}

export function latestMedia(db: Db, limit: number): Promise<MediaRow[]> {
  return db.select().from(media).orderBy(desc(media.createdAt)).limit(limit);
}

/**
 * Records an image's AVIF variants once. Derived from the stored original by the job, like a
 * cache: not an edit of the record, so its version stays and a description being edited meanwhile
 * is not refused as stale. False when they were recorded already.
 */
export async function setAvifVariants(
  db: Db,
  key: string,
  variants: MediaVariant[],
): Promise<boolean> {
  const updated = await db
    .update(media)
    .set({ avifVariants: variants })
    .where(and(eq(media.key, key), sql`jsonb_array_length(${media.avifVariants}) = 0`))
    .returning({ key: media.key });
  return updated.length > 0;
}
