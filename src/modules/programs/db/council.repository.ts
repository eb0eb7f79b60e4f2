// Councils (hội đồng) of a call or round, their members and meeting.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import {
  programsCouncilMembers as m,
  programsCouncils as co,
  programsReviewPool as pool,
  programsReviewRounds as r,
  type TCouncilRole,
} from './tables';

export type CouncilRow = typeof co.$inferSelect;
export type CouncilMemberRow = typeof m.$inferSelect;

/** A council sits for the call (and round) it was formed for. */
const SYSTEM_OWNED = ['callId', 'roundId'] as const;
const editable = editableColumns(co, SYSTEM_OWNED);
/** What a command may change of a council's row (its decision, meeting and conclusions). */
export type CouncilPatch = EditablePatch<typeof co, (typeof SYSTEM_OWNED)[number]>;

export async function insertCouncil(db: Db, row: typeof co.$inferInsert): Promise<CouncilRow> {
  const [created] = await db.insert(co).values(row).returning();
  return created!;
}

export async function findCouncilById(db: Db, id: string): Promise<CouncilRow | undefined> {
  const [row] = await db.select().from(co).where(eq(co.id, id));
  return row;
}

export async function findCouncilsOfCall(db: Db, callId: string): Promise<CouncilRow[]> {
  return db.select().from(co).where(eq(co.callId, callId)).orderBy(asc(co.createdAt), asc(co.id));
}

/** Updates only when the stored version is the expected one; undefined means a stale edit. */
export async function updateCouncilRow(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: CouncilPatch,
  stamp: ChangeStamp,
): Promise<CouncilRow | undefined> {
  return updateAtVersion(db, co, eq(co.id, id), expectedVersion, editable.pick(patch), stamp);
}

/** Undefined when the person is a member already, or the chair or secretary is taken. */
export async function insertMember(
  db: Db,
  row: typeof m.$inferInsert,
): Promise<CouncilMemberRow | undefined> {
  const [created] = await db.insert(m).values(row).onConflictDoNothing().returning();
  return created;
}

/**
 * The council, locked until the transaction ends: a change of its members waits for a meeting
 * being recorded (and the reverse), so members never change under recorded minutes.
 */
export async function lockCouncil(db: Db, id: string): Promise<CouncilRow | undefined> {
  const [row] = await db.select().from(co).where(eq(co.id, id)).for('update');
  return row;
}

/** A member's new role; throws the unique violation when the chair or secretary is taken. */
export async function updateMemberRole(
  db: Db,
  councilId: string,
  memberId: string,
  role: TCouncilRole,
): Promise<CouncilMemberRow | undefined> {
  const [row] = await db
    .update(m)
    .set({ role })
    .where(and(eq(m.councilId, councilId), eq(m.id, memberId)))
    .returning();
  return row;
}

export async function deleteMember(db: Db, councilId: string, memberId: string) {
  const rows = await db
    .delete(m)
    .where(and(eq(m.councilId, councilId), eq(m.id, memberId)))
    .returning();
  return rows[0];
}

const ROLE_ORDER = sql`case ${m.role} when 'chair' then 0 when 'secretary' then 1 else 2 end`;

export async function findMembers(db: Db, councilId: string): Promise<CouncilMemberRow[]> {
  return db
    .select()
    .from(m)
    .where(eq(m.councilId, councilId))
    .orderBy(ROLE_ORDER, asc(m.createdAt), asc(m.id));
}

/** Marks who attended: the listed members present, the others absent. */
export async function setPresence(db: Db, councilId: string, presentIds: readonly string[]) {
  await db.update(m).set({ isPresent: false }).where(eq(m.councilId, councilId));
  if (presentIds.length > 0)
    await db
      .update(m)
      .set({ isPresent: true })
      .where(and(eq(m.councilId, councilId), inArray(m.id, [...presentIds])));
}

/** The accounts in the pools of a call's review rounds: who may sit on its councils. */
export async function findPoolOfCall(db: Db, callId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: pool.userId })
    .from(pool)
    .innerJoin(r, eq(r.id, pool.roundId))
    .where(eq(r.callId, callId))
    .orderBy(asc(pool.userId));
  return rows.map((row) => row.userId);
}
