// A university's IP portfolio: assets, their fees, licences and revenue, and imported lists.
import { and, asc, count, desc, eq, inArray, isNull, min, sql, sum } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import {
  marketplaceIpAssets as assets,
  marketplaceIpFees as fees,
  marketplaceIpImports as imports,
  marketplaceIpLicences as licences,
  marketplaceIpRevenues as revenues,
} from './ip-tables';

export type IpAssetRow = typeof assets.$inferSelect;
export type NewIpAssetRow = typeof assets.$inferInsert;
export type IpFeeRow = typeof fees.$inferSelect;
export type IpLicenceRow = typeof licences.$inferSelect;
export type IpRevenueRow = typeof revenues.$inferSelect;
export type IpImportRow = typeof imports.$inferSelect;

/** The owner and the form's key are fixed when the asset is written. */
const ASSET_EDITABLE = editableColumns(assets, ['ownerOrgId', 'submissionKey', 'createdBy']);
export type IpAssetPatch = EditablePatch<
  typeof assets,
  'ownerOrgId' | 'submissionKey' | 'createdBy'
>;

export async function insertIpAsset(db: Db, row: NewIpAssetRow): Promise<IpAssetRow> {
  const [created] = await db.insert(assets).values(row).returning();
  return created!;
}

export async function findIpAsset(db: Db, id: string): Promise<IpAssetRow | undefined> {
  const [row] = await db.select().from(assets).where(eq(assets.id, id));
  return row;
}

export async function findIpAssetBySubmission(db: Db, key: string) {
  const [row] = await db.select().from(assets).where(eq(assets.submissionKey, key));
  return row;
}

export const updateIpAssetAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: IpAssetPatch,
  stamp: ChangeStamp,
) => updateAtVersion(db, assets, eq(assets.id, id), version, ASSET_EDITABLE.pick(patch), stamp);

export interface IpAssetSummary extends IpAssetRow {
  nextFeeOn: string | null;
  licenceCount: number;
  revenueVnd: bigint;
}

/** One owner's assets for its office, with the next unpaid fee, licences and revenue of each. */
export async function ipAssetsOfOwner(db: Db, ownerOrgId: string): Promise<IpAssetSummary[]> {
  const rows = await db
    .select()
    .from(assets)
    .where(eq(assets.ownerOrgId, ownerOrgId))
    .orderBy(asc(assets.title));
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [nextFees, licenceCounts, income] = await Promise.all([
    db
      .select({ assetId: fees.assetId, on: min(fees.dueOn) })
      .from(fees)
      .where(and(inArray(fees.assetId, ids), isNull(fees.paidOn)))
      .groupBy(fees.assetId),
    db
      .select({ assetId: licences.assetId, n: count() })
      .from(licences)
      .where(inArray(licences.assetId, ids))
      .groupBy(licences.assetId),
    db
      .select({ assetId: revenues.assetId, total: sum(revenues.amountVnd) })
      .from(revenues)
      .where(inArray(revenues.assetId, ids))
      .groupBy(revenues.assetId),
  ]);
  const byAsset = <T extends { assetId: string }>(list: T[]) =>
    new Map(list.map((x) => [x.assetId, x]));
  const [f, l, r] = [byAsset(nextFees), byAsset(licenceCounts), byAsset(income)];
  return rows.map((row) => ({
    ...row,
    nextFeeOn: f.get(row.id)?.on ?? null,
    licenceCount: l.get(row.id)?.n ?? 0,
    revenueVnd: BigInt(r.get(row.id)?.total ?? 0),
  }));
}

/** The assets of these stages, newest filing first: the public portfolio and the API. */
export function ipAssetsInStages(db: Db, ownerOrgId: string, stages: readonly string[]) {
  return db
    .select()
    .from(assets)
    .where(and(eq(assets.ownerOrgId, ownerOrgId), inArray(assets.stage, [...stages])))
    .orderBy(desc(assets.filedOn), asc(assets.title));
}

