// editChallenge outcomes: edited (the text, timeline, rewards, links or agreement corrected at the
// version the editor saw; one entry in the public log of updates, audited; a changed agreement
// takes the next version, so solvers accept it again; when the change is material — timeline,
// rewards, eligibility, agreement — the solvers that accepted any version or started a solution in
// its call are written to in the same transaction) | UNCHANGED (nothing differs: nothing written) |
// CONFLICT (someone saved the challenge or its call meanwhile) | NOT_CORRECTABLE (solved or
// cancelled) | CALL_DATES (the solutions call is linked and an owner moves the window: only the
// centre may) | OPENS_AT_LOCKED (the call has opened: its opening stays) | INVALID | NOT_FOUND
// (thrown: not the actor's to see, or not the owner's or the centre's to correct). The centre's
// new window moves the linked call in the correction's own transaction: whatever refuses or fails
// the correction leaves the call where it was.
import { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { ZText } from '../../../platform/input/text-fields';
import { fieldErrors } from '../../../platform/input/validation';
import { organizationFacts } from '../../directory';
import { applicantsOfCall } from '../../programs';
import { ZChallengeFields, type TChallengeFields, type TChallengeFieldsInput } from '../contracts';
import { acceptedOrganizationIds } from '../db/acceptances.repository';
import { insertChallengeChange } from '../db/challenge-changes.repository';
import { updateChallengeAtVersion, type ChallengeRow } from '../db/challenges.repository';
import {
  changesBetween,
  isCorrectable,
  isMaterial,
  type ChallengeChange,
} from '../domain/challenge-edit';
import { findProblemById } from '../db/problems.repository';
import { canManageChallenge } from '../permissions';
import { challengeInReach, type ChallengeAccess } from './challenge-access';
import { challengeSearchKey } from './challenge-search-key';
import { solverContacts, writeToSolvers, type SolverContact } from './challenge-change-mail';
import {
  moveSolutionsCall,
  solutionsCallOf,
  type MoveCallResult,
  type SolutionsCall,
} from './move-solutions-call';
import { editorOf } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'mail' | 'jobs' | 'config' | 'files'>;

export type EditChallengeInput = Omit<TChallengeFieldsInput, 'track'> & {
  slug: string;
  version: number;
  note: string;
};

export type EditChallengeResult =
  | { ok: true; challenge: ChallengeRow; changes: ChallengeChange[]; notified: number }
  | {
      ok: false;
      reason: 'UNCHANGED' | 'CONFLICT' | 'NOT_CORRECTABLE' | 'CALL_DATES' | 'OPENS_AT_LOCKED';
    }
  | Invalid;

const ZNote = z.object({ note: ZText(500).default('') });

function parse(challenge: ChallengeRow, input: EditChallengeInput) {
  const fields = ZChallengeFields.safeParse({ ...input, track: challenge.track });
  const note = ZNote.safeParse({ note: input.note });
  const errors: FieldErrors = {
    ...(fields.success ? {} : fieldErrors(fields.error)),
    ...(note.success ? {} : fieldErrors(note.error)),
  };
  if (!fields.success || !note.success) return invalid(errors);
  return { ok: true as const, fields: fields.data, note: note.data.note };
}

/** Rolls the correction's transaction back (the call's move with it), with its outcome. */
class Undone extends Error {
  constructor(readonly result: EditChallengeResult) {
    super('correction undone');
  }
}

/**
 * The window moves the linked call too: the centre's to do. The call to move as it stands, read
 * before the transaction; or the refusal.
 */
async function callToMove(
  deps: Deps,
  acting: AuditContext,
  c: { challenge: ChallengeRow; access: ChallengeAccess; fields: TChallengeFields },
): Promise<{ call?: SolutionsCall; refused?: EditChallengeResult }> {
  const { challenge, access, fields } = c;
  const moves =
    challenge.opensAt.getTime() !== fields.opensAt.getTime() ||
    challenge.closesAt.getTime() !== fields.closesAt.getTime();
  if (!moves || !challenge.callId) return {};
  if (!access.isCentre) return { refused: { ok: false, reason: 'CALL_DATES' } };
  return { call: await solutionsCallOf(deps, acting, challenge) };
}

/** The call's refusal, as the correction answers it. */
function callRefusal(moved: Exclude<MoveCallResult, { ok: true }>): EditChallengeResult {
  if (moved.reason === 'INVALID')
    return invalid({ closesAt: { key: 'challenges.error.callDates' } });
  return { ok: false, reason: moved.reason };
}

/** Who committed to the challenge: its agreement accepted, or a solution started in its call. */
async function solversOf(deps: Deps, challenge: ChallengeRow): Promise<string[]> {
  const [accepted, applicants] = await Promise.all([
    acceptedOrganizationIds(deps.database.db, challenge.id),
    challenge.callId ? applicantsOfCall(deps, { callId: challenge.callId }) : [],
  ]);
  return [...new Set([...accepted, ...applicants])];
}

async function searchKeyOf(deps: Deps, challenge: ChallengeRow, fields: TChallengeFields) {
  const db = deps.database.db;
  const [problem, owner] = await Promise.all([
    findProblemById(db, challenge.problemId),
    organizationFacts(db, challenge.ownerOrganizationId),
  ]);
  return challengeSearchKey({ ...fields, track: challenge.track }, problem, owner);
}

interface Correction {
  challenge: ChallengeRow;
  /** The version the editor saw. */
  version: number;
  /** The linked call, when the window moves it. */
  call: SolutionsCall | undefined;
  fields: TChallengeFields;
  note: string;
  changes: ChallengeChange[];
  solvers: SolverContact[];
  searchKey: string;
}

/**
 * One transaction: the call moved first, when it must, then the challenge saved at the version
 * the editor saw, its entry in the log, the audit and the letters. Undone (the move with it) when
 * someone saved the challenge meanwhile.
 */
async function saveCorrection(
  tx: Db,
  deps: Deps,
  acting: AuditContext,
  c: Correction,
): Promise<EditChallengeResult> {
  const { challenge, fields, note, changes, solvers } = c;
  if (c.call) {
    const { opensAt, closesAt } = fields;
    const moved = await moveSolutionsCall(tx, deps, acting, { call: c.call, opensAt, closesAt });
    if (!moved.ok) return callRefusal(moved);
  }
  const editor = editorOf(acting);
  const now = deps.clock();
  const isNewAgreement = changes.some((change) => change.field === 'agreement');
  const { track: _track, ...text } = fields;
  const after = await updateChallengeAtVersion(
    tx,
    challenge.id,
    c.version,
    {
      ...text,
      agreementVersion: challenge.agreementVersion + (isNewAgreement ? 1 : 0),
      searchKey: c.searchKey,
    },
    { by: editor.id, now },
  );
  if (!after) throw new Undone({ ok: false, reason: 'CONFLICT' });
  await insertChallengeChange(tx, {
    challengeId: after.id,
    version: after.version,
    changes,
    note,
    changedBy: editor.id,
    changedAt: now,
  });
  await recordAudit(tx, acting, {
    action: 'challenges.challenge:edit',
    entityType: 'challenges_challenge',
    entityId: after.id,
    before: { version: challenge.version, agreementVersion: challenge.agreementVersion },
    after: { version: after.version, agreementVersion: after.agreementVersion, changes, note },
  });
  await writeToSolvers(deps, tx, { challenge: after, solvers, changes, note });
  return { ok: true, challenge: after, changes, notified: solvers.length };
}

export async function editChallenge(
  deps: Deps,
  acting: AuditContext,
  input: EditChallengeInput,
): Promise<EditChallengeResult> {
  const db = deps.database.db;
  const { challenge, access } = await challengeInReach(db, acting.actor, input.slug);
  if (!canManageChallenge(access)) throw new AppError('NOT_FOUND');
  if (!isCorrectable(challenge.status)) return { ok: false, reason: 'NOT_CORRECTABLE' };
  if (input.version !== challenge.version) return { ok: false, reason: 'CONFLICT' };
  const parsed = parse(challenge, input);
  if (!parsed.ok) return parsed;
  const { fields, note } = parsed;
  const changes = changesBetween(challenge, fields);
  if (changes.length === 0) return { ok: false, reason: 'UNCHANGED' };
  const { call, refused } = await callToMove(deps, acting, { challenge, access, fields });
  if (refused) return refused;
  // Read before the transaction: an embedded database runs one statement at a time.
  const solvers = isMaterial(changes)
    ? await solverContacts(deps, await solversOf(deps, challenge))
    : [];
  const searchKey = await searchKeyOf(deps, challenge, fields);
  const correction = { challenge, version: input.version, call, fields, note, changes, solvers };
  try {
    const result = await db.transaction((tx) =>
      saveCorrection(tx, deps, acting, { ...correction, searchKey }),
    );
    if (result.ok && result.notified > 0) deps.jobs.wake();
    return result;
  } catch (err) {
    if (err instanceof Undone) return err.result;
    throw err;
  }
}

/** The challenge as it stands, for its correction form; NOT_FOUND when not the actor's to correct. */
export async function challengeToCorrect(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { slug: string },
): Promise<ChallengeRow> {
  const { challenge, access } = await challengeInReach(deps.database.db, acting.actor, input.slug);
  if (!canManageChallenge(access)) throw new AppError('NOT_FOUND');
  return challenge;
}
