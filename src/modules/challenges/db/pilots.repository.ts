// Living labs, pilots and their check-ins.
import { and, asc, desc, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  challengesAgreementAcceptances as acceptances,
  challengesChallenges as challenges,
  challengesLivingLabs as labs,
  challengesPilotCheckIns as checkIns,
  challengesPilots as pilots,
} from './tables';

export type LivingLabRow = typeof labs.$inferSelect;
export type PilotRow = typeof pilots.$inferSelect;
export type NewPilotRow = typeof pilots.$inferInsert;
export type CheckInRow = typeof checkIns.$inferSelect;

export async function insertLivingLab(
  db: Db,
  row: typeof labs.$inferInsert,
): Promise<LivingLabRow | undefined> {
  const [created] = await db.insert(labs).values(row).onConflictDoNothing().returning();
  return created;
}

/** The register, by name; words as searchKey gives them, each must appear. */
export function listLivingLabs(db: Db, words: readonly string[] = []): Promise<LivingLabRow[]> {
  const match = words.map((w) => ilike(labs.searchKey, `%${w}%`));
  return db
    .select()
    .from(labs)
    .where(match.length ? and(...match) : undefined)
    .orderBy(asc(labs.name));
}

export async function findLivingLab(db: Db, id: string): Promise<LivingLabRow | undefined> {
  const [row] = await db.select().from(labs).where(eq(labs.id, id));
  return row;
}

/** The pilot, or undefined when this solver already has one for this challenge. */
export async function insertPilot(db: Db, row: NewPilotRow): Promise<PilotRow | undefined> {
  const [created] = await db.insert(pilots).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findPilot(db: Db, id: string): Promise<PilotRow | undefined> {
  const [row] = await db.select().from(pilots).where(eq(pilots.id, id));
  return row;
}

export async function findPilotOfSolver(db: Db, challengeId: string, solverId: string) {
  const [row] = await db
    .select()
    .from(pilots)
    .where(and(eq(pilots.challengeId, challengeId), eq(pilots.solverOrganizationId, solverId)));
  return row;
}

export const pilotsOfChallenge = (db: Db, challengeId: string): Promise<PilotRow[]> =>
  db.select().from(pilots).where(eq(pilots.challengeId, challengeId)).orderBy(asc(pilots.signedAt));

/** Pilots in which these organisations take part, as owner or as solver, newest first. */
export function pilotsOfOrganizations(db: Db, orgIds: readonly string[]): Promise<PilotRow[]> {
  if (orgIds.length === 0) return Promise.resolve([]);
  const involves = orgIds.flatMap((id) => [
    eq(pilots.ownerOrganizationId, id),
    eq(pilots.solverOrganizationId, id),
  ]);
  return db
    .select()
    .from(pilots)
    .where(or(...involves))
    .orderBy(desc(pilots.signedAt));
}

/** The report, or undefined when this side already reported this check-in. */
export async function insertCheckIn(
  db: Db,
  row: typeof checkIns.$inferInsert,
): Promise<CheckInRow | undefined> {
  const [created] = await db.insert(checkIns).values(row).onConflictDoNothing().returning();
  return created;
}

export const checkInsOfPilot = (db: Db, pilotId: string): Promise<CheckInRow[]> =>
  db
    .select()
    .from(checkIns)
    .where(eq(checkIns.pilotId, pilotId))
    .orderBy(asc(checkIns.checkIn), asc(checkIns.side));

/** The solvers that accepted any version of the challenge's agreement. */
export async function acceptedSolverIds(db: Db, challengeId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: acceptances.organizationId })
    .from(acceptances)
    .where(eq(acceptances.challengeId, challengeId));
  return rows.map((r) => r.id);
}

export async function findChallengeById(db: Db, id: string) {
  const [row] = await db.select().from(challenges).where(eq(challenges.id, id));
  return row;
}
