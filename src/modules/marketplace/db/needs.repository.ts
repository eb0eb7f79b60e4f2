// Technology needs and who may read a confidential one's details.
import { and, count, desc, eq, arrayContains, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { recordSearchChanges } from '../../../platform/search/changes';
import { marketplaceNeedAccess as access, marketplaceNeeds as needs } from './tables';

export type NeedRow = typeof needs.$inferSelect;
export type NewNeedRow = typeof needs.$inferInsert;
export type AccessRow = typeof access.$inferSelect;

/** What the needs' search index follows (need-index.ts): every write of a need records it. */
export const NEED_CHANGES = 'marketplace_needs';

/** The owner, its kind, the form's key and who took it down are fixed when the need is posted. */
const NEED_EDITABLE = editableColumns(needs, [
  'ownerOrgId',
  'ownerKind',
  'ownerProvince',
  'submissionKey',
  'isStaffIntake',
  'status',
]);
export type NeedPatch = EditablePatch<
  typeof needs,
  'ownerOrgId' | 'ownerKind' | 'ownerProvince' | 'submissionKey' | 'isStaffIntake' | 'status'
>;

/** The need as it is after the change, or undefined when its version moved on meanwhile. */
export const updateNeedAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: NeedPatch,
  stamp: ChangeStamp,
) =>
  db.transaction(async (tx) => {
    const after = await updateAtVersion(
      tx,
      needs,
      eq(needs.id, id),
      version,
      NEED_EDITABLE.pick(patch),
      stamp,
    );
    if (after) await recordSearchChanges(tx, NEED_CHANGES, [id]);
    return after;
  });

export function insertNeed(db: Db, row: NewNeedRow): Promise<NeedRow> {
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(needs).values(row).returning();
    await recordSearchChanges(tx, NEED_CHANGES, [created!.id]);
    return created!;
  });
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

/** Open needs, all or those among `ids`: the matching index's documents. */
export function openNeeds(db: Db, ids?: readonly string[]): Promise<NeedRow[]> {
  return db
    .select()
    .from(needs)
    .where(and(eq(needs.status, 'open'), ids ? inArray(needs.id, [...ids]) : undefined));
}

export function findNeedsByIds(db: Db, ids: readonly string[]): Promise<NeedRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(needs)
    .where(inArray(needs.id, [...ids]));
}
