// Assessment frameworks and the self-assessments made against them.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { plansAssessments, plansFrameworks } from './assessment-tables';

export type FrameworkRow = typeof plansFrameworks.$inferSelect;
export type AssessmentRow = typeof plansAssessments.$inferSelect;
export type FrameworkPatch = EditablePatch<typeof plansFrameworks>;
/** An assessment stays on its framework and year. */
export type AssessmentPatch = EditablePatch<typeof plansAssessments, 'frameworkId' | 'year'>;

const editableFramework = editableColumns(plansFrameworks);
const editableAssessment = editableColumns(plansAssessments, ['frameworkId', 'year'] as const);

export async function insertFramework(
  db: Db,
  row: typeof plansFrameworks.$inferInsert,
): Promise<FrameworkRow> {
  const [created] = await db.insert(plansFrameworks).values(row).returning();
  return created!;
}

export const updateFrameworkAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: FrameworkPatch,
  stamp: ChangeStamp,
) =>
  updateAtVersion(
    db,
    plansFrameworks,
    eq(plansFrameworks.id, id),
    version,
    editableFramework.pick(patch),
    stamp,
  );

export async function findFramework(db: Db, id: string): Promise<FrameworkRow | undefined> {
  const [row] = await db.select().from(plansFrameworks).where(eq(plansFrameworks.id, id));
  return row;
}

export function listFrameworks(db: Db): Promise<FrameworkRow[]> {
  return db.select().from(plansFrameworks).orderBy(asc(plansFrameworks.name));
}

/** The framework's assessment of the year, created as an empty draft unless one exists. */
export async function insertAssessmentOnce(
  db: Db,
  row: typeof plansAssessments.$inferInsert,
): Promise<{ assessment: AssessmentRow; isNew: boolean }> {
  const [created] = await db.insert(plansAssessments).values(row).onConflictDoNothing().returning();
  if (created) return { assessment: created, isNew: true };
  const [found] = await db
    .select()
    .from(plansAssessments)
    .where(
      and(eq(plansAssessments.frameworkId, row.frameworkId), eq(plansAssessments.year, row.year)),
    );
  return { assessment: found!, isNew: false };
}

export const updateAssessmentAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: AssessmentPatch,
  stamp: ChangeStamp,
) =>
  updateAtVersion(
    db,
    plansAssessments,
    eq(plansAssessments.id, id),
    version,
    editableAssessment.pick(patch),
    stamp,
  );

export async function findAssessment(db: Db, id: string): Promise<AssessmentRow | undefined> {
  const [row] = await db.select().from(plansAssessments).where(eq(plansAssessments.id, id));
  return row;
}

export function assessmentsOf(db: Db, frameworkId: string): Promise<AssessmentRow[]> {
  return db
    .select()
    .from(plansAssessments)
    .where(eq(plansAssessments.frameworkId, frameworkId))
    .orderBy(desc(plansAssessments.year));
}
