// Brokered introductions and the deals recorded on them; the funnel's counts.
import {
  and,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  sql,
  sum,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import {
  marketplaceDeals as deals,
  marketplaceIntroductions as intros,
  marketplaceNeeds as needs,
  marketplaceOffers as offers,
} from './tables';
import { INTRODUCED_STAGES, OPEN_STAGES } from '../domain/introduction';

export type IntroductionRow = typeof intros.$inferSelect;
export type NewIntroductionRow = typeof intros.$inferInsert;
export type DealRow = typeof deals.$inferSelect;

/** The listing asked about and who asked are fixed when the request is made. */
const INTRO_EDITABLE = editableColumns(intros, [
  'offerId',
  'needId',
  'requesterUserId',
  'requestedAt',
]);
type IntroductionPatch = EditablePatch<
  typeof intros,
  'offerId' | 'needId' | 'requesterUserId' | 'requestedAt'
>;

export async function insertIntroduction(
  db: Db,
  row: NewIntroductionRow,
): Promise<IntroductionRow> {
  const [created] = await db.insert(intros).values(row).returning();
  return created!;
}

export async function findIntroductionById(
  db: Db,
  id: string,
): Promise<IntroductionRow | undefined> {
  const [row] = await db.select().from(intros).where(eq(intros.id, id));
  return row;
}

/** The requester's introduction still open on this listing, if any. */
export async function findOpenIntroduction(
  db: Db,
  target: { offerId?: string; needId?: string },
  userId: string,
): Promise<IntroductionRow | undefined> {
  const [row] = await db
    .select()
    .from(intros)
    .where(
      and(
        target.offerId ? eq(intros.offerId, target.offerId) : eq(intros.needId, target.needId!),
        eq(intros.requesterUserId, userId),
        inArray(intros.stage, [...OPEN_STAGES]),
      ),
    );
  return row;
}

export const updateIntroductionAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: IntroductionPatch,
  stamp: ChangeStamp,
) => updateAtVersion(db, intros, eq(intros.id, id), version, INTRO_EDITABLE.pick(patch), stamp);

/** Records the nudge of this day as sent, while the introduction is open; false when it was. */
export async function claimNudge(db: Db, id: string, days: number): Promise<boolean> {
  const rows = await db
    .update(intros)
    .set({ nudgedDays: sql`array_append(${intros.nudgedDays}, ${days}::integer)` })
    .where(
      and(
        eq(intros.id, id),
        inArray(intros.stage, [...OPEN_STAGES]),
        sql`not (${days}::integer = any(${intros.nudgedDays}))`,
      ),
    )
    .returning({ id: intros.id });
  return rows.length > 0;
}

/**
 * Who asked, in the introductions made on this listing (introduced, negotiating or a deal): the
 * parties its documents are shared with.
 */
export function introducedRequesters(
  db: Db,
  target: { offerId: string } | { needId: string },
): Promise<{ userId: string; orgId: string | null }[]> {
  return db
    .select({ userId: intros.requesterUserId, orgId: intros.requesterOrgId })
    .from(intros)
    .where(
      and(
        'offerId' in target ? eq(intros.offerId, target.offerId) : eq(intros.needId, target.needId),
        inArray(intros.stage, [...INTRODUCED_STAGES]),
      ),
    );
}

/** Introductions in these stages, oldest request first (the broker's queue). */
export function introductionsInStages(
  db: Db,
  stages: readonly string[],
): Promise<IntroductionRow[]> {
  return db
    .select()
    .from(intros)
    .where(inArray(intros.stage, [...stages]))
    .orderBy(intros.requestedAt);
}

/** Introductions the account asked for, newest first. */
export function introductionsRequestedBy(db: Db, userId: string): Promise<IntroductionRow[]> {
  return db
    .select()
    .from(intros)
    .where(eq(intros.requesterUserId, userId))
    .orderBy(desc(intros.requestedAt));
}

export async function countInStage(db: Db, stage: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(intros).where(eq(intros.stage, stage));
  return row?.n ?? 0;
}

export async function insertDeal(db: Db, row: typeof deals.$inferInsert): Promise<DealRow> {
  const [created] = await db.insert(deals).values(row).returning();
  return created!;
}

export async function findDealById(db: Db, id: string): Promise<DealRow | undefined> {
  const [row] = await db.select().from(deals).where(eq(deals.id, id));
  return row;
}

/** What either side confirms; the rest of the deal is fixed once recorded. */
type DealPatch = Partial<
  Pick<
    DealRow,
    'supplierConfirmedAt' | 'supplierConfirmedBy' | 'recipientConfirmedAt' | 'recipientConfirmedBy'
  >
>;

export const updateDealAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: DealPatch,
  stamp: ChangeStamp,
) => updateAtVersion(db, deals, eq(deals.id, id), version, patch, stamp);

/** Marks the registration reminder as sent; false when it already was. */
export async function claimRegistrationReminder(db: Db, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(deals)
    .set({ registrationRemindedAt: at })
    .where(and(eq(deals.id, id), isNull(deals.registrationRemindedAt)))
    .returning({ id: deals.id });
  return rows.length > 0;
}

export async function findDealOf(db: Db, introductionId: string): Promise<DealRow | undefined> {
  const [row] = await db.select().from(deals).where(eq(deals.introductionId, introductionId));
  return row;
}

export interface Period {
  from: Date;
  to: Date;
  province?: string;
}

/** The province of an introduction's listing owner. */
export const listingProvince = (province: string): SQL =>
  sql`coalesce((select ${offers.ownerProvince} from ${offers} where ${offers.id} = ${intros.offerId}),
    (select ${needs.ownerProvince} from ${needs} where ${needs.id} = ${intros.needId})) = ${province}`;

/** Introductions requested within the period. */
export async function countRequestedBetween(db: Db, q: Period): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(intros)
    .where(
      and(
        gte(intros.requestedAt, q.from),
        lt(intros.requestedAt, q.to),
        q.province ? listingProvince(q.province) : undefined,
      ),
    );
  return row?.n ?? 0;
}

/** Introductions made (both sides introduced) within the period. */
export async function countIntroducedBetween(db: Db, q: Period): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(intros)
    .where(
      and(
        gte(intros.introducedAt, q.from),
        lt(intros.introducedAt, q.to),
        q.province ? listingProvince(q.province) : undefined,
      ),
    );
  return row?.n ?? 0;
}

const vnDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** A deal both sides confirmed: a fact, counted in the figures. */
export const isConfirmedDeal = and(
  isNotNull(deals.supplierConfirmedAt),
  isNotNull(deals.recipientConfirmedAt),
);

/** Confirmed deals signed within the period (Vietnam days) and their value in VND. */
export async function dealsBetween(db: Db, q: Period): Promise<{ count: number; value: bigint }> {
  const [row] = await db
    .select({ n: count(), value: sum(deals.valueVnd) })
    .from(deals)
    .innerJoin(intros, eq(intros.id, deals.introductionId))
    .where(
      and(
        gte(deals.signedOn, vnDay(q.from)),
        lt(deals.signedOn, vnDay(q.to)),
        isConfirmedDeal,
        q.province ? listingProvince(q.province) : undefined,
      ),
    );
  return { count: row?.n ?? 0, value: BigInt(row?.value ?? 0) };
}
