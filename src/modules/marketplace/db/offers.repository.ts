// Technology offers.
import { and, count, desc, eq, gt, gte, inArray, lt, max, sql, sum } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
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

export async function insertOffer(db: Db, row: NewOfferRow): Promise<OfferRow> {
  const [created] = await db.insert(offers).values(row).returning();
  return created!;
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
) => updateAtVersion(db, offers, eq(offers.id, id), version, OFFER_EDITABLE.pick(patch), stamp);

export function findOffersByIds(db: Db, ids: readonly string[]): Promise<OfferRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(offers)
    .where(inArray(offers.id, [...ids]));
}

/** Published offers (expired ones too: the search hides those by their expiry). */
export function publishedOffers(db: Db): Promise<OfferRow[]> {
  return db.select().from(offers).where(eq(offers.status, 'published'));
}

/** Moves whenever an offer is added or changed: the search index's stamp. */
export async function offersStamp(db: Db): Promise<string> {
  const [row] = await db
    .select({ n: count(), versions: sum(offers.version), at: max(offers.updatedAt) })
    .from(offers);
  return `${row?.n ?? 0}:${row?.versions ?? 0}:${row?.at?.getTime() ?? 0}`;
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
