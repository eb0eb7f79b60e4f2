// A listing's confidential side: NDAs accepted, the log of who saw what, the documents.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { ListingKind } from '../domain/confidentiality';
import {
  marketplaceListingDocuments as documents,
  marketplaceListingViews as views,
  marketplaceNdaAcceptances as ndas,
} from './tables';

export type ViewRow = typeof views.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;

export interface ListingRef {
  kind: ListingKind;
  id: string;
}

/** Records the acceptance; false when this version was accepted for this listing already. */
export async function insertNdaAcceptance(
  db: Db,
  listing: ListingRef,
  userId: string,
  version: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .insert(ndas)
    .values({
      listingKind: listing.kind,
      listingId: listing.id,
      userId,
      ndaVersion: version,
      acceptedAt: at,
    })
    .onConflictDoNothing()
    .returning({ id: ndas.id });
  return rows.length > 0;
}

export async function hasAcceptedNda(
  db: Db,
  listing: ListingRef,
  userId: string,
  version: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: ndas.id })
    .from(ndas)
    .where(
      and(
        eq(ndas.listingKind, listing.kind),
        eq(ndas.listingId, listing.id),
        eq(ndas.userId, userId),
        eq(ndas.ndaVersion, version),
      ),
    );
  return row !== undefined;
}

/** One entry per viewer, listing, what and day: reloading a page writes nothing more. */
export async function insertView(
  db: Db,
  row: Omit<typeof views.$inferInsert, 'id'>,
): Promise<void> {
  await db.insert(views).values(row).onConflictDoNothing();
}

/** A listing's log, newest first. */
export function viewsOf(db: Db, listing: ListingRef, limit: number): Promise<ViewRow[]> {
  return db
    .select()
    .from(views)
    .where(and(eq(views.listingKind, listing.kind), eq(views.listingId, listing.id)))
    .orderBy(desc(views.viewedAt))
    .limit(limit);
}

export async function insertDocument(
  db: Db,
  row: Omit<typeof documents.$inferInsert, 'id'>,
): Promise<DocumentRow> {
  const [created] = await db.insert(documents).values(row).returning();
  return created!;
}

export function documentsOf(db: Db, listing: ListingRef): Promise<DocumentRow[]> {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.listingKind, listing.kind), eq(documents.listingId, listing.id)))
    .orderBy(documents.createdAt);
}

export async function findDocument(
  db: Db,
  listing: ListingRef,
  id: string,
): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.id, id),
        eq(documents.listingKind, listing.kind),
        eq(documents.listingId, listing.id),
      ),
    );
  return row;
}
