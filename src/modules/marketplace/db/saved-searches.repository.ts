// Saved searches of the offers or the needs and the listings their mail carried.
import { and, arrayContains, asc, desc, eq, gte, notExists } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { nextVersion, updateAtVersion } from '../../../platform/db/versioned';
import {
  marketplaceNeeds as needs,
  marketplaceSavedSearches as searches,
  marketplaceSavedSearchSent as sent,
} from './tables';
import type { NeedRow } from './needs.repository';

export type SavedSearchRow = typeof searches.$inferSelect;
export type NewSavedSearchRow = typeof searches.$inferInsert;

/** The new search, or undefined when this account already saved the same filters. */
export async function insertSavedSearch(
  db: Db,
  row: NewSavedSearchRow,
): Promise<SavedSearchRow | undefined> {
  const [created] = await db.insert(searches).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findSavedSearchByFilters(
  db: Db,
  key: { userId: string; listingKind: string; filtersKey: string },
): Promise<SavedSearchRow | undefined> {
  const [row] = await db
    .select()
    .from(searches)
    .where(
      and(
        eq(searches.userId, key.userId),
        eq(searches.listingKind, key.listingKind),
        eq(searches.filtersKey, key.filtersKey),
      ),
    );
  return row;
}

export async function findSavedSearch(db: Db, id: string): Promise<SavedSearchRow | undefined> {
  const [row] = await db.select().from(searches).where(eq(searches.id, id));
  return row;
}

/** An account's saved searches, oldest first. */
export function savedSearchesOf(db: Db, userId: string): Promise<SavedSearchRow[]> {
  return db
    .select()
    .from(searches)
    .where(eq(searches.userId, userId))
    .orderBy(asc(searches.createdAt), asc(searches.id));
}

/** The searches whose alerts are on: what the digest reads. */
export function alertingSearches(db: Db): Promise<SavedSearchRow[]> {
  return db
    .select()
    .from(searches)
    .where(eq(searches.isAlerting, true))
    .orderBy(asc(searches.createdAt), asc(searches.id));
}

/** Undefined: a stale rename, or the search is gone. */
export const renameSavedSearchAtVersion = (
  db: Db,
  id: string,
  version: number,
  name: string,
  now: Date,
) => updateAtVersion(db, searches, eq(searches.id, id), version, { name }, { now });

export async function setAlerting(
  db: Db,
  id: string,
  isAlerting: boolean,
  now: Date,
): Promise<SavedSearchRow | undefined> {
  const [row] = await db
    .update(searches)
    .set({ isAlerting, ...nextVersion(searches, { now }) })
    .where(eq(searches.id, id))
    .returning();
  return row;
}

export async function deleteSavedSearch(db: Db, id: string): Promise<SavedSearchRow | undefined> {
  const [row] = await db.delete(searches).where(eq(searches.id, id)).returning();
  return row;
}

/** With the account: its searches go (what their mail carried goes with them). */
export async function deleteSavedSearchesOf(db: Db, userId: string): Promise<void> {
  await db.delete(searches).where(eq(searches.userId, userId));
}

/** The listings a search's mail already carried. */
export async function sentListingIds(db: Db, searchId: string): Promise<Set<string>> {
  const rows = await db
    .select({ listingId: sent.listingId })
    .from(sent)
    .where(eq(sent.searchId, searchId));
  return new Set(rows.map((r) => r.listingId));
}

/**
 * The open needs of the sector (any, without one) posted since the search was saved and never
 * mailed for it, newest first.
 */
export function newNeedsFor(
  db: Db,
  search: { id: string; createdAt: Date; sector?: string },
  limit: number,
): Promise<NeedRow[]> {
  const mailed = db
    .select({ one: sent.searchId })
    .from(sent)
    .where(and(eq(sent.searchId, search.id), eq(sent.listingId, needs.id)));
  return db
    .select()
    .from(needs)
    .where(
      and(
        eq(needs.status, 'open'),
        gte(needs.createdAt, search.createdAt),
        search.sector ? arrayContains(needs.sectors, [search.sector]) : undefined,
        notExists(mailed),
      ),
    )
    .orderBy(desc(needs.createdAt), asc(needs.id))
    .limit(limit);
}

/** Records the listings a mail carries; returns those not carried before (the rest are left). */
export async function recordSent(
  db: Db,
  searchId: string,
  listingIds: readonly string[],
  sentAt: Date,
): Promise<string[]> {
  if (listingIds.length === 0) return [];
  const rows = await db
    .insert(sent)
    .values(listingIds.map((listingId) => ({ searchId, listingId, sentAt })))
    .onConflictDoNothing()
    .returning({ listingId: sent.listingId });
  return rows.map((r) => r.listingId);
}
