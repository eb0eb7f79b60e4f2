// Plans, their revisions and the agencies taking part.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { plansAgencies, plansPlanRevisions, plansPlans } from './tables';

export type PlanRow = typeof plansPlans.$inferSelect;
export type NewPlanRow = typeof plansPlans.$inferInsert;
/** Amending a plan (amend-plan.ts) is what moves its revision. */
export type PlanPatch = EditablePatch<typeof plansPlans>;
export type RevisionRow = typeof plansPlanRevisions.$inferSelect;
export type AgencyRow = typeof plansAgencies.$inferSelect;

export async function insertPlan(db: Db, row: NewPlanRow): Promise<PlanRow> {
  const [created] = await db.insert(plansPlans).values(row).returning();
  return created!;
}

const editablePlan = editableColumns(plansPlans);

export const updatePlanAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: PlanPatch,
  stamp: ChangeStamp,
) =>
  updateAtVersion(db, plansPlans, eq(plansPlans.id, id), version, editablePlan.pick(patch), stamp);

export async function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plansPlans).where(eq(plansPlans.id, id));
  return row;
}

export function listPlans(db: Db): Promise<PlanRow[]> {
  return db.select().from(plansPlans).orderBy(desc(plansPlans.periodEnd), asc(plansPlans.title));
}

export async function insertRevision(
  db: Db,
  row: typeof plansPlanRevisions.$inferInsert,
): Promise<void> {
  await db.insert(plansPlanRevisions).values(row);
}

export function revisionsOf(db: Db, planId: string): Promise<RevisionRow[]> {
  return db
    .select()
    .from(plansPlanRevisions)
    .where(eq(plansPlanRevisions.planId, planId))
    .orderBy(desc(plansPlanRevisions.revision));
}

export async function findRevision(
  db: Db,
  planId: string,
  revision: number,
): Promise<RevisionRow | undefined> {
  const rows = await revisionsOf(db, planId);
  return rows.find((r) => r.revision === revision);
}

export function listAgencies(db: Db): Promise<AgencyRow[]> {
  return db.select().from(plansAgencies).orderBy(asc(plansAgencies.code));
}

export function agenciesByIds(db: Db, ids: readonly string[]): Promise<AgencyRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(plansAgencies)
    .where(inArray(plansAgencies.organizationId, [...ids]));
}

export async function insertAgency(db: Db, row: typeof plansAgencies.$inferInsert) {
  await db.insert(plansAgencies).values(row);
}
