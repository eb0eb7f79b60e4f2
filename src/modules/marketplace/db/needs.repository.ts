// Technology needs and who may read a confidential one's details.
import { and, count, desc, eq, arrayContains, inArray, max, sum } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { marketplaceNeedAccess as access, marketplaceNeeds as needs } from './tables';

export type NeedRow = typeof needs.$inferSelect;
export type NewNeedRow = typeof needs.$inferInsert;
export type AccessRow = typeof access.$inferSelect;

export async function insertNeed(db: Db, row: NewNeedRow): Promise<NeedRow> {
  const [created] = await db.insert(needs).values(row).returning();
  return created!;
}

export async function findNeedById(db: Db, id: string): Promise<NeedRow | undefined> {
  const [row] = await db.select().from(needs).where(eq(needs.id, id));
  return row;
}

export async function findNeedBySubmission(db: Db, key: string): Promise<NeedRow | undefined> {
  const [row] = await db.select().from(needs).where(eq(needs.submissionKey, key));
  return row;
}

const openWhere = (sector?: string) =>
  and(eq(needs.status, 'open'), sector ? arrayContains(needs.sectors, [sector]) : undefined);

/** A page of open needs, newest first. */
export function listOpenNeeds(
  db: Db,
  filter: { sector?: string },
  window: { limit: number; offset: number },
): Promise<NeedRow[]> {
  return db
    .select()
    .from(needs)
    .where(openWhere(filter.sector))
    .orderBy(desc(needs.createdAt))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countOpenNeeds(db: Db, filter: { sector?: string }): Promise<number> {
  const [row] = await db.select({ n: count() }).from(needs).where(openWhere(filter.sector));
  return row?.n ?? 0;
}

export function needsOfOwners(db: Db, ownerIds: readonly string[]): Promise<NeedRow[]> {
  if (ownerIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(needs)
    .where(inArray(needs.ownerOrgId, [...ownerIds]))
    .orderBy(desc(needs.createdAt));
}

/** A party's request to read the details; a second request is the first one. */
export async function insertAccessRequest(
  db: Db,
  row: { needId: string; userId: string; message: string; requestedAt: Date },
): Promise<void> {
  await db.insert(access).values(row).onConflictDoNothing();
}

export async function findAccess(
  db: Db,
  needId: string,
  userId: string,
): Promise<AccessRow | undefined> {
  const [row] = await db
    .select()
    .from(access)
    .where(and(eq(access.needId, needId), eq(access.userId, userId)));
  return row;
}

export function accessRequestsOf(db: Db, needId: string): Promise<AccessRow[]> {
  return db.select().from(access).where(eq(access.needId, needId)).orderBy(access.requestedAt);
}

/** Decides a request still waiting; undefined when it was decided already or is not this need's. */
export async function decideAccessRequest(
  db: Db,
  input: { id: string; needId: string; status: 'approved' | 'refused'; by: string; at: Date },
): Promise<AccessRow | undefined> {
  const [row] = await db
    .update(access)
    .set({ status: input.status, decidedBy: input.by, decidedAt: input.at })
    .where(
      and(eq(access.id, input.id), eq(access.needId, input.needId), eq(access.status, 'requested')),
    )
    .returning();
  return row;
}

/** Every open need: the matching index's documents. */
export function openNeeds(db: Db): Promise<NeedRow[]> {
  return db.select().from(needs).where(eq(needs.status, 'open'));
}

/** Moves whenever a need is added or changed: the matching index's stamp. */
export async function needsStamp(db: Db): Promise<string> {
  const [row] = await db
    .select({ n: count(), versions: sum(needs.version), at: max(needs.updatedAt) })
    .from(needs);
  return `${row?.n ?? 0}:${row?.versions ?? 0}:${row?.at?.getTime() ?? 0}`;
}

export function findNeedsByIds(db: Db, ids: readonly string[]): Promise<NeedRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(needs)
    .where(inArray(needs.id, [...ids]));
}
