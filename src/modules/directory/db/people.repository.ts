import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { recordChange } from './organizations.repository';
import { directoryAffiliations, directoryOrganizations, directoryPeople } from './tables';

export type PersonRow = typeof directoryPeople.$inferSelect;
export type NewPersonRow = typeof directoryPeople.$inferInsert;
export type AffiliationRow = typeof directoryAffiliations.$inferSelect;

const p = directoryPeople;
const a = directoryAffiliations;
const o = directoryOrganizations;

/** A profile's public address is fixed when it is created: links to it must keep working. */
const SYSTEM_OWNED = ['slug'] as const;
const editable = editableColumns(p, SYSTEM_OWNED);
/** What a command may change of a person's row. */
export type PersonPatch = EditablePatch<typeof p, (typeof SYSTEM_OWNED)[number]>;

const UNIQUE_FIELDS: Record<string, string> = {
  directory_people_external_id_uq: 'externalId',
  directory_people_slug_unique: 'slug',
};

/** The field whose uniqueness a database error reports, if it is one of the people table's. */
export function personUniqueViolation(err: unknown): string | undefined {
  const e = err as {
    code?: string;
    constraint?: string;
    cause?: { code?: string; constraint?: string };
  };
  const code = e.code ?? e.cause?.code;
  const constraint = e.constraint ?? e.cause?.constraint;
  return code === '23505' && constraint ? UNIQUE_FIELDS[constraint] : undefined;
}

export async function insertPerson(db: Db, row: NewPersonRow): Promise<PersonRow> {
  const [created] = await db.insert(p).values(row).returning();
  await recordChange(db, 'person', created!.id, 'upsert');
  return created!;
}

/** Updates only when the stored version is the expected one; undefined means a stale edit. */
export async function updatePersonRow(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: PersonPatch,
  stamp: ChangeStamp = {},
): Promise<PersonRow | undefined> {
  const updated = await updateAtVersion(
    db,
    p,
    eq(p.id, id),
    expectedVersion,
    editable.pick(patch),
    stamp,
  );
  if (updated) await recordChange(db, 'person', id, updated.archivedAt ? 'delete' : 'upsert');
  return updated;
}

export async function findPersonById(db: Db, id: string) {
  const [row] = await db.select().from(p).where(eq(p.id, id));
  return row;
}

export async function findPersonBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(p).where(eq(p.slug, slug));
  return row;
}

export async function findPersonByExternalId(db: Db, externalId: string) {
  const [row] = await db.select().from(p).where(eq(p.externalId, externalId));
  return row;
}

export async function personSlugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: p.id }).from(p).where(eq(p.slug, slug));
  return Boolean(row);
}

export type Visibility = 'public' | 'members' | 'staff';

/** The levels the viewer may see; a province filter only matches provinces shown to them. */
export interface PeopleScope {
  levels: readonly Visibility[];
}

/** Adds a link, or changes its title when the person already has that role there. */
export async function upsertAffiliation(
  db: Db,
  row: { personId: string; organizationId: string; role: string; title: string | null },
) {
  await db
    .insert(a)
    .values(row)
    .onConflictDoUpdate({
      target: [a.personId, a.organizationId, a.role],
      set: { title: row.title },
    });
}

export async function deleteAffiliation(
  db: Db,
  key: { personId: string; organizationId: string; role: string },
): Promise<boolean> {
  const deleted = await db
    .delete(a)
    .where(
      and(
        eq(a.personId, key.personId),
        eq(a.organizationId, key.organizationId),
        eq(a.role, key.role),
      ),
    )
    .returning({ personId: a.personId });
  return deleted.length > 0;
}

/** A person's organisations that are still listed (not archived, not merged away). */
export async function findAffiliationsOfPerson(db: Db, personId: string) {
  return db
    .select({
      role: a.role,
      title: a.title,
      organization: { id: o.id, slug: o.slug, legalName: o.legalName, shortName: o.shortName },
    })
    .from(a)
    .innerJoin(o, eq(o.id, a.organizationId))
    .where(and(eq(a.personId, personId), isNull(o.archivedAt), isNull(o.mergedInto)))
    .orderBy(sql`${o.sortKey} collate "C"`, asc(a.role));
}

/** An organisation's listed people, in roster order. */
export async function findAffiliationsOfOrganization(db: Db, organizationId: string) {
  return db
    .select({
      role: a.role,
      title: a.title,
      person: { id: p.id, slug: p.slug, fullName: p.fullName, headline: p.headline },
    })
    .from(a)
    .innerJoin(p, eq(p.id, a.personId))
    .where(and(eq(a.organizationId, organizationId), isNull(p.archivedAt)))
    .orderBy(sql`${p.sortKey} collate "C"`, asc(a.role));
}
