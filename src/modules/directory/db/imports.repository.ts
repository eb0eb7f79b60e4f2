// The staff imports' rows (decision 011): an upload, the checkpoint of the step in hand, the
// reports and their problems.
import { and, asc, desc, eq, lt, notInArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { nextVersion } from '../../../platform/db/versioned';
import { directoryImportProblems, directoryImports } from './import-tables';

const i = directoryImports;
const p = directoryImportProblems;

export type ImportRow = typeof directoryImports.$inferSelect;
export type NewImportRow = typeof directoryImports.$inferInsert;
export type ImportProblemRow = typeof directoryImportProblems.$inferSelect;
/** Who started an import never changes; the job runner writes the rest. */
const SYSTEM_OWNED = ['ownerId'] as const;
const editable = editableColumns(i, SYSTEM_OWNED);
export type ImportChanges = EditablePatch<typeof i, (typeof SYSTEM_OWNED)[number]>;

export async function insertImport(db: Db, row: NewImportRow): Promise<ImportRow> {
  const [created] = await db.insert(i).values(row).returning();
  return created!;
}

export async function findImportById(db: Db, id: string): Promise<ImportRow | undefined> {
  const [row] = await db.select().from(i).where(eq(i.id, id));
  return row;
}

/** The row, locked until the transaction ends: one writer of an import's checkpoint at a time. */
export async function lockImport(db: Db, id: string): Promise<ImportRow | undefined> {
  const [row] = await db.select().from(i).where(eq(i.id, id)).for('update');
  return row;
}

/** An account's imports, newest first. */
export async function findImportsOfOwner(db: Db, ownerId: string, limit: number) {
  return db
    .select()
    .from(i)
    .where(eq(i.ownerId, ownerId))
    .orderBy(desc(i.createdAt), desc(i.id))
    .limit(limit);
}

/**
 * Applies changes to a row the caller has locked and bumps its version. Not updateAtVersion: the
 * lock (lockImport) already makes the caller the only writer, and a step's checkpoint must land
 * whatever version a page read; the version only tells the pages that something moved.
 */
export async function updateImport(
  db: Db,
  id: string,
  changes: ImportChanges,
  now: Date,
): Promise<ImportRow | undefined> {
  const [row] = await db
    .update(i)
    .set({ ...editable.pick(changes), ...nextVersion(i, { now }) })
    .where(eq(i.id, id))
    .returning();
  return row;
}

export async function deleteImport(db: Db, id: string): Promise<boolean> {
  const rows = await db.delete(i).where(eq(i.id, id)).returning({ id: i.id });
  return rows.length > 0;
}

/** Deletes the imports not touched since `before`, except those at work; returns how many. */
export async function deleteIdleImportsBefore(db: Db, before: Date): Promise<number> {
  const rows = await db
    .delete(i)
    .where(and(lt(i.updatedAt, before), notInArray(i.status, ['checking', 'running'])))
    .returning({ id: i.id });
  return rows.length;
}

export async function insertImportProblems(
  db: Db,
  rows: (typeof directoryImportProblems.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(p).values(rows);
}

export async function deleteImportProblems(db: Db, importId: string, mode: string): Promise<void> {
  await db.delete(p).where(and(eq(p.importId, importId), eq(p.mode, mode)));
}

/** A report's problems in sheet order. */
export async function findImportProblems(
  db: Db,
  importId: string,
  mode: string,
  limit?: number,
): Promise<ImportProblemRow[]> {
  const query = db
    .select()
    .from(p)
    .where(and(eq(p.importId, importId), eq(p.mode, mode)))
    .orderBy(asc(p.seq));
  return limit === undefined ? query : query.limit(limit);
}
