// Reads of review rounds, score sheets, rankings and decisions. Staff reads check the capability;
// a reviewer reads only their own assignments (anything else is NOT_FOUND).
import type { AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import { organizationFacts } from '../../../directory';
import { accountContact } from '../../../identity';
import { findAttachments } from '../../db/applications.repository';
import { findCallById, type CallRow } from '../../db/calls.repository';
import { findProgrammeById, type ProgrammeRow } from '../../db/programmes.repository';
import {
  countUndecided,
  findApplicationRef,
  findAssignmentsOfReviewer,
  findAssignmentsOfRound,
  findConflictsOfUsers,
  findDecision,
  findDecisionsOfCall,
  findPool,
  findPublication,
  findPublishedWinners,
  findRoundApplications,
  findRoundById,
  findRoundsOfCall,
  findSheet,
  findSheetsOfRound,
  findVersion,
  findLatestVersion,
  type DecisionRow,
  type RoundRow,
} from '../../db/review.repository';
import { rankApplications, type TRanking } from '../../domain/ranking';
import { canDecide, canManageReviews } from '../../permissions';
import { requireCapability, type DbDeps } from '../common';
import { getOwnAssignment, getRound, reviewersWithLinks } from './shared-review';
import { reviewAttachments } from './review-attachments';
import { areResultsHeld } from '../decisions/held-results';

const nameOf = async (db: Db, organizationId: string) =>
  (await organizationFacts(db, organizationId))?.name ?? '';

/** The reviewer's assignments; in a blind round without the applicant's name. */
export async function myReviews(deps: DbDeps, acting: AuditContext) {
  const db = deps.database.db;
  const { actor } = acting;
  if (actor.kind !== 'user' || actor.apiKey) return [];
  const rows = await findAssignmentsOfReviewer(db, actor.user.id);
  return Promise.all(
    rows.map(async (row) => ({
      ...row,
      organizationName: row.round.isBlind
        ? undefined
        : await nameOf(db, row.application.organizationId),
    })),
  );
}

/**
 * A reviewer's sheet with the frozen submission it scores (the one the sheet was started on, else
 * the latest). Blind rounds leave out the applicant's name; no reviewer ever reads another's sheet.
 */
export async function getScoreSheetView(
  deps: DbDeps,
  acting: AuditContext,
  input: { assignmentId: string },
) {
  const db = deps.database.db;
  const { actor } = acting;
  const { assignmentId } = input;
  const assignment = await getOwnAssignment(db, actor, assignmentId);
  const round = await findRoundById(db, assignment.roundId);
  if (!round) throw new AppError('NOT_FOUND');
  const sheet = await findSheet(db, assignment.id);
  const submission = sheet
    ? await findVersion(db, assignment.applicationId, sheet.applicationVersion)
    : await findLatestVersion(db, assignment.applicationId);
  if (!submission) throw new AppError('NOT_FOUND');
  const application = await findRoundApplications(db, round.callId).then((list) =>
    list.find((a) => a.id === assignment.applicationId),
  );
  const organizationName =
    round.isBlind || !application ? undefined : await nameOf(db, application.organizationId);
  const stored = await findAttachments(db, assignment.applicationId);
  return {
    assignment,
    round,
    sheet,
    submission,
    receiptNumber: application?.receiptNumber ?? null,
    organizationName,
    attachments: reviewAttachments(submission, stored, round.isBlind),
  };
}

/** One file of the submission the reviewer scores, by its number; NOT_FOUND for anyone else. */
export async function getReviewAttachment(
  deps: DbDeps,
  acting: AuditContext,
  input: { assignmentId: string; number: number },
) {
  const { attachments } = await getScoreSheetView(deps, acting, input);
  const found = attachments.find((a) => a.number === input.number);
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

/** A call's rounds, for staff. */
export async function roundsOfCall(
  deps: DbDeps,
  acting: AuditContext,
  input: { call: CallRow },
): Promise<RoundRow[]> {
  const db = deps.database.db;
  const { actor } = acting;
  const { call } = input;
  requireCapability(canManageReviews(actor));
  return findRoundsOfCall(db, call.id);
}

export interface ReviewerProgress {
  userId: string;
  name: string;
  email: string;
  assigned: number;
  done: number;
}

/** A round for staff: its call, pool with progress, applications with their reviewers. */
export async function roundOverview(
  deps: DbDeps,
  acting: AuditContext,
  input: { roundId: string },
) {
  const db = deps.database.db;
  const { actor } = acting;
  const { roundId } = input;
  requireCapability(canManageReviews(actor));
  const round = await getRound(db, roundId);
  const call = (await findCallById(db, round.callId))!;
  const programme = (await findProgrammeById(db, call.programmeId))!;
  const [pool, assignments, sheets, applications] = await Promise.all([
    findPool(db, round.id),
    findAssignmentsOfRound(db, round.id),
    findSheetsOfRound(db, round.id),
    findRoundApplications(db, round.callId),
  ]);
  const submitted = new Set(
    sheets.filter((s) => s.status === 'submitted').map((s) => s.assignmentId),
  );
  const links = new Map((await reviewersWithLinks(db, pool)).map((r) => [r.id, r]));
  const people = new Map(
    await Promise.all(
      [...new Set([...pool, ...assignments.map((a) => a.reviewerId)])].map(
        async (id) => [id, await accountContact(db, id)] as const,
      ),
    ),
  );
  const progress: ReviewerProgress[] = [...people.keys()].map((userId) => {
    const mine = assignments.filter((a) => a.reviewerId === userId);
    return {
      userId,
      name: people.get(userId)?.name ?? userId,
      email: people.get(userId)?.email ?? '',
      assigned: mine.length,
      done: mine.filter((a) => submitted.has(a.id)).length,
    };
  });
  const rows = await Promise.all(
    applications.map(async (app) => ({
      ...app,
      organizationName: await nameOf(db, app.organizationId),
      reviewers: assignments
        .filter((a) => a.applicationId === app.id)
        .map((a) => {
          const r = links.get(a.reviewerId);
          const conflict = r?.linkedOrganizationIds?.includes(app.organizationId)
            ? ('linked' as const)
            : r?.conflictOrganizationIds?.includes(app.organizationId) ||
                r?.conflictApplicationIds?.includes(app.id)
              ? ('declared_conflict' as const)
              : undefined;
          return {
            assignment: a,
            name: people.get(a.reviewerId)?.name ?? a.reviewerId,
            isDone: submitted.has(a.id),
            hasSheet: sheets.some((s) => s.assignmentId === a.id),
            conflict,
          };
        }),
    })),
  );
  return { round, call, programme, progress, applications: rows, pool };
}

/** The ranking of a round from its submitted sheets (domain/ranking), with names and decisions. */
export async function roundRanking(deps: DbDeps, acting: AuditContext, input: { roundId: string }) {
  const db = deps.database.db;
  const { actor } = acting;
  const { roundId } = input;
  requireCapability(canManageReviews(actor));
  const round = await getRound(db, roundId);
  const call = (await findCallById(db, round.callId))!;
  const programme = (await findProgrammeById(db, call.programmeId))!;
  const applications = await findRoundApplications(db, round.callId);
  const sheets = (await findSheetsOfRound(db, round.id)).filter((s) => s.status === 'submitted');
  const ranking: TRanking = rankApplications({
    rubric: { criteria: round.rubric },
    applications: applications.map((a) => ({
      id: a.id,
      submittedAt: a.submittedAt ?? new Date(0),
    })),
    sheets: sheets.map((s) => ({
      applicationId: s.applicationId,
      reviewerId: s.reviewerId,
      scores: s.marks,
    })),
  });
  const decisions = new Map(
    (await findDecisionsOfCall(db, call.id)).map(({ decision }) => [
      decision.applicationId,
      decision,
    ]),
  );
  const byId = new Map(
    await Promise.all(
      applications.map(
        async (a) =>
          [a.id, { ...a, organizationName: await nameOf(db, a.organizationId) }] as const,
      ),
    ),
  );
  const reviewers = new Map(
    await Promise.all(
      [...new Set(sheets.map((s) => s.reviewerId))].map(
        async (id) => [id, (await accountContact(db, id))?.name ?? id] as const,
      ),
    ),
  );
  return { round, call, programme, ranking, sheets, applications: byId, decisions, reviewers };
}
export type RoundRanking = Awaited<ReturnType<typeof roundRanking>>;

/** Reviewers whose declared conflicts staff should see (unused pool members included). */
export const conflictsOf = (db: Db, userIds: readonly string[]) =>
  findConflictsOfUsers(db, userIds);

/**
 * The centre's decision on an application, for its status page: the caller has already checked
 * that the actor may read the application. Undefined while there is none, and for all but staff
 * while its call's results are held back (held-results.ts).
 */
export async function decisionOfApplication(
  deps: DbDeps,
  acting: AuditContext,
  input: { applicationId: string },
): Promise<Pick<DecisionRow, 'outcome' | 'prize' | 'note' | 'decidedAt'> | undefined> {
  const db = deps.database.db;
  const row = await findDecision(db, input.applicationId);
  if (!row || (!canDecide(acting.actor) && (await isHeldFor(db, input.applicationId))))
    return undefined;
  return { outcome: row.outcome, prize: row.prize, note: row.note, decidedAt: row.decidedAt };
}

async function isHeldFor(db: Db, applicationId: string) {
  const application = await findApplicationRef(db, applicationId);
  const call = application && (await findCallById(db, application.callId));
  const programme = call && (await findProgrammeById(db, call.programmeId));
  return !programme || (await areResultsHeld(db, call, programme));
}

/** Whether staff made a call's winners public, for the decision page. */
export async function resultsPublication(
  deps: DbDeps,
  acting: AuditContext,
  input: { callId: string },
) {
  const { actor } = acting;
  requireCapability(canDecide(actor) || canManageReviews(actor));
  return findPublication(deps.database.db, input.callId);
}

/** The winners of a programme's calls whose results staff published, for everyone. */
export async function publishedWinners(
  deps: DbDeps,
  acting: AuditContext,
  input: { programme: ProgrammeRow },
) {
  const db = deps.database.db;
  const rows = await findPublishedWinners(db, input.programme.id);
  return Promise.all(
    rows.map(async (row) => ({ ...row, organizationName: await nameOf(db, row.organizationId) })),
  );
}

/** How many submitted applications of a call still wait for a decision. */
export const undecidedApplicationsOfCall = (deps: DbDeps, input: { callId: string }) =>
  countUndecided(deps.database.db, input.callId);

/** The winners of one call once its results are published (none before), for everyone. */
export async function publishedWinnersOfCall(
  deps: DbDeps,
  acting: AuditContext,
  input: { callId: string },
) {
  const db = deps.database.db;
  const call = await findCallById(db, input.callId);
  const rows = call ? await findPublishedWinners(db, call.programmeId) : [];
  return Promise.all(
    rows
      .filter((row) => row.callId === input.callId)
      .map(async (row) => ({ ...row, organizationName: await nameOf(db, row.organizationId) })),
  );
}
