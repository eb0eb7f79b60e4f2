// Organisations: one row by id, slug or tax code, inserts and version-checked updates (each
// recorded in the change feed), the row lock of staff actions, and rows for the API's pages.
import { eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { directoryPeople as peopleTable, directoryChanges, directoryOrganizations } from './tables';

export type OrganizationRow = typeof directoryOrganizations.$inferSelect;
export type NewOrganizationRow = typeof directoryOrganizations.$inferInsert;

const o = directoryOrganizations;

/** The public address is fixed when a profile is created: links to it must keep working. */
const SYSTEM_OWNED = ['slug'] as const;
const editable = editableColumns(o, SYSTEM_OWNED);
/** What a command may change of an organisation's row. */
export type OrganizationPatch = EditablePatch<typeof o, (typeof SYSTEM_OWNED)[number]>;

/** Unique-constraint names mapped to the field a user must change. */
export const UNIQUE_FIELDS: Record<string, string> = {
  directory_organizations_tax_code_uq: 'taxCode',
  directory_organizations_external_id_uq: 'externalId',
  directory_organizations_slug_unique: 'slug',
};

/** The field whose uniqueness a database error reports, if it is one of ours. */
export function uniqueViolation(err: unknown): string | undefined {
  const e = err as {
    code?: string;
    constraint?: string;
    cause?: { code?: string; constraint?: string };
  };
  const code = e.code ?? e.cause?.code;
  const constraint = e.constraint ?? e.cause?.constraint;
  return code === '23505' && constraint ? (UNIQUE_FIELDS[constraint] ?? 'slug') : undefined;
}

export async function insertOrganization(
  db: Db,
  row: NewOrganizationRow,
): Promise<OrganizationRow> {
  const [created] = await db.insert(o).values(row).returning();
  await recordChange(db, 'organization', created!.id, 'upsert');
  return created!;
}

/** Updates only when the stored version is the expected one; undefined means a stale edit. */
export async function updateOrganization(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: OrganizationPatch,
  stamp: ChangeStamp = {},
): Promise<OrganizationRow | undefined> {
  const updated = await updateAtVersion(
    db,
    o,
    eq(o.id, id),
    expectedVersion,
    editable.pick(patch),
    stamp,
  );
  if (updated) await recordChange(db, 'organization', id, updated.archivedAt ? 'delete' : 'upsert');
  return updated;
}

export async function recordChange(
  db: Db,
  entityType: string,
  entityId: string,
  op: 'upsert' | 'delete',
) {
  await db.insert(directoryChanges).values({ entityType, entityId, op });
}

export async function findOrganizationById(db: Db, id: string) {
  const [row] = await db.select().from(o).where(eq(o.id, id));
  return row;
}

export async function findOrganizationBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(o).where(eq(o.slug, slug));
  return row;
}

export async function findOrganizationByTaxCode(db: Db, taxCode: string) {
  const [row] = await db.select().from(o).where(eq(o.taxCode, taxCode));
  return row;
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: o.id }).from(o).where(eq(o.slug, slug));
  return Boolean(row);
}

/** The row, locked until the transaction ends, so that two staff actions apply one after the other. */
export async function lockOrganization(db: Db, id: string) {
  const [row] = await db.select().from(o).where(eq(o.id, id)).for('update');
  return row;
}

/** Rows of a raw query: both drivers answer `{ rows }`. */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? [];

/**
 * Every column, but the search texts come back empty: pages, the API and the feed never show
 * them, and the tsvector alone is several times the size of the rest of a row.
 */
export const withoutSearchTexts = <T extends typeof o | typeof peopleTable>(table: T) => ({
  ...getTableColumns(table),
  nameSearch: sql<string>`''`,
  bodySearch: sql<string>`''`,
  searchVector: sql<string | null>`null`,
});

export async function findOrganizationsByIds(
  db: Db,
  ids: readonly string[],
): Promise<OrganizationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(withoutSearchTexts(o))
    .from(o)
    .where(inArray(o.id, [...ids]));
}
