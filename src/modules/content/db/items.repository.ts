// Content items and their revisions.
import {
  and,
  arrayContains,
  count,
  desc,
  eq,
  gte,
  inArray,
  lt,
  lte,
  max,
  sql,
  sum,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import type { ContentKind, ContentStatus } from '../domain/content-item';
import { contentItems as items, contentRevisions as revisions } from './tables';

export type ItemRow = typeof items.$inferSelect;
export type NewItemRow = typeof items.$inferInsert;
/** What a change may write: the slug and the preview secret are fixed at creation. */
export type ItemPatch = EditablePatch<typeof items, 'slug' | 'previewToken'>;
export type RevisionRow = typeof revisions.$inferSelect;
export type NewRevisionRow = typeof revisions.$inferInsert;

export async function insertItem(db: Db, row: NewItemRow): Promise<ItemRow> {
  const [created] = await db.insert(items).values(row).returning();
  return created!;
}

export async function findItemById(db: Db, id: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(items).where(eq(items.id, id));
  return row;
}

export async function findItemBySlug(db: Db, slug: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(items).where(eq(items.slug, slug));
  return row;
}

/** The row locked for a change that must not race (a scheduled publish). */
export async function lockItem(db: Db, id: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(items).where(eq(items.id, id)).for('update');
  return row;
}

export const updateItemAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: ItemPatch,
  stamp: ChangeStamp,
) => updateAtVersion(db, items, eq(items.id, id), version, patch, stamp);

export async function insertRevision(db: Db, row: NewRevisionRow): Promise<void> {
  await db.insert(revisions).values(row);
}

/** An item's history, newest first. */
export function listRevisions(db: Db, itemId: string): Promise<RevisionRow[]> {
  return db
    .select()
    .from(revisions)
    .where(eq(revisions.itemId, itemId))
    .orderBy(desc(revisions.version), desc(revisions.editedAt));
}

export interface ItemFilter {
  kinds?: readonly ContentKind[];
  statuses?: readonly ContentStatus[];
  topic?: string;
  tag?: string;
  featured?: boolean;
  /** Published no later than this (the public lists; a clock set in tests). */
  publishedBy?: Date;
  /** Changed at or after this (what another portal has not taken yet). */
  updatedSince?: Date;
  /** Due to go out before this (scheduled items whose publishing is late). */
  publishAtBefore?: Date;
}

function whereOf(f: ItemFilter): SQL | undefined {
  return and(
    f.kinds && inArray(items.kind, [...f.kinds]),
    f.statuses && inArray(items.status, [...f.statuses]),
    f.topic ? arrayContains(items.topics, [f.topic]) : undefined,
    f.tag ? arrayContains(items.tags, [f.tag]) : undefined,
    f.featured === undefined ? undefined : eq(items.isFeatured, f.featured),
    f.publishedBy ? lte(items.publishedAt, f.publishedBy) : undefined,
    f.updatedSince ? gte(items.updatedAt, f.updatedSince) : undefined,
    f.publishAtBefore ? lt(items.publishAt, f.publishAtBefore) : undefined,
  );
}

/** A page of items, newest publication (then newest change) first. */
export function listItems(
  db: Db,
  filter: ItemFilter,
  window: { limit: number; offset: number },
): Promise<ItemRow[]> {
  return db
    .select()
    .from(items)
    .where(whereOf(filter))
    .orderBy(sql`${items.publishedAt} desc nulls last`, desc(items.updatedAt))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countItems(db: Db, filter: ItemFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(items).where(whereOf(filter));
  return row?.n ?? 0;
}

/** Items of each status, for the back-office. */
export async function countByStatus(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({ status: items.status, n: count() })
    .from(items)
    .groupBy(items.status);
  return new Map(rows.map((r) => [r.status, r.n]));
}

/** Moves whenever an item is added, changed or removed: the search index's stamp. */
export async function itemsStamp(db: Db): Promise<string> {
  const [row] = await db
    .select({ n: count(), versions: sum(items.version), at: max(items.updatedAt) })
    .from(items);
  return `${row?.n ?? 0}:${row?.versions ?? 0}:${row?.at?.getTime() ?? 0}`;
}

/** The published items, for the search index. */
export function publishedItems(db: Db): Promise<ItemRow[]> {
  return db.select().from(items).where(eq(items.status, 'published'));
}

export function findItemsByIds(db: Db, ids: readonly string[]): Promise<ItemRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(items)
    .where(inArray(items.id, [...ids]));
}

/** Items published (and still so) within [from, to): an indicator of the portal's work. */
export async function countPublishedBetween(db: Db, from: Date, to: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(items)
    .where(
      and(eq(items.status, 'published'), gte(items.publishedAt, from), lt(items.publishedAt, to)),
    );
  return row?.n ?? 0;
}

const visible = (publishedBy: Date) =>
  and(eq(items.status, 'published'), lte(items.publishedAt, publishedBy));

/** Published items' addresses and last changes, in id order, one window at a time: the sitemap. */
export function publishedItemPages(
  db: Db,
  publishedBy: Date,
  window: { limit: number; offset: number },
): Promise<{ kind: string; slug: string; updatedAt: Date }[]> {
  return db
    .select({ kind: items.kind, slug: items.slug, updatedAt: items.updatedAt })
    .from(items)
    .where(visible(publishedBy))
    .orderBy(items.id)
    .limit(window.limit)
    .offset(window.offset);
}

export async function countPublishedItems(db: Db, publishedBy: Date): Promise<number> {
  const [row] = await db.select({ n: count() }).from(items).where(visible(publishedBy));
  return row?.n ?? 0;
}

const removedSince = (since: Date) =>
  and(
    sql`${items.publishedAt} is not null`,
    sql`${items.status} <> 'published'`,
    gte(items.updatedAt, since),
  );

/**
 * Items that were published once and are not now (unpublished, or taken back to a draft),
 * changed at or after `since`: what another portal that took them must drop. Oldest change first.
 */
export function listRemovedSince(
  db: Db,
  since: Date,
  window: { limit: number; offset: number },
): Promise<{ kind: string; slug: string; updatedAt: Date }[]> {
  return db
    .select({ kind: items.kind, slug: items.slug, updatedAt: items.updatedAt })
    .from(items)
    .where(removedSince(since))
    .orderBy(items.updatedAt, items.id)
    .limit(window.limit)
    .offset(window.offset);
}

export async function countRemovedSince(db: Db, since: Date): Promise<number> {
  const [row] = await db.select({ n: count() }).from(items).where(removedSince(since));
  return row?.n ?? 0;
}
