// The media library's images and their variants.
import { desc, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { contentMedia as media } from './tables';

export type MediaRow = typeof media.$inferSelect;

export async function insertMedia(db: Db, row: typeof media.$inferInsert): Promise<void> {
  await db.insert(media).values(row).onConflictDoNothing({ target: media.key });
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
