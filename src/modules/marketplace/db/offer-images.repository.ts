// An offer's public images, oldest first.
import { and, asc, count, eq } from 'drizzle-orm';
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
