// startPilot outcomes: started (running, the problem's indicators copied as the pilot's, the first
// check-in reminder scheduled, audited) | ALREADY_STARTED (this solver has a pilot of this
// challenge: a form posted twice starts one) | INVALID (field messages; the solver must have
// accepted the challenge's agreement) | NOT_FOUND (thrown: unknown challenge, or not the centre).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { scheduleJob } from '../../../platform/jobs';
import { fieldErrors } from '../../../platform/input/validation';
import { ZPilotAgreement, type TPilotAgreementInput } from '../contracts';
import {
  acceptedSolverIds,
  findChallengeById,
  findLivingLab,
  findPilotOfSolver,
  insertPilot,
  type PilotRow,
} from '../db/pilots.repository';
import { findProblemById } from '../db/problems.repository';
import { checkInDueAt } from '../domain/pilot';
import { canManagePilots } from '../permissions';
import { editorOf } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'jobs'>;

export type StartPilotResult =
  | { ok: true; pilot: PilotRow }
  | { ok: false; reason: 'ALREADY_STARTED'; pilot: PilotRow }
  | Invalid;

export const CHECK_IN_JOB = 'challenges.pilot-check-in';
export const checkInJobKey = (pilotId: string, n: number) => `${CHECK_IN_JOB}:${pilotId}:${n}`;

export async function startPilot(
  deps: Deps,
  acting: AuditContext,
  input: TPilotAgreementInput,
): Promise<StartPilotResult> {
  if (!canManagePilots(acting.actor)) throw new AppError('NOT_FOUND');
  const parsed = ZPilotAgreement.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const db = deps.database.db;
  const fields = parsed.data;
  const challenge = await findChallengeById(db, fields.challengeId);
  if (!challenge) throw new AppError('NOT_FOUND');
  if (!(await acceptedSolverIds(db, challenge.id)).includes(fields.solverOrganizationId)) {
    return invalid({ solverOrganizationId: { key: 'challenges.error.solverNotAccepted' } });
  }
  if (fields.livingLabId && !(await findLivingLab(db, fields.livingLabId))) {
    return invalid({ livingLabId: { key: 'validation.choice' } });
  }
  const problem = await findProblemById(db, challenge.problemId);
  const editor = editorOf(acting);
  const now = deps.clock();
  const pilot = await db.transaction(async (tx) => {
    const created = await insertPilot(tx, {
      ...fields,
      ownerOrganizationId: challenge.ownerOrganizationId,
      indicators: problem?.indicators ?? [],
      signedAt: now,
      createdBy: editor.id,
      updatedBy: editor.id,
      createdAt: now,
      updatedAt: now,
    });
    if (!created) return undefined;
    await scheduleJob(tx, {
      name: CHECK_IN_JOB,
      payload: { pilotId: created.id, checkIn: 1 },
      runAt: checkInDueAt(created.startsAt, created.checkInEveryWeeks, 1),
      key: checkInJobKey(created.id, 1),
    });
    await recordAudit(tx, acting, {
      action: 'challenges.pilot:start',
      entityType: 'challenges_pilot',
      entityId: created.id,
      after: { challengeId: challenge.id, solverOrganizationId: created.solverOrganizationId },
    });
    return created;
  });
  if (pilot) return { ok: true, pilot };
  const existing = await findPilotOfSolver(db, challenge.id, fields.solverOrganizationId);
  return { ok: false, reason: 'ALREADY_STARTED', pilot: existing! };
}
