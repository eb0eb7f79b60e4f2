// editChallenge outcomes: edited (the text, timeline, rewards, links or agreement corrected at the
// version the editor saw; one entry in the public log of updates, audited; a changed agreement
// takes the next version, so solvers accept it again; when the change is material — timeline,
// rewards, eligibility, agreement — the solvers that accepted any version or started a solution in
// its call are written to in the same transaction) | UNCHANGED (nothing differs: nothing written) |
// CONFLICT (someone saved meanwhile) | NOT_CORRECTABLE (solved or cancelled) | CALL_DATES (the
// solutions call is linked and an owner moves the window: only the centre may, and the call moves
// with it) | OPENS_AT_LOCKED (the call has opened: its opening stays) | INVALID | NOT_FOUND
// (thrown: not the actor's to see, or not the owner's or the centre's to correct).
import { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../platform/audit';
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
import { solverContacts, writeToSolvers } from './challenge-change-mail';
import { moveSolutionsCall } from './move-solutions-call';
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

/** The window moves the linked call too: the centre's to do, refused as the call's rules say. */
async function windowRefusal(
  deps: Deps,
  acting: AuditContext,
  c: { challenge: ChallengeRow; access: ChallengeAccess; fields: TChallengeFields },
): Promise<EditChallengeResult | undefined> {
  const { challenge, access, fields } = c;
  const moves =
    challenge.opensAt.getTime() !== fields.opensAt.getTime() ||
    challenge.closesAt.getTime() !== fields.closesAt.getTime();
  if (!moves || !challenge.callId) return undefined;
  if (!access.isCentre) return { ok: false, reason: 'CALL_DATES' };
  const moved = await moveSolutionsCall(deps, acting, { challenge, ...fields });
  if (moved.ok) return undefined;
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
  const refused = await windowRefusal(deps, acting, { challenge, access, fields });
  if (refused) return refused;
  const isNewAgreement = changes.some((c) => c.field === 'agreement');
  // Read before the transaction: an embedded database runs one statement at a time.
  const solvers = isMaterial(changes)
    ? await solverContacts(deps, await solversOf(deps, challenge))
    : [];
  const key = await searchKeyOf(deps, challenge, fields);
  const now = deps.clock();
  const editor = editorOf(acting);
  const { track: _track, ...text } = fields;
  const result = await db.transaction(async (tx) => {
    const after = await updateChallengeAtVersion(
      tx,
      challenge.id,
      input.version,
      {
        ...text,
        agreementVersion: challenge.agreementVersion + (isNewAgreement ? 1 : 0),
        searchKey: key,
      },
      { by: editor.id, now },
    );
    if (!after) return undefined;
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
    return after;
  });
  if (!result) return { ok: false, reason: 'CONFLICT' };
  if (solvers.length > 0) deps.jobs.wake();
  return { ok: true, challenge: result, changes, notified: solvers.length };
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
