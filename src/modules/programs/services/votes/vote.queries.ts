// Reads of public votes. The public sees a vote once it opened, and its tally only once staff
// show the results of a closed vote; staff see the tally and suspicious bursts at any time.
import type { AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import { organizationFacts } from '../../../directory';
import { findCallById, type CallRow } from '../../db/calls.repository';
import { findProgrammeById } from '../../db/programmes.repository';
import { findRoundApplications } from '../../db/review.repository';
import {
  findBallotsOfVote,
  findEntriesOfVote,
  findVoteOfCall,
  hasBallot,
  type VoteEntryRow,
  type VoteRow,
} from '../../db/vote.repository';
import { findBursts } from '../../domain/vote-bursts';
import { canManageVotes, canVote } from '../../permissions';
import { requireCapability, type DbDeps } from '../common';
import { getEntry, getVote } from './shared-vote';

export interface TalliedEntry {
  entry: VoteEntryRow;
  votes: number;
  fromNewAccounts: number;
}

async function tally(db: Db, vote: VoteRow) {
  const [entries, ballots] = await Promise.all([
    findEntriesOfVote(db, vote.id),
    findBallotsOfVote(db, vote.id),
  ]);
  const rows: TalliedEntry[] = entries.map((entry) => {
    const mine = ballots.filter((b) => b.entryId === entry.id);
    return {
      entry,
      votes: mine.length,
      fromNewAccounts: mine.filter((b) => b.isNewAccount).length,
    };
  });
  return { rows, bursts: findBursts(ballots) };
}

const byVotes = (rows: TalliedEntry[]) =>
  [...rows].sort(
    (a, b) => b.votes - a.votes || a.entry.solutionName.localeCompare(b.entry.solutionName, 'vi'),
  );

/** A call's vote for staff: the tally, the bursts, and the applications that may be added. */
export async function staffVoteOfCall(
  deps: DbDeps,
  acting: AuditContext,
  input: { call: CallRow },
) {
  const db = deps.database.db;
  const { actor } = acting;
  const { call } = input;
  requireCapability(canManageVotes(actor));
  const vote = await findVoteOfCall(db, call.id);
  if (!vote) return { vote, rows: [], bursts: [], candidates: [] };
  const { rows, bursts } = await tally(db, vote);
  const listed = new Set(rows.map((r) => r.entry.applicationId));
  const submitted = (await findRoundApplications(db, call.id)).filter(
    (a) => a.status === 'submitted' && !listed.has(a.id),
  );
  const candidates = await Promise.all(
    submitted.map(async (a) => ({
      ...a,
      organizationName: (await organizationFacts(db, a.organizationId))?.name ?? '',
    })),
  );
  return { vote, rows: byVotes(rows), bursts, candidates };
}
export type StaffVote = Awaited<ReturnType<typeof staffVoteOfCall>>;

async function publicContext(db: Db, vote: VoteRow) {
  if (vote.status === 'draft') throw new AppError('NOT_FOUND');
  const call = (await findCallById(db, vote.callId))!;
  const programme = (await findProgrammeById(db, call.programmeId))!;
  if (programme.status === 'draft' || call.status === 'draft') throw new AppError('NOT_FOUND');
  return { call, programme, isTallyPublic: vote.status === 'closed' && vote.areResultsPublic };
}

/** A vote's public page: its entries, with the tally once staff show the results. */
export async function publicVote(deps: DbDeps, acting: AuditContext, input: { voteId: string }) {
  const db = deps.database.db;
  const { voteId } = input;
  const vote = await getVote(db, voteId);
  const context = await publicContext(db, vote);
  const { rows } = await tally(db, vote);
  return {
    vote,
    ...context,
    rows: context.isTallyPublic
      ? byVotes(rows).map(({ entry, votes }) => ({ entry, votes }))
      : rows.map(({ entry }) => ({ entry, votes: undefined })),
  };
}

/** One entry's public page, with whether the signed-in account has voted for it. */
export async function publicVoteEntry(
  deps: DbDeps,
  acting: AuditContext,
  input: { voteId: string; entryId: string },
) {
  const db = deps.database.db;
  const { actor } = acting;
  const { voteId, entryId } = input;
  const entry = await getEntry(db, entryId);
  const vote = await getVote(db, voteId);
  if (entry.voteId !== vote.id) throw new AppError('NOT_FOUND');
  const context = await publicContext(db, vote);
  const hasVoted = canVote(actor) ? await hasBallot(db, entry.id, actor.user.id) : false;
  return { vote, entry, hasVoted, ...context };
}

/** The staff page of a vote, reached by its id. */
export async function staffVote(deps: DbDeps, acting: AuditContext, input: { voteId: string }) {
  const db = deps.database.db;
  const { actor } = acting;
  const { voteId } = input;
  requireCapability(canManageVotes(actor));
  const vote = await getVote(db, voteId);
  const call = (await findCallById(db, vote.callId))!;
  const programme = (await findProgrammeById(db, call.programmeId))!;
  return { call, programme, ...(await staffVoteOfCall(deps, acting, { call })) };
}
