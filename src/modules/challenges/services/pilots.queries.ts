// What the pilot pages show: the agreement with both sides and the lab, each check-in's reports,
// which check-in is due now and who has reported it, and each indicator's course.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { organizationFactsByIds, type DirectoryOrganizationFacts } from '../../directory';
import {
  acceptedSolverIds,
  checkInsOfPilot,
  findChallengeById,
  findLivingLab,
  followUpsOfPilot,
  listLivingLabs,
  pilotsOfChallenge,
  type CheckInRow,
  type FollowUpRow,
  type LivingLabRow,
  type PilotRow,
} from '../db/pilots.repository';
import { findChallengeBySlug, type ChallengeRow } from '../db/challenges.repository';
import { checkInCount, currentCheckIn, progressPercent, type PilotSide } from '../domain/pilot';
import type { SuccessIndicator } from '../domain/problem';
import type { PilotAccess } from '../permissions';
import { pilotInReach } from './pilot-access';
import { dueFollowUp } from './pilot-outcome';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface IndicatorCourse {
  indicator: SuccessIndicator;
  /** The value each check-in reported (the owner's where both did), in order; null where none. */
  values: { checkIn: number; value: number | null }[];
  latest: number | null;
  /** Progress of the latest value from baseline towards target, in percent. */
  progress: number | null;
}

export interface PilotPage {
  pilot: PilotRow;
  challenge: ChallengeRow;
  owner: DirectoryOrganizationFacts | undefined;
  solver: DirectoryOrganizationFacts | undefined;
  lab: LivingLabRow | undefined;
  access: PilotAccess;
  reports: CheckInRow[];
  checkIn: { current: number; total: number; reportedBy: PilotSide[] };
  courses: IndicatorCourse[];
  followUps: FollowUpRow[];
  /** The follow-up (months after the end) the owner is asked now and has not answered. */
  followUpDue: number | undefined;
}

function valueAt(reports: CheckInRow[], n: number, i: number): number | null {
  const ofCheckIn = reports.filter((r) => r.checkIn === n);
  const owner = ofCheckIn.find((r) => r.side === 'owner')?.values[i];
  return owner ?? ofCheckIn.find((r) => r.side === 'solver')?.values[i] ?? null;
}

export function indicatorCourses(pilot: PilotRow, reports: CheckInRow[]): IndicatorCourse[] {
  const last = Math.max(0, ...reports.map((r) => r.checkIn));
  return pilot.indicators.map((indicator, i) => {
    const values = Array.from({ length: last }, (_, k) => ({
      checkIn: k + 1,
      value: valueAt(reports, k + 1, i),
    }));
    const latest = [...values].reverse().find((v) => v.value !== null)?.value ?? null;
    return {
      indicator,
      values,
      latest,
      progress: latest === null ? null : progressPercent(indicator, latest),
    };
  });
}

export async function getPilotPage(
  deps: Deps,
  acting: AuditContext,
  id: string,
): Promise<PilotPage> {
  const db = deps.database.db;
  const { pilot, access } = await pilotInReach(db, acting.actor, id);
  const [challenge, orgs, lab, reports, followUps] = await Promise.all([
    findChallengeById(db, pilot.challengeId),
    organizationFactsByIds(db, [pilot.ownerOrganizationId, pilot.solverOrganizationId]),
    pilot.livingLabId ? findLivingLab(db, pilot.livingLabId) : undefined,
    checkInsOfPilot(db, pilot.id),
    followUpsOfPilot(db, pilot.id),
  ]);
  const now = deps.clock();
  const due = dueFollowUp(pilot, now);
  const current = currentCheckIn(pilot, now);
  return {
    pilot,
    challenge: challenge!,
    owner: orgs.get(pilot.ownerOrganizationId),
    solver: orgs.get(pilot.solverOrganizationId),
    lab,
    access,
    reports,
    checkIn: {
      current,
      total: checkInCount(pilot),
      reportedBy: reports.filter((r) => r.checkIn === current).map((r) => r.side as PilotSide),
    },
    courses: indicatorCourses(pilot, reports),
    followUps,
    followUpDue: followUps.some((f) => f.monthsAfter === due) ? undefined : due,
  };
}

/** What the centre's pilot form offers for a challenge: its solvers, the labs, its pilots so far. */
export async function pilotFormOf(deps: Pick<AppDeps, 'database'>, slug: string) {
  const db = deps.database.db;
  const challenge = slug ? await findChallengeBySlug(db, slug) : undefined;
  if (!challenge) throw new AppError('NOT_FOUND');
  const [solverIds, pilots, labs] = await Promise.all([
    acceptedSolverIds(db, challenge.id),
    pilotsOfChallenge(db, challenge.id),
    listLivingLabs(db),
  ]);
  const orgs = await organizationFactsByIds(db, [
    ...solverIds,
    ...pilots.map((p) => p.solverOrganizationId),
  ]);
  const solvers = solverIds.flatMap((id) => orgs.get(id) ?? []);
  return { challenge, solvers, pilots, orgs, labs };
}
