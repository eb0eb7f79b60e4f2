// Loads the demo living labs and pilots: the centre's steps (labs, pilot agreements, outcomes) go
// through its services, run on the loader's clock moved back to the day each step was taken; the
// sides' acceptances, reports, evaluations and follow-up answers are written as they stand.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { vnDay } from '../../../platform/i18n/vn-time';
import { createOrganization } from '../../directory';
import { insertAcceptance, type ChallengeRow } from '../db/challenges.repository';
import {
  findPilot,
  insertCheckIn,
  insertFollowUp,
  recordEvaluation,
  type PilotRow,
} from '../db/pilots.repository';
import { createLivingLab } from '../services/living-labs';
import { recordPilotOutcome } from '../services/pilot-outcome';
import { startPilot } from '../services/start-pilot';
import { DEMO_LABS, DEMO_PILOTS, DEMO_SOLVERS, type DemoPilot } from './demo-pilots-data';

const DAY_MS = 86_400_000;
const SEED_BY = 'demo-seed';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'jobs'>;

function failed(what: string, result: unknown): never {
  throw new Error(
    `demo ${what}: ${JSON.stringify(result, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`,
  );
}

async function createSolvers(deps: Deps, seeder: AuditContext) {
  const solvers = new Map<string, string>();
  for (const [key, solver] of Object.entries(DEMO_SOLVERS)) {
    const r = await createOrganization(deps.database.db, seeder, solver);
    if (!r.ok) failed(`solver ${solver.legalName}`, r.fields);
    solvers.set(key, r.organization.id);
  }
  return solvers;
}

async function createLabs(deps: Deps, seeder: AuditContext, owners: ReadonlyMap<string, string>) {
  const labs = new Map<string, string>();
  for (const { key, host, ...fields } of DEMO_LABS) {
    const r = await createLivingLab(deps, seeder, {
      ...fields,
      hostOrganizationId: owners.get(host)!,
    });
    if (!r.ok) failed(`lab ${fields.name}`, r);
    labs.set(key, r.lab.id);
  }
  return labs;
}

async function endPilot(
  deps: Deps,
  seeder: AuditContext,
  pilot: PilotRow,
  ending: NonNullable<DemoPilot['ending']>,
  ago: (days: number) => Date,
) {
  const db = deps.database.db;
  const stamp = { by: SEED_BY, now: ago(ending.evaluatedDaysAgo) };
  const { ownerRating, ownerEvaluation, solverRating, solverEvaluation } = ending;
  await recordEvaluation(db, pilot.id, 'owner', ownerRating, ownerEvaluation, stamp);
  await recordEvaluation(db, pilot.id, 'solver', solverRating, solverEvaluation, stamp);
  const evaluated = (await findPilot(db, pilot.id))!;
  const r = await recordPilotOutcome({ ...deps, clock: () => ago(ending.endedDaysAgo) }, seeder, {
    pilotId: pilot.id,
    version: evaluated.version,
    outcome: 'contracted',
    contractValueVnd: ending.contractValueVnd,
    contractNumber: ending.contractNumber,
    ownerStatement: ending.ownerStatement,
  });
  if (!r.ok) failed(`outcome of ${pilot.id}`, r);
  await insertFollowUp(db, {
    pilotId: pilot.id,
    monthsAfter: 6,
    isInUse: ending.followUp.isInUse,
    scale: ending.followUp.scale,
    answeredBy: SEED_BY,
    answeredAt: ago(ending.followUp.daysAgo),
  });
}

async function seedPilot(
  deps: Deps,
  seeder: AuditContext,
  demo: DemoPilot,
  ids: { challenge: ChallengeRow; solverId: string; labId: string },
  ago: (days: number) => Date,
) {
  const db = deps.database.db;
  const { challenge, solverId } = ids;
  await insertAcceptance(db, {
    challengeId: challenge.id,
    organizationId: solverId,
    agreementVersion: challenge.agreementVersion,
    acceptedBy: SEED_BY,
    acceptedAt: ago(demo.acceptedDaysAgo),
  });
  const startsAt = ago(demo.startsDaysAgo);
  const started = await startPilot({ ...deps, clock: () => ago(demo.signedDaysAgo) }, seeder, {
    challengeId: challenge.id,
    solverOrganizationId: solverId,
    livingLabId: ids.labId,
    scope: demo.scope,
    site: demo.site,
    responsibilities: demo.responsibilities,
    dataAccess: demo.dataAccess,
    budgetVnd: demo.budgetVnd,
    ownerSharePercent: demo.ownerSharePercent,
    milestones: demo.milestones.map((m) => ({
      title: m.title,
      dueOn: vnDay(new Date(startsAt.getTime() + m.dayOfPilot * DAY_MS)),
    })),
    startsAt,
    endsAt: new Date(startsAt.getTime() + demo.weeks * 7 * DAY_MS),
    checkInEveryWeeks: demo.checkInEveryWeeks,
  });
  if (!started.ok) failed(`pilot ${demo.challengeTitle}`, started);
  for (const { daysAgo, ...report } of demo.reports) {
    await insertCheckIn(db, {
      ...report,
      pilotId: started.pilot.id,
      reportedBy: SEED_BY,
      reportedAt: ago(daysAgo),
    });
  }
  if (demo.ending) await endPilot(deps, seeder, started.pilot, demo.ending, ago);
}

/** Loads the labs and pilots with the demo owners and the demo challenges, by title. */
export async function seedPilotsDemo(
  deps: Deps,
  seeder: AuditContext,
  owners: ReadonlyMap<string, string>,
  challenges: ReadonlyMap<string, ChallengeRow>,
): Promise<void> {
  const now = deps.clock().getTime();
  const ago = (days: number) => new Date(now - days * DAY_MS);
  const solvers = await createSolvers(deps, seeder);
  const labs = await createLabs(deps, seeder, owners);
  for (const demo of DEMO_PILOTS) {
    const ids = {
      challenge: challenges.get(demo.challengeTitle)!,
      solverId: solvers.get(demo.solver)!,
      labId: labs.get(demo.lab)!,
    };
    await seedPilot(deps, seeder, demo, ids, ago);
  }
}
