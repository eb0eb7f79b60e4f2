// Newsletter subscribers and the digests sent.
import { and, count, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { nextVersion } from '../../../platform/db/versioned';
import {
  contentItems as items,
  contentNewsletterSends as sends,
  contentNewsletterSubscribers as subscribers,
} from './tables';

export type SubscriberRow = typeof subscribers.$inferSelect;
export type NewSubscriberRow = typeof subscribers.$inferInsert;
export type SendRow = typeof sends.$inferSelect;

export async function findSubscriberByEmail(db: Db, email: string) {
  const [row] = await db.select().from(subscribers).where(eq(subscribers.email, email));
  return row;
}

export async function findSubscriberByToken(db: Db, token: string) {
  const [row] = await db.select().from(subscribers).where(eq(subscribers.token, token));
  return row;
}

/** A new subscriber, or undefined when that e-mail was added meanwhile (a double submission). */
export async function insertSubscriber(db: Db, row: NewSubscriberRow) {
  const [created] = await db
    .insert(subscribers)
    .values(row)
    .onConflictDoNothing({ target: subscribers.email })
    .returning();
  return created;
}

type SubscriberPatch = Partial<
  Pick<
    SubscriberRow,
    | 'locale'
    | 'topics'
    | 'kinds'
    | 'status'
    | 'consentNotice'
    | 'consentGivenAt'
    | 'consentWithdrawnAt'
    | 'endedBy'
    | 'confirmationSentAt'
  >
>;

/** Changes a subscriber whose status is still `from` (so two clicks change it once). */
export async function updateSubscriber(
  db: Db,
  id: string,
  from: readonly string[],
  patch: SubscriberPatch,
  now: Date,
): Promise<SubscriberRow | undefined> {
  const [row] = await db
    .update(subscribers)
    .set({ ...patch, ...nextVersion(subscribers, { now }) })
    .where(and(eq(subscribers.id, id), inArray(subscribers.status, [...from])))
    .returning();
  return row;
}

export function activeSubscribers(db: Db): Promise<SubscriberRow[]> {
  return db.select().from(subscribers).where(eq(subscribers.status, 'active'));
}

/** The sectors each active subscriber chose (none: every sector), for the staff's counts. */
export async function activeTopicChoices(db: Db): Promise<string[][]> {
  const rows = await db
    .select({ topics: subscribers.topics })
    .from(subscribers)
    .where(eq(subscribers.status, 'active'));
  return rows.map((r) => r.topics);
}

export async function countSubscribersByStatus(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({ status: subscribers.status, n: count() })
    .from(subscribers)
    .groupBy(subscribers.status);
  return new Map(rows.map((r) => [r.status, r.n]));
}

/** Records a week's digest; false when that week's was recorded already (a job run twice). */
export async function insertSend(db: Db, row: typeof sends.$inferInsert): Promise<boolean> {
  const inserted = await db
    .insert(sends)
    .values(row)
    .onConflictDoNothing({ target: sends.weekOf })
    .returning({ id: sends.id });
  return inserted.length > 0;
}

export function latestSends(db: Db, limit: number): Promise<SendRow[]> {
  return db.select().from(sends).orderBy(desc(sends.weekOf)).limit(limit);
}

/** Items of these kinds published in [from, to) and still published, oldest first. */
export function itemsPublishedBetween(
  db: Db,
  kinds: readonly string[],
  period: { from: Date; to: Date },
) {
  return db
    .select()
    .from(items)
    .where(
      and(
        eq(items.status, 'published'),
        inArray(items.kind, [...kinds]),
        gte(items.publishedAt, period.from),
        lt(items.publishedAt, period.to),
      ),
    )
    .orderBy(items.publishedAt);
}

/** Forgets a subscription (its address, topics and link secret) for an erased account's address. */
export async function deleteSubscriber(db: Db, id: string): Promise<void> {
  await db.delete(subscribers).where(eq(subscribers.id, id));
}
