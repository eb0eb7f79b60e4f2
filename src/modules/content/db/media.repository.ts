// The media library's images and their variants.
import { and, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { contentItems as items, contentMedia as media } from './tables';

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

/** Escapes LIKE's wildcards in typed words. */
const likePattern = (words: string) => `%${words.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

function matching(words: string | undefined): SQL | undefined {
  if (!words) return undefined;
  const pattern = likePattern(words);
  return or(
    ilike(media.altVi, pattern),
    ilike(media.altEn, pattern),
    ilike(media.fileName, pattern),
  );
}

/** A page of the library, newest first, its images' descriptions or file names matching. */
export async function findMediaPage(
  db: Db,
  query: { words?: string; limit: number; offset: number },
): Promise<{ rows: MediaRow[]; total: number }> {
  const where = matching(query.words);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(media)
      .where(where)
      .orderBy(desc(media.createdAt), media.key)
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(media).where(where),
  ]);
  return { rows, total: counted?.n ?? 0 };
}

/** The articles using each of these images as their cover. */
export async function coverUses(
  db: Db,
  keys: readonly string[],
): Promise<Map<string, { id: string; title: string }[]>> {
  const uses = new Map<string, { id: string; title: string }[]>();
  if (keys.length === 0) return uses;
  const rows = await db
    .select({ key: items.coverKey, id: items.id, title: items.titleVi })
    .from(items)
    .where(inArray(items.coverKey, [...keys]))
    .orderBy(desc(items.updatedAt));
  for (const r of rows)
    uses.set(r.key!, [...(uses.get(r.key!) ?? []), { id: r.id, title: r.title }]);
  return uses;
}