/** Owners with assets and how many of each, for staff's list of portfolios. */
export function ipPortfolioOwners(db: Db): Promise<{ ownerOrgId: string; n: number }[]> {
  return db
    .select({ ownerOrgId: assets.ownerOrgId, n: count() })
    .from(assets)
    .groupBy(assets.ownerOrgId);
}

export async function ipAssetsByReferences(db: Db, ownerOrgId: string, refs: readonly string[]) {
  if (refs.length === 0) return [];
  return db
    .select()
    .from(assets)
    .where(and(eq(assets.ownerOrgId, ownerOrgId), inArray(assets.reference, [...refs])));
}

/** Assets linked to these offers: an offer's page says which portfolio it comes from. */
export function ipAssetsOfOffers(db: Db, offerIds: readonly string[]) {
  if (offerIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(assets)
    .where(inArray(assets.offerId, [...offerIds]));
}

// Fees, licences and revenue: a form sent twice finds the row its key already made.

export async function insertIpFee(db: Db, row: typeof fees.$inferInsert) {
  const [created] = await db.insert(fees).values(row).onConflictDoNothing().returning();
  return created;
}

export async function insertIpLicence(db: Db, row: typeof licences.$inferInsert) {
  const [created] = await db.insert(licences).values(row).onConflictDoNothing().returning();
  return created;
}

export async function insertIpRevenue(db: Db, row: typeof revenues.$inferInsert) {
  const [created] = await db.insert(revenues).values(row).onConflictDoNothing().returning();
  return created;
}

export const ipFeesOf = (db: Db, assetId: string) =>
  db.select().from(fees).where(eq(fees.assetId, assetId)).orderBy(asc(fees.dueOn));
export const ipLicencesOf = (db: Db, assetId: string) =>
  db
    .select()
    .from(licences)
    .where(eq(licences.assetId, assetId))
    .orderBy(desc(licences.licensedOn));
export const ipRevenuesOf = (db: Db, assetId: string) =>
  db
    .select()
    .from(revenues)
    .where(eq(revenues.assetId, assetId))
    .orderBy(desc(revenues.receivedOn));

export async function findIpFee(db: Db, id: string): Promise<IpFeeRow | undefined> {
  const [row] = await db.select().from(fees).where(eq(fees.id, id));
  return row;
}

/** Marks an unpaid fee paid; undefined when it was paid already (a second click). */
export async function markIpFeePaid(db: Db, id: string, paidOn: string) {
  const [row] = await db
    .update(fees)
    .set({ paidOn })
    .where(and(eq(fees.id, id), isNull(fees.paidOn)))
    .returning();
  return row;
}

/** Records the reminder for this due day, once: false when it went out already or the fee moved. */
export async function claimIpFeeReminder(db: Db, id: string, dueOn: string): Promise<boolean> {
  const rows = await db
    .update(fees)
    .set({ remindedFor: dueOn })
    .where(
      and(
        eq(fees.id, id),
        eq(fees.dueOn, dueOn),
        isNull(fees.paidOn),
        sql`${fees.remindedFor} is distinct from ${dueOn}`,
      ),
    )
    .returning({ id: fees.id });
  return rows.length > 0;
}

export async function insertIpImport(db: Db, row: typeof imports.$inferInsert) {
  const [created] = await db.insert(imports).values(row).returning();
  return created!;
}

export async function findIpImport(db: Db, id: string): Promise<IpImportRow | undefined> {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  return row;
}

/** Marks the upload applied, once: false for the second of two submissions. */
export async function markIpImportApplied(db: Db, id: string, at: Date, n: number) {
  const rows = await db
    .update(imports)
    .set({ appliedAt: at, assetCount: n })
    .where(and(eq(imports.id, id), isNull(imports.appliedAt)))
    .returning({ id: imports.id });
  return rows.length > 0;
}
