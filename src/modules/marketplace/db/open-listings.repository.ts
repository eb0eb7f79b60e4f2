// What other exchanges read of ours: listed offers and open needs, page by page, and every
// listing whose public state changed after a point, in the order it changed.
import { and, asc, count, desc, eq, gt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { marketplaceNeeds as needs, marketplaceOffers as offers } from './tables';
import type { NeedRow } from './needs.repository';
import type { OfferRow } from './offers.repository';

const listedAt = (now: Date) =>
  and(eq(offers.status, 'published'), sql`${offers.expiresAt} > ${now.toISOString()}`);

export async function listedOffersPage(
  db: Db,
  now: Date,
  window: { offset: number; limit: number },
) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(offers)
      .where(listedAt(now))
      .orderBy(desc(offers.publishedAt), asc(offers.id))
      .offset(window.offset)
      .limit(window.limit),
    db.select({ n: count() }).from(offers).where(listedAt(now)),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function openNeedsPage(db: Db, window: { offset: number; limit: number }) {
  const open = eq(needs.status, 'open');
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(needs)
      .where(open)
      .orderBy(desc(needs.createdAt), asc(needs.id))
      .offset(window.offset)
      .limit(window.limit),
    db.select({ n: count() }).from(needs).where(open),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** A point in the feed: the change's instant, then the listing's id, for ties. */
export interface FeedPoint {
  at: Date;
  id: string;
}

/**
 * An offer changes when it is written (updated_at) and, without being written, when its listing
 * expires: a listed offer's change is the later of the two that has happened by `until`.
 */
const offerChangedAt = (until: Date) =>
  sql<Date>`date_trunc('milliseconds', case when ${offers.status} = 'published' and ${offers.expiresAt} <= ${until.toISOString()} and ${offers.expiresAt} > ${offers.updatedAt} then ${offers.expiresAt} else ${offers.updatedAt} end)`;
// Milliseconds, as a cursor carries them: a row written with microseconds is not read twice.
const needChangedAt = sql<Date>`date_trunc('milliseconds', ${needs.updatedAt})`;

const after = (at: SQL, id: typeof offers.id | typeof needs.id, from: FeedPoint) =>
  or(
    sql`${at} > ${from.at.toISOString()}`,
    and(sql`${at} = ${from.at.toISOString()}`, gt(id, from.id)),
  );

/** Offers whose public state changed after `from` and by `until`, in that order. */
export async function offersChangedBetween(
  db: Db,
  from: FeedPoint,
  until: Date,
  limit: number,
): Promise<(OfferRow & { changedAt: Date })[]> {
  const at = offerChangedAt(until);
  const rows = await db
    .select({ offer: offers, changedAt: at.as('changed_at') })
    .from(offers)
    .where(and(after(at, offers.id, from), sql`${at} <= ${until.toISOString()}`))
    .orderBy(at, offers.id)
    .limit(limit);
  return rows.map((r) => ({ ...r.offer, changedAt: new Date(r.changedAt) }));
}

/** Needs written after `from` and by `until`, in that order. */
export async function needsChangedBetween(
  db: Db,
  from: FeedPoint,
  until: Date,
  limit: number,
): Promise<(NeedRow & { changedAt: Date })[]> {
  const rows = await db
    .select({ need: needs, changedAt: needChangedAt.as('changed_at') })
    .from(needs)
    .where(
      and(after(needChangedAt, needs.id, from), sql`${needChangedAt} <= ${until.toISOString()}`),
    )
    .orderBy(needChangedAt, needs.id)
    .limit(limit);
  return rows.map((r) => ({ ...r.need, changedAt: new Date(r.changedAt) }));
}
