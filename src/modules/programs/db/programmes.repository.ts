import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import {
  organizationFacts,
  organizationFactsBySlug,
  type DirectoryOrganizationFacts,
} from '../../directory';
import { programsProgrammeDocuments, programsProgrammes } from './tables';

export type ProgrammeRow = typeof programsProgrammes.$inferSelect;
export type NewProgrammeRow = typeof programsProgrammes.$inferInsert;

const p = programsProgrammes;

/** A programme's public address is fixed when it is created: links to it must keep working. */
const SYSTEM_OWNED = ['slug'] as const;
const editable = editableColumns(p, SYSTEM_OWNED);
/** What a command may change of a programme's row. */
export type ProgrammePatch = EditablePatch<typeof p, (typeof SYSTEM_OWNED)[number]>;

/** The constraint a unique violation names (programs_*_slug_uq), or undefined for other errors. */
export function violatedUnique(err: unknown): string | undefined {
  const e = err as { code?: string; constraint?: string; cause?: unknown };
  if (e?.code === '23505') return e.constraint ?? 'unknown';
  return e?.cause ? violatedUnique(e.cause) : undefined;
}

export async function insertProgramme(db: Db, row: NewProgrammeRow): Promise<ProgrammeRow> {
  const [created] = await db.insert(p).values(row).returning();
  return created!;
}

/** Updates only when the stored version is the expected one; undefined means a stale edit. */
export async function updateProgrammeRow(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: ProgrammePatch,
  stamp: ChangeStamp,
): Promise<ProgrammeRow | undefined> {
  return updateAtVersion(db, p, eq(p.id, id), expectedVersion, editable.pick(patch), stamp);
}

export async function findProgrammeBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(p).where(eq(p.slug, slug));
  return row;
}

export async function findProgrammeById(db: Db, id: string) {
  const [row] = await db.select().from(p).where(eq(p.id, id));
  return row;
}

export async function programmeSlugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: p.id }).from(p).where(eq(p.slug, slug));
  return Boolean(row);
}

/** A page of programmes in the given states, newest first (published, else created). */
export async function findProgrammeRows(
  db: Db,
  params: { statuses: readonly string[]; kind?: string; limit: number; offset: number },
): Promise<{ rows: ProgrammeRow[]; total: number }> {
  const where = and(
    inArray(p.status, [...params.statuses]),
    params.kind ? eq(p.kind, params.kind) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(p)
      .where(where)
      .orderBy(desc(sql`coalesce(${p.publishedAt}, ${p.createdAt})`), p.slug)
      .limit(params.limit)
      .offset(params.offset),
    db.select({ n: count() }).from(p).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** What a programme shows of a directory organisation (the poster of a challenge). */
export interface OrganizationRef {
  id: string;
  slug: string;
  name: string;
}

const organizationRef = (
  facts: DirectoryOrganizationFacts | undefined,
): OrganizationRef | undefined => facts && { id: facts.id, slug: facts.slug, name: facts.name };

/** A live directory organisation by its profile slug (read through the directory's index). */
export async function findOrganizationRefBySlug(db: Db, slug: string) {
  const facts = await organizationFactsBySlug(db, slug);
  return facts?.isLive ? organizationRef(facts) : undefined;
}

export async function findOrganizationRefById(db: Db, id: string) {
  return organizationRef(await organizationFacts(db, id));
}

// ——— A programme's documents ———

const doc = programsProgrammeDocuments;
export type ProgrammeDocumentRow = typeof doc.$inferSelect;

/**
 * A programme's documents in their order. A command that renumbers them locks them (`forUpdate`):
 * two staff moving documents at once take turns instead of writing the same positions.
 */
export async function findProgrammeDocuments(
  db: Db,
  programmeId: string,
  { forUpdate = false } = {},
): Promise<ProgrammeDocumentRow[]> {
  const query = db
    .select()
    .from(doc)
    .where(eq(doc.programmeId, programmeId))
    .orderBy(asc(doc.position), asc(doc.createdAt), asc(doc.id));
  return forUpdate ? query.for('update') : query;
}

export async function insertProgrammeDocument(
  db: Db,
  row: typeof doc.$inferInsert,
): Promise<ProgrammeDocumentRow> {
  const [created] = await db.insert(doc).values(row).returning();
  return created!;
}

/** Numbers the documents 0, 1, 2… in the order given. */
export async function setProgrammeDocumentPositions(db: Db, orderedIds: readonly string[]) {
  for (const [position, id] of orderedIds.entries())
    await db.update(doc).set({ position }).where(eq(doc.id, id));
}

export async function deleteProgrammeDocument(db: Db, programmeId: string, id: string) {
  const [row] = await db
    .delete(doc)
    .where(and(eq(doc.programmeId, programmeId), eq(doc.id, id)))
    .returning();
  return row;
}
