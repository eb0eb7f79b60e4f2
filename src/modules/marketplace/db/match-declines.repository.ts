// Declined suggestions: one row per pair and side.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { DeclineSide } from '../domain/match-declines';
import { marketplaceMatchDeclines as declines } from './tables';

export type DeclineRow = typeof declines.$inferSelect;
export type NewDeclineRow = typeof declines.$inferInsert;

const listingOn = (side: DeclineSide, listingId: string) =>
  side === 'need' ? eq(declines.needId, listingId) : eq(declines.offerId, listingId);

/** The declines of one listing's suggestions, oldest first. */
export function declinesOfListing(
  db: Db,
  side: DeclineSide,
  listingId: string,
): Promise<DeclineRow[]> {
  return db
    .select()
    .from(declines)
    .where(and(eq(declines.side, side), listingOn(side, listingId)))
    .orderBy(asc(declines.createdAt));
}

/** The new row, or undefined when this pair was already declined on this side. */
export async function insertDecline(db: Db, row: NewDeclineRow): Promise<DeclineRow | undefined> {
  const [created] = await db.insert(declines).values(row).onConflictDoNothing().returning();
  return created;
}

/** The row removed, or undefined when there was none. */
export async function deleteDecline(
  db: Db,
  pair: { side: DeclineSide; needId: string; offerId: string },
): Promise<DeclineRow | undefined> {
  const [removed] = await db
    .delete(declines)
    .where(
      and(
        eq(declines.side, pair.side),
        eq(declines.needId, pair.needId),
        eq(declines.offerId, pair.offerId),
      ),
    )
    .returning();
  return removed;
}

/** The suggestions an account declined (they stay with the listing: its owner's decision). */
export function declinesBy(db: Db, userId: string) {
  return db
    .select({
      side: declines.side,
      needId: declines.needId,
      offerId: declines.offerId,
      reason: declines.reason,
      comment: declines.comment,
      createdAt: declines.createdAt,
    })
    .from(declines)
    .where(eq(declines.declinedBy, userId));
}
