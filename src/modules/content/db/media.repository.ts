// The media library's images with their variants, and its documents.
import { and, count, desc, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { isMediaDocument, isMediaImage, type MediaDocumentKind } from '../domain/media';
import { contentItems as items, contentMedia as media } from './tables';

export type MediaRow = typeof media.$inferSelect;
export type MediaVariant = MediaRow['variants'][number];
/** An image: its size is known (the table's check holds width and height to images). */
export type MediaImage = MediaRow & { kind: 'image'; width: number; height: number };
export type MediaDocument = MediaRow & { kind: MediaDocumentKind; bytes: number };

/** What staff may change of a kept file: its descriptions, nothing the bytes decided. */
export type MediaPatch = Pick<EditablePatch<typeof media>, 'altVi' | 'altEn'>;

/** Adds an image once; false when the library already held it. */
export async function insertMedia(db: Db, row: typeof media.$inferInsert): Promise<boolean> {
  const inserted = await db
    .insert(media)
    .values(row)
    .onConflictDoNothing({ target: media.key })
    .returning({ key: media.key });
  return inserted.length > 0;
}

export async function findMediaByKey(db: Db, key: string): Promise<MediaRow | undefined> {
  const [row] = await db.select().from(media).where(eq(media.key, key));
  return row;
}

export async function findImagesByKeys(db: Db, keys: readonly string[]): Promise<MediaImage[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .select()
    .from(media)
    .where(and(inArray(media.key, [...keys]), eq(media.kind, 'image')));
  return rows.filter(isMediaImage);
}

/** The newest images, or the newest documents. */
export async function latestImages(db: Db, limit: number): Promise<MediaImage[]> {
  const rows = await db
    .select()
    .from(media)
    .where(eq(media.kind, 'image'))
    .orderBy(desc(media.createdAt))
    .limit(limit);
  return rows.filter(isMediaImage);
}

export async function latestDocuments(db: Db, limit: number): Promise<MediaDocument[]> {
  const rows = await db
    .select()
    .from(media)
    .where(ne(media.kind, 'image'))
    .orderBy(desc(media.createdAt))
    .limit(limit);
  return rows.filter(isMediaDocument);
}

/** New descriptions, only while the row is at the version the form showed. */
export const updateMediaAtVersion = (
  db: Db,
  key: string,
  version: number,
  patch: MediaPatch,
  stamp: ChangeStamp,
) =>
  updateAtVersion(
    db,
    media,
    eq(media.key, key),
    version,
    { altVi: patch.altVi, altEn: patch.altEn },
    stamp,
  );

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
