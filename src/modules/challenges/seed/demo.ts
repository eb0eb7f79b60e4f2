// The demo challenges loaded on a fresh database (seed 004: the Departments of Health and of
// Education and the Tax Department posted problems for startups to solve): problems at each step
// of scoping, open challenges with answered questions, solved ones in the archive, living labs, a
// pilot under way and one that ended in a contract. Times are counted from the day the data is
// loaded, so the open ones are open.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { createOrganization } from '../../directory';
import type { TChallengeFieldsInput, TProblemFieldsInput } from '../contracts';
import { markSolved, type ChallengeRow } from '../db/challenges.repository';
import { countProblems, insertComment, insertProblem } from '../db/problems.repository';
import type { ProblemStatus } from '../domain/problem';
import { recordProblemVersion } from '../services/problem-rows';
import { publishChallenge } from '../services/publish-challenge';
import { seedPilotsDemo } from './demo-pilots';
import { DEMO_OWNERS, DEMO_PROBLEMS, type DemoProblem } from './demo-problems';

const DAY_MS = 86_400_000;

/** Demo data is written as the platform itself; the audit log says "demo". */
const SEEDER: AuditContext = {
  actor: {
    kind: 'user',
    user: {
      id: 'demo-seed',
      name: 'Trung tâm (demo)',
      email: 'demo-seed@demo.innohub.vn',
      locale: 'vi',
      twoFactorEnabled: false,
    },
    roles: new Set(['member', 'staff']),
  },
  label: 'demo',
};

type Deps = Pick<AppDeps, 'database' | 'clock' | 'jobs'>;

/** The problem and its challenges; the first track's challenge, if any. */
async function seedProblem(
  deps: Deps,
  ownerId: string,
  demo: DemoProblem,
  now: Date,
): Promise<ChallengeRow | undefined> {
  const db = deps.database.db;
  const status: ProblemStatus = demo.challenge ? 'approved' : demo.status;
  const fields: TProblemFieldsInput = demo.problem;
  const submitted = status === 'draft' ? null : new Date(now.getTime() - demo.daysAgo * DAY_MS);
  const problem = await db.transaction(async (tx) => {
    const row = await insertProblem(tx, {
      ...fields,
      sector: fields.sector ?? null,
      indicators: fields.indicators ?? [],
      ownerOrganizationId: ownerId,
      status,
      submittedAt: submitted,
      approvedAt: status === 'approved' ? submitted : null,
      createdBy: 'demo-seed',
      updatedBy: 'demo-seed',
    });
    await recordProblemVersion(tx, SEEDER, 'create', row);
    if (demo.centreComment) {
      await insertComment(tx, {
        problemId: row.id,
        kind: status === 'changes_requested' ? 'change_request' : 'comment',
        body: demo.centreComment,
        authorId: 'demo-seed',
        authorName: 'Phạm Thu Trang',
        isCentre: true,
      });
    }
    return row;
  });
  if (!demo.challenge) return undefined;
  const published: ChallengeRow[] = [];
  const opensAt = new Date(now.getTime() - demo.daysAgo * DAY_MS);
  const closesAt = new Date(opensAt.getTime() + demo.challenge.days * DAY_MS);
  for (const track of demo.challenge.tracks) {
    const input: TChallengeFieldsInput & { problemId: string } = {
      ...demo.challenge.fields,
      track,
      problemId: problem.id,
      opensAt,
      closesAt,
    };
    const r = await publishChallenge(deps, SEEDER, input);
    if (!r.ok) throw new Error(`demo challenge ${demo.problem.title}: ${JSON.stringify(r)}`);
    if (demo.challenge.isSolved) {
      await markSolved(db, r.challenge.id, closesAt);
    }
    published.push(r.challenge);
  }
  return published[0];
}

/** Loads the demo problems and challenges into an empty module (never over existing records). */
export async function seedChallengesDemo(deps: Deps): Promise<void> {
  const db = deps.database.db;
  if ((await countProblems(db, {})) > 0) return;
  const now = deps.clock();
  const owners = new Map<string, string>();
  for (const [key, owner] of Object.entries(DEMO_OWNERS)) {
    const r = await createOrganization(db, SEEDER, owner);
    if (!r.ok) throw new Error(`demo owner ${owner.legalName}: ${JSON.stringify(r.fields)}`);
    owners.set(key, r.organization.id);
  }
  const challenges = new Map<string, ChallengeRow>();
  for (const demo of DEMO_PROBLEMS) {
    const challenge = await seedProblem(deps, owners.get(demo.owner)!, demo, now);
    if (challenge && demo.challenge) challenges.set(demo.challenge.fields.title, challenge);
  }
  await seedPilotsDemo(deps, SEEDER, owners, challenges);
}
