// The queries of the people import: whole batches at a time (one statement per batch, not per row).
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { NewPersonRow, PersonRow } from './people.repository';
import { directoryChanges, directoryOrganizations, directoryPeople } from './tables';

const p = directoryPeople;
const o = directoryOrganizations;

/** People holding any of these external ids, archived ones included. */
export async function findPeopleByExternalIds(
  db: Db,
  externalIds: readonly string[],
): Promise<PersonRow[]> {
  if (externalIds.length === 0) return [];
  return db
    .select()
    .from(p)
    .where(inArray(p.externalId, [...externalIds]));
}

/** Which of these person slugs are in use. */
export async function personSlugsTaken(db: Db, slugs: readonly string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db
    .select({ slug: p.slug })
    .from(p)
    .where(inArray(p.slug, [...slugs]));
  return new Set(rows.map((r) => r.slug));
}

/** Several new people in one statement, each with its change-feed entry. */
export async function insertPeople(db: Db, rows: NewPersonRow[]): Promise<{ id: string }[]> {
  if (rows.length === 0) return [];
  const created = await db.insert(p).values(rows).returning({ id: p.id });
  await db
    .insert(directoryChanges)
    .values(created.map((c) => ({ entityType: 'person', entityId: c.id, op: 'upsert' })));
  return created;
}

/** Organisations with any of these slugs (archived and merged ones included). */
export async function findOrganizationsBySlugs(db: Db, slugs: readonly string[]) {
  if (slugs.length === 0) return [];
  return db
    .select({
      id: o.id,
      slug: o.slug,
      taxCode: o.taxCode,
      archivedAt: o.archivedAt,
      mergedInto: o.mergedInto,
    })
    .from(o)
    .where(inArray(o.slug, [...slugs]));
}
