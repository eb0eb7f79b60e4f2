// Correcting a portfolio asset's fees, licences and revenue: each change names the version its
// form was shown at and lands only if nobody changed the row since.
import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import {
  marketplaceIpFees as fees,
  marketplaceIpLicences as licences,
  marketplaceIpRevenues as revenues,
} from './ip-tables';

const RECORD_TABLES = { fee: fees, licence: licences, revenue: revenues };
export type IpRecordKind = keyof typeof RECORD_TABLES;
export type IpRecordRow = (typeof RECORD_TABLES)[IpRecordKind]['$inferSelect'];

export type IpFeePatch = Pick<typeof fees.$inferInsert, 'label' | 'dueOn' | 'amountVnd' | 'paidOn'>;
export type IpLicencePatch = Pick<
  typeof licences.$inferInsert,
  'licensee' | 'licensedOn' | 'isExclusive' | 'terms'
>;
export type IpRevenuePatch = Pick<
  typeof revenues.$inferInsert,
  'amountVnd' | 'receivedOn' | 'licenceId' | 'note'
>;

/** One record of the asset, or undefined (another asset's, or gone). */
export async function findIpRecord<K extends IpRecordKind>(
  db: Db,
  kind: K,
  assetId: string,
  id: string,
): Promise<(typeof RECORD_TABLES)[K]['$inferSelect'] | undefined> {
  // The three tables share the id and asset columns the query reads.
  const table = RECORD_TABLES[kind] as typeof fees;
  const [row] = await db
    .select()
    .from(table)
    .where(and(eq(table.id, id), eq(table.assetId, assetId)));
  return row as (typeof RECORD_TABLES)[K]['$inferSelect'] | undefined;
}

/** Whether a record of this kind has this id under any asset. */
export async function ipRecordExists(db: Db, kind: IpRecordKind, id: string): Promise<boolean> {
  const table = RECORD_TABLES[kind] as typeof fees;
  const rows = await db.select({ id: table.id }).from(table).where(eq(table.id, id));
  return rows.length > 0;
}

export const updateIpFeeAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: IpFeePatch,
  stamp: ChangeStamp,
) => updateAtVersion(db, fees, eq(fees.id, id), version, patch, stamp);

export const updateIpLicenceAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: IpLicencePatch,
  stamp: ChangeStamp,
) => updateAtVersion(db, licences, eq(licences.id, id), version, patch, stamp);

export const updateIpRevenueAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: IpRevenuePatch,
  stamp: ChangeStamp,
) => updateAtVersion(db, revenues, eq(revenues.id, id), version, patch, stamp);

/**
 * The record of the asset, locked until the transaction ends: a removal decides on the row no
 * concurrent edit or removal can change under it. Undefined: another asset's, or gone.
 */
export async function lockIpRecord<K extends IpRecordKind>(
  db: Db,
  kind: K,
  assetId: string,
  id: string,
): Promise<(typeof RECORD_TABLES)[K]['$inferSelect'] | undefined> {
  const table = RECORD_TABLES[kind] as typeof fees;
  const [row] = await db
    .select()
    .from(table)
    .where(and(eq(table.id, id), eq(table.assetId, assetId)))
    .for('update');
  return row as (typeof RECORD_TABLES)[K]['$inferSelect'] | undefined;
}

export async function deleteIpRecord(db: Db, kind: IpRecordKind, id: string): Promise<void> {
  const table = RECORD_TABLES[kind] as typeof fees;
  await db.delete(table).where(eq(table.id, id));
}

/**
 * Whether the asset's licence is there, holding it (as the revenue's foreign key would) until the
 * transaction ends: a removal waits for the revenue naming it, and a revenue for a removal under
 * way, which it then sees — never a foreign-key violation.
 */
export async function holdIpLicence(db: Db, assetId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: licences.id })
    .from(licences)
    .where(and(eq(licences.id, id), eq(licences.assetId, assetId)))
    .for('key share');
  return rows.length > 0;
}

/** How much revenue names this licence: such a licence is not removed. */
export async function revenueCountOfLicence(db: Db, licenceId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(revenues)
    .where(eq(revenues.licenceId, licenceId));
  return row?.n ?? 0;
}
