// What an import of organisations reads and writes in bulk.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { directoryChanges, directoryOrganizations as o } from './tables';
import { type NewOrganizationRow, type OrganizationRow } from './organizations.repository';

/** Organisations holding any of these tax codes, archived and merged ones included. */
export async function findOrganizationsByTaxCodes(
  db: Db,
  taxCodes: readonly string[],
): Promise<OrganizationRow[]> {
  if (taxCodes.length === 0) return [];
  return db
    .select()
    .from(o)
    .where(inArray(o.taxCode, [...taxCodes]));
}

/** Organisations holding any of these external ids (the id in the importer's own records). */
export async function findOrganizationsByExternalIds(
  db: Db,
  externalIds: readonly string[],
): Promise<OrganizationRow[]> {
  if (externalIds.length === 0) return [];
  return db
    .select()
    .from(o)
    .where(inArray(o.externalId, [...externalIds]));
}

/** Which of these slugs are in use. */
export async function slugsTaken(db: Db, slugs: readonly string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db
    .select({ slug: o.slug })
    .from(o)
    .where(inArray(o.slug, [...slugs]));
  return new Set(rows.map((r) => r.slug));
}

/** Several new organisations in one statement, each with its change-feed entry. */
export async function insertOrganizations(
  db: Db,
  rows: NewOrganizationRow[],
): Promise<{ id: string; slug: string }[]> {
  if (rows.length === 0) return [];
  const created = await db.insert(o).values(rows).returning({ id: o.id, slug: o.slug });
  await db
    .insert(directoryChanges)
    .values(created.map((c) => ({ entityType: 'organization', entityId: c.id, op: 'upsert' })));
  return created;
}
