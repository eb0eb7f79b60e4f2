// Living labs, pilots and their check-ins.
import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { EditablePatch } from '../../../platform/db/editable';
import { nextVersion, updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import {
  challengesAgreementAcceptances as acceptances,
  challengesChallenges as challenges,
  challengesLivingLabs as labs,
  challengesPilotCheckIns as checkIns,
  challengesPilotFollowUps as followUps,
  challengesPilots as pilots,
} from './tables';

export type LivingLabRow = typeof labs.$inferSelect;
export type PilotRow = typeof pilots.$inferSelect;
export type NewPilotRow = typeof pilots.$inferInsert;
export type CheckInRow = typeof checkIns.$inferSelect;
export type FollowUpRow = typeof followUps.$inferSelect;
/** How a pilot ended, as the centre records it. */
export type PilotOutcomePatch = Pick<
  EditablePatch<typeof pilots>,
  | 'status'
  | 'outcome'
  | 'contractValueVnd'
  | 'contractNumber'
  | 'outcomeReason'
  | 'ownerStatement'
  | 'endedAt'
>;

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
/**
 * Whether the pilot still runs, holding its row until the transaction ends, so that a report and
 * the outcome recorded at the same moment are taken one after the other.
 */
export async function lockRunningPilot(db: Db, id: string): Promise<boolean> {
  const [row] = await db
    .select({ status: pilots.status })
    .from(pilots)
    .where(eq(pilots.id, id))
    .for('update');
  return row?.status === 'running';
}

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

export const updatePilotOutcome = (
  db: Db,
  id: string,
  version: number,
  patch: PilotOutcomePatch,
  stamp: ChangeStamp,
) => updateAtVersion(db, pilots, eq(pilots.id, id), version, patch, stamp);

/** Records a side's final evaluation unless it gave one already; the row, or undefined. */
export async function recordEvaluation(
  db: Db,
  id: string,
  side: 'owner' | 'solver',
  rating: number,
  words: string,
  stamp: ChangeStamp,
): Promise<PilotRow | undefined> {
  const [isOwner, column] =
    side === 'owner' ? [true, pilots.ownerRating] : [false, pilots.solverRating];
  const patch = isOwner
    ? { ownerRating: rating, ownerEvaluation: words }
    : { solverRating: rating, solverEvaluation: words };
  const [row] = await db
    .update(pilots)
    .set({ ...patch, ...nextVersion(pilots, stamp) })
    .where(and(eq(pilots.id, id), isNull(column)))
    .returning();
  return row;
}

/** The answer, or undefined when this follow-up was answered already. */
export async function insertFollowUp(
  db: Db,
  row: typeof followUps.$inferInsert,
): Promise<FollowUpRow | undefined> {
  const [created] = await db.insert(followUps).values(row).onConflictDoNothing().returning();
  return created;
}

export const followUpsOfPilot = (db: Db, pilotId: string): Promise<FollowUpRow[]> =>
  db
    .select()
    .from(followUps)
    .where(eq(followUps.pilotId, pilotId))
    .orderBy(asc(followUps.monthsAfter));

/** Pilots signed in a period. */
export async function countPilotsStarted(db: Db, from: Date, to: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(pilots)
    .where(and(gte(pilots.signedAt, from), lt(pilots.signedAt, to)));
  return row?.n ?? 0;
}

/** Pilots that ended adopted or under a contract in a period, and the contracts' value. */
export async function adoptionsBetween(db: Db, from: Date, to: Date) {
  const [row] = await db
    .select({
      n: count(),
      value: sql<string>`coalesce(sum(${pilots.contractValueVnd}), 0)::text`,
    })
    .from(pilots)
    .where(
      and(
        inArray(pilots.outcome, ['adopted', 'contracted']),
        gte(pilots.endedAt, from),
        lt(pilots.endedAt, to),
      ),
    );
  return { count: row?.n ?? 0, valueVnd: Number(row?.value ?? 0) };
}

/** Pilots that ended in use, procured or extended, of challenges anyone may see, newest first. */
export function showcasePilots(db: Db, limit: number, solverId?: string) {
  return db
    .select({ pilot: pilots, challenge: { title: challenges.title, slug: challenges.slug } })
    .from(pilots)
    .innerJoin(challenges, eq(challenges.id, pilots.challengeId))
    .where(
      and(
        inArray(pilots.outcome, ['adopted', 'contracted', 'extended']),
        eq(challenges.isConfidential, false),
        solverId ? eq(pilots.solverOrganizationId, solverId) : undefined,
      ),
    )
    .orderBy(desc(pilots.endedAt))
    .limit(limit);
}

export function checkInsOfPilots(db: Db, pilotIds: readonly string[]): Promise<CheckInRow[]> {
  if (pilotIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(checkIns)
    .where(inArray(checkIns.pilotId, [...pilotIds]))
    .orderBy(asc(checkIns.checkIn), asc(checkIns.side));
}
