// A plan's tasks, their budgets, and the uploaded appendices waiting to be imported.
import { and, arrayOverlaps, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { plansImports, plansTaskBudgets, plansTasks } from './tables';

export type TaskRow = typeof plansTasks.$inferSelect;
export type NewTaskRow = typeof plansTasks.$inferInsert;
export type BudgetRow = typeof plansTaskBudgets.$inferSelect;
export type ImportRow = typeof plansImports.$inferSelect;

export async function insertTask(db: Db, row: NewTaskRow): Promise<TaskRow> {
  const [created] = await db.insert(plansTasks).values(row).returning();
  return created!;
}

export type TaskPatch = EditablePatch<typeof plansTasks, 'planId'>;
/** A task stays in its plan. */
const editableTask = editableColumns(plansTasks, ['planId'] as const);

export const updateTaskAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: TaskPatch,
  stamp: ChangeStamp,
) =>
  updateAtVersion(db, plansTasks, eq(plansTasks.id, id), version, editableTask.pick(patch), stamp);

export async function findTask(db: Db, id: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(plansTasks).where(eq(plansTasks.id, id));
  return row;
}

export function tasksOfPlan(db: Db, planId: string): Promise<TaskRow[]> {
  return db
    .select()
    .from(plansTasks)
    .where(eq(plansTasks.planId, planId))
    .orderBy(asc(plansTasks.position), asc(plansTasks.code));
}

/** The tasks these agencies lead or co-ordinate, across plans (scoped in the query). */
export function tasksOfAgencies(db: Db, agencyIds: readonly string[]): Promise<TaskRow[]> {
  if (agencyIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(plansTasks)
    .where(
      or(
        inArray(plansTasks.leadAgencyId, [...agencyIds]),
        arrayOverlaps(plansTasks.coordinatingAgencyIds, [...agencyIds]),
      ),
    )
    .orderBy(asc(plansTasks.planId), asc(plansTasks.position));
}

export async function nextTaskPosition(db: Db, planId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${plansTasks.position}), 0)::int` })
    .from(plansTasks)
    .where(eq(plansTasks.planId, planId));
  return (row?.n ?? 0) + 1;
}

export function budgetsOfTasks(db: Db, taskIds: readonly string[]): Promise<BudgetRow[]> {
  if (taskIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(plansTaskBudgets)
    .where(inArray(plansTaskBudgets.taskId, [...taskIds]));
}

/** A task's budget lines replaced by these (sources with no amount are dropped). */
export async function replaceBudgets(
  db: Db,
  taskId: string,
  lines: { source: string; amountVnd: bigint }[],
): Promise<void> {
  await db.delete(plansTaskBudgets).where(eq(plansTaskBudgets.taskId, taskId));
  if (lines.length > 0)
    await db.insert(plansTaskBudgets).values(lines.map((l) => ({ taskId, ...l })));
}

export async function insertImport(
  db: Db,
  row: typeof plansImports.$inferInsert,
): Promise<ImportRow> {
  const [created] = await db.insert(plansImports).values(row).returning();
  return created!;
}

export async function findImport(db: Db, id: string): Promise<ImportRow | undefined> {
  const [row] = await db.select().from(plansImports).where(eq(plansImports.id, id));
  return row;
}

/** Marks the import applied once; undefined when it already was (a second submission). */
export async function markImportApplied(
  db: Db,
  id: string,
  at: Date,
  taskCount: number,
): Promise<ImportRow | undefined> {
  const [row] = await db
    .update(plansImports)
    .set({ appliedAt: at, taskCount })
    .where(and(eq(plansImports.id, id), isNull(plansImports.appliedAt)))
    .returning();
  return row;
}

/** Tasks past their due day and not finished: all of them, or those these agencies lead. */
export async function countOverdue(
  db: Db,
  today: string,
  leadAgencyIds?: readonly string[],
): Promise<number> {
  if (leadAgencyIds && leadAgencyIds.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(plansTasks)
    .where(
      and(
        sql`${plansTasks.dueOn} < ${today}`,
        inArray(plansTasks.status, ['not_started', 'in_progress']),
        leadAgencyIds ? inArray(plansTasks.leadAgencyId, [...leadAgencyIds]) : undefined,
      ),
    );
  return row?.n ?? 0;
}
