// A plan's targets and their yearly values.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { plansTargets, plansTargetYears } from './tables';

export type TargetRow = typeof plansTargets.$inferSelect;
export type NewTargetRow = typeof plansTargets.$inferInsert;
export type TargetYearRow = typeof plansTargetYears.$inferSelect;

export async function insertTarget(db: Db, row: NewTargetRow): Promise<TargetRow> {
  const [created] = await db.insert(plansTargets).values(row).returning();
  return created!;
}

export type TargetPatch = EditablePatch<typeof plansTargets, 'planId'>;
/** A target stays in its plan. */
const editableTarget = editableColumns(plansTargets, ['planId'] as const);

export const updateTargetAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: TargetPatch,
  stamp: ChangeStamp,
) =>
  updateAtVersion(
    db,
    plansTargets,
    eq(plansTargets.id, id),
    version,
    editableTarget.pick(patch),
    stamp,
  );

export async function findTarget(db: Db, id: string): Promise<TargetRow | undefined> {
  const [row] = await db.select().from(plansTargets).where(eq(plansTargets.id, id));
  return row;
}

export function targetsOfPlan(db: Db, planId: string): Promise<TargetRow[]> {
  return db
    .select()
    .from(plansTargets)
    .where(eq(plansTargets.planId, planId))
    .orderBy(asc(plansTargets.position), asc(plansTargets.code));
}

export function yearsOfTargets(db: Db, ids: readonly string[]): Promise<TargetYearRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(plansTargetYears)
    .where(inArray(plansTargetYears.targetId, [...ids]))
    .orderBy(asc(plansTargetYears.year));
}

export async function replaceTargetYears(
  db: Db,
  targetId: string,
  years: { year: number; targetValue: bigint; enteredValue: bigint | null }[],
): Promise<void> {
  await db.delete(plansTargetYears).where(eq(plansTargetYears.targetId, targetId));
  if (years.length > 0)
    await db.insert(plansTargetYears).values(years.map((y) => ({ targetId, ...y })));
}

/** Records an agency's accepted value for a target's year; false when the year has no target. */
export async function recordEnteredValue(
  db: Db,
  targetId: string,
  year: number,
  value: bigint,
): Promise<boolean> {
  const rows = await db
    .update(plansTargetYears)
    .set({ enteredValue: value })
    .where(and(eq(plansTargetYears.targetId, targetId), eq(plansTargetYears.year, year)))
    .returning({ year: plansTargetYears.year });
  return rows.length > 0;
}
