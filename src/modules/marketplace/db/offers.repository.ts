// Technology offers.
import { and, count, desc, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { recordSearchChanges } from '../../../platform/search/changes';
import { marketplaceOffers as offers } from './tables';

export type OfferRow = typeof offers.$inferSelect;
export type NewOfferRow = typeof offers.$inferInsert;

/** The owner, its kind and the form's key are fixed when the offer is written. */
const OFFER_EDITABLE = editableColumns(offers, [
  'ownerOrgId',
  'ownerKind',
  'ownerProvince',
  'submissionKey',
  'renewalRemindedFor',
]);
export type OfferPatch = EditablePatch<
  typeof offers,
  'ownerOrgId' | 'ownerKind' | 'ownerProvince' | 'submissionKey' | 'renewalRemindedFor'
>;

/** What the offers' search index follows (offer-search.ts): every write below records its offer. */
export const OFFER_CHANGES = 'marketplace_offers';

export function insertOffer(db: Db, row: NewOfferRow): Promise<OfferRow> {
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(offers).values(row).returning();
    await recordSearchChanges(tx, OFFER_CHANGES, [created!.id]);
    return created!;
  });
}

/** The offer a form made, by the form's one-time key. */
export async function findOfferBySubmission(db: Db, key: string): Promise<OfferRow | undefined> {
  const [row] = await db.select().from(offers).where(eq(offers.submissionKey, key));
  return row;
}

export async function findOfferById(db: Db, id: string): Promise<OfferRow | undefined> {
  const [row] = await db.select().from(offers).where(eq(offers.id, id));
  return row;
}

export async function lockOffer(db: Db, id: string): Promise<OfferRow | undefined> {
  const [row] = await db.select().from(offers).where(eq(offers.id, id)).for('update');
  return row;
}

export const updateOfferAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: OfferPatch,
  stamp: ChangeStamp,
) =>
  db.transaction(async (tx) => {
    const after = await updateAtVersion(
      tx,
      offers,
      eq(offers.id, id),
      version,
      OFFER_EDITABLE.pick(patch),
      stamp,
    );
    if (after) await recordSearchChanges(tx, OFFER_CHANGES, [id]);
    return after;
  });

export function findOffersByIds(db: Db, ids: readonly string[]): Promise<OfferRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(offers)
    .where(inArray(offers.id, [...ids]));
}

/**
 * Published offers (expired ones too: the search hides those by their expiry), all or those
 * among `ids`.
 */
export function publishedOffers(db: Db, ids?: readonly string[]): Promise<OfferRow[]> {
  return db
    .select()
    .from(offers)
    .where(and(eq(offers.status, 'published'), ids ? inArray(offers.id, [...ids]) : undefined));
}

/** Whether any offer was ever written (the demo data is seeded into an empty marketplace only). */
export async function anyOffer(db: Db): Promise<boolean> {
  const rows = await db.select({ id: offers.id }).from(offers).limit(1);
  return rows.length > 0;
}

/** Offers of these owners (any status), newest change first. */
export function offersOfOwners(db: Db, ownerIds: readonly string[]): Promise<OfferRow[]> {
  if (ownerIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(offers)
    .where(inArray(offers.ownerOrgId, [...ownerIds]))
    .orderBy(desc(offers.updatedAt));
}

/** Offers waiting for approval, those of these owners only when given. */
export function pendingOffers(db: Db, ownerIds?: readonly string[]): Promise<OfferRow[]> {
  return db
    .select()
    .from(offers)
    .where(
      and(
        eq(offers.status, 'pending'),
        ownerIds &&
          inArray(
            offers.ownerOrgId,
            ownerIds.length ? [...ownerIds] : ['00000000-0000-0000-0000-000000000000'],
          ),
      ),
    )
    .orderBy(offers.updatedAt);
}

/** The newest listed offers, for the home page. */
export function newestListed(db: Db, now: Date, limit: number): Promise<OfferRow[]> {
  return db
    .select()
    .from(offers)
    .where(and(eq(offers.status, 'published'), gt(offers.expiresAt, now)))
    .orderBy(desc(offers.publishedAt))
    .limit(limit);
}

/** Offers first listed within [from, to), of owners in a province when given. */
export async function countListedBetween(
  db: Db,
  q: { from: Date; to: Date; province?: string },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(offers)
    .where(
      and(
        gte(offers.publishedAt, q.from),
        lt(offers.publishedAt, q.to),
        q.province ? eq(offers.ownerProvince, q.province) : undefined,
        sql`${offers.status} in ('published', 'withdrawn')`,
      ),
    );
  return row?.n ?? 0;
}

/** Marks the reminder for this expiry as sent; false when it already was. */
export async function claimRenewalReminder(db: Db, id: string, expiresAt: Date): Promise<boolean> {
  const rows = await db
    .update(offers)
    .set({ renewalRemindedFor: expiresAt })
    .where(
      and(
        eq(offers.id, id),
        sql`${offers.renewalRemindedFor} is distinct from ${expiresAt.toISOString()}::timestamptz`,
      ),
    )
    .returning({ id: offers.id });
  return rows.length > 0;
}
