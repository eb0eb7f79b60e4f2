// The legal library's documents and the links between them.
import { and, count, desc, eq, inArray, max, or, sql, sum } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { EditablePatch } from '../../../platform/db/editable';
import { nextVersion, updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { contentLegalDocuments as docs, contentLegalRelations as relations } from './tables';

export type LegalRow = typeof docs.$inferSelect;
export type NewLegalRow = typeof docs.$inferInsert;
/** What a change may write: the slug is fixed at creation. */
export type LegalPatch = EditablePatch<typeof docs, 'slug'>;
export interface RelationRow {
  fromId: string;
  toId: string;
  kind: string;
}

export async function insertLegal(db: Db, row: NewLegalRow): Promise<LegalRow> {
  const [created] = await db.insert(docs).values(row).returning();
  return created!;
}

export const updateLegalAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: LegalPatch,
  stamp: ChangeStamp,
) => updateAtVersion(db, docs, eq(docs.id, id), version, patch, stamp);

export async function findLegalById(db: Db, id: string): Promise<LegalRow | undefined> {
  const [row] = await db.select().from(docs).where(eq(docs.id, id));
  return row;
}

export async function findLegalBySlug(db: Db, slug: string): Promise<LegalRow | undefined> {
  const [row] = await db.select().from(docs).where(eq(docs.slug, slug));
  return row;
}

/** Documents by their number as printed, compared without case or spaces. */
export function findLegalByNumbers(db: Db, numbers: readonly string[]): Promise<LegalRow[]> {
  if (numbers.length === 0) return Promise.resolve([]);
  const keys = numbers.map((n) => n.replace(/\s+/g, '').toLowerCase());
  return db
    .select()
    .from(docs)
    .where(inArray(sql`lower(regexp_replace(${docs.number}, '\\s+', '', 'g'))`, keys));
}

export function findLegalByIds(db: Db, ids: readonly string[]): Promise<LegalRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(docs)
    .where(inArray(docs.id, [...ids]));
}

/** The library, newest first (staff see unpublished documents too). */
export function listLegal(
  db: Db,
  filter: { publishedOnly: boolean },
  window: { limit: number; offset: number },
): Promise<LegalRow[]> {
  return db
    .select()
    .from(docs)
    .where(filter.publishedOnly ? eq(docs.isPublished, true) : undefined)
    .orderBy(desc(docs.issuedOn), desc(docs.updatedAt))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countLegal(db: Db, filter: { publishedOnly: boolean }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(docs)
    .where(filter.publishedOnly ? eq(docs.isPublished, true) : undefined);
  return row?.n ?? 0;
}

/** Moves whenever a document is added, changed or removed: the search index's stamp. */
export async function legalStamp(db: Db): Promise<string> {
  // Every change moves a version, whatever the clock says; a removal moves the count.
  const [row] = await db
    .select({ n: count(), versions: sum(docs.version), at: max(docs.updatedAt) })
    .from(docs);
  return `${row?.n ?? 0}:${row?.versions ?? 0}:${row?.at?.getTime() ?? 0}`;
}

/** The published documents, for the search index. */
export function publishedLegal(db: Db): Promise<LegalRow[]> {
  return db.select().from(docs).where(eq(docs.isPublished, true));
}

/** Every link from or to a document. */
export function relationsOf(db: Db, id: string): Promise<RelationRow[]> {
  return db
    .select()
    .from(relations)
    .where(or(eq(relations.fromId, id), eq(relations.toId, id)));
}

/** A document's outgoing links, replaced by the given ones. */
export async function replaceRelationsFrom(db: Db, fromId: string, links: RelationRow[]) {
  await db.delete(relations).where(eq(relations.fromId, fromId));
  if (links.length > 0) await db.insert(relations).values(links);
}

/** Moves the documents a new link names to the status it implies (replaced, amended). */
export async function setLegalStatus(db: Db, ids: readonly string[], status: string, at: Date) {
  if (ids.length === 0) return;
  await db
    .update(docs)
    .set({ legalStatus: status, ...nextVersion(docs, { now: at }) })
    .where(and(inArray(docs.id, [...ids]), eq(docs.legalStatus, 'in_force')));
}
