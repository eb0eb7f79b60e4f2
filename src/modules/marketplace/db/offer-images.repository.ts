// An offer's public images, oldest first.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { marketplaceOfferImages as images } from './tables';

export type OfferImageRow = typeof images.$inferSelect;
export type NewOfferImageRow = typeof images.$inferInsert;

export function offerImagesOf(db: Db, offerId: string): Promise<OfferImageRow[]> {
  return db
    .select()
    .from(images)
    .where(eq(images.offerId, offerId))
    .orderBy(asc(images.createdAt), asc(images.id));
}

/** The images of several offers, each offer's oldest first, in one query (an API page). */
export async function imagesOfOffers(
  db: Db,
  offerIds: readonly string[],
): Promise<Map<string, OfferImageRow[]>> {
  const byOffer = new Map<string, OfferImageRow[]>();
  if (offerIds.length === 0) return byOffer;
  const rows = await db
    .select()
    .from(images)
    .where(inArray(images.offerId, [...offerIds]))
    .orderBy(asc(images.offerId), asc(images.createdAt), asc(images.id));
  for (const row of rows) {
    const list = byOffer.get(row.offerId);
    if (list) list.push(row);
    else byOffer.set(row.offerId, [row]);
  }
  return byOffer;
}

/**
 * Each offer's first image (its oldest), in one query for a list's cards: DISTINCT ON reads one
 * row per offer from marketplace_offer_images_offer_idx.
 */
export async function firstImagesOf(
  db: Db,
  offerIds: readonly string[],
): Promise<Map<string, OfferImageRow>> {
  if (offerIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([images.offerId])
    .from(images)
    .where(inArray(images.offerId, [...offerIds]))
    .orderBy(asc(images.offerId), asc(images.createdAt), asc(images.id));
  return new Map(rows.map((r) => [r.offerId, r]));
}

export async function countOfferImages(db: Db, offerId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(images).where(eq(images.offerId, offerId));
  return row?.n ?? 0;
}

export async function findOfferImage(
  db: Db,
  offerId: string,
  where: { id: string } | { fileKey: string },
): Promise<OfferImageRow | undefined> {
  const match = 'id' in where ? eq(images.id, where.id) : eq(images.fileKey, where.fileKey);
  const [row] = await db
    .select()
    .from(images)
    .where(and(eq(images.offerId, offerId), match));
  return row;
}

export async function insertOfferImage(db: Db, row: NewOfferImageRow): Promise<OfferImageRow> {
  const [created] = await db.insert(images).values(row).returning();
  return created!;
}

export async function deleteOfferImage(db: Db, offerId: string, id: string): Promise<boolean> {
  const gone = await db
    .delete(images)
    .where(and(eq(images.offerId, offerId), eq(images.id, id)))
    .returning({ id: images.id });
  return gone.length > 0;
}
