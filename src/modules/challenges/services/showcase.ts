// The public showcase: pilots that ended in use, procured or extended — the challenge, the
// owner and the solver, how each indicator moved, and the owner's statement — and the block of a
// solver's directory profile listing the challenges it solved.
import type { AppDeps } from '../../../platform/deps';
import { organizationFactsByIds, type DirectoryOrganizationFacts } from '../../directory';
import { checkInsOfPilots, showcasePilots, type PilotRow } from '../db/pilots.repository';
import { indicatorCourses, type IndicatorCourse } from './pilots.queries';

export interface ShowcaseEntry {
  pilot: PilotRow;
  challenge: { title: string; slug: string };
  owner: DirectoryOrganizationFacts | undefined;
  solver: DirectoryOrganizationFacts | undefined;
  courses: IndicatorCourse[];
}

const SHOWCASE_SIZE = 50;

export async function showcase(
  deps: Pick<AppDeps, 'database'>,
  solverId?: string,
): Promise<ShowcaseEntry[]> {
  const db = deps.database.db;
  const rows = await showcasePilots(db, SHOWCASE_SIZE, solverId);
  const ids = rows.map((r) => r.pilot.id);
  const [reports, orgs] = await Promise.all([
    checkInsOfPilots(db, ids),
    organizationFactsByIds(
      db,
      rows.flatMap((r) => [r.pilot.ownerOrganizationId, r.pilot.solverOrganizationId]),
    ),
  ]);
  return rows.map(({ pilot, challenge }) => ({
    pilot,
    challenge,
    owner: orgs.get(pilot.ownerOrganizationId),
    solver: orgs.get(pilot.solverOrganizationId),
    courses: indicatorCourses(
      pilot,
      reports.filter((r) => r.pilotId === pilot.id),
    ),
  }));
}
