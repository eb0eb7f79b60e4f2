// setVoteState outcomes: opened, closed, results shown or hidden (audited) | NOT_FOUND (thrown:
// unknown vote, or not the actor's to manage) | CONFLICT (changed since the page was loaded) |
// WRONG_STATE (a draft opens, an open vote closes, a closed vote's results are shown or hidden)
// | NO_ENTRIES (a vote opens with at least one entry).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import {
  findEntriesOfVote,
  updateVoteRow,
  type VotePatch,
  type VoteRow,
} from '../../db/vote.repository';
import { canManageVotes } from '../../permissions';
import { actorIdOf, requireCapability, type Refusal, type ClockDeps } from '../common';
import { getVote } from './shared-vote';

export const VOTE_OPS = ['open', 'close', 'showResults', 'hideResults'] as const;
export type TVoteOp = (typeof VOTE_OPS)[number];

export type SetVoteStateResult =
  { ok: true; vote: VoteRow } | Refusal<'CONFLICT' | 'WRONG_STATE' | 'NO_ENTRIES'>;

const FROM: Record<TVoteOp, VoteRow['status']> = {
  open: 'draft',
  close: 'open',
  showResults: 'closed',
  hideResults: 'closed',
};

export async function setVoteState(
  deps: ClockDeps,
  acting: AuditContext,
  input: { voteId: string; expectedVersion: number; op: TVoteOp },
): Promise<SetVoteStateResult> {
  const db = deps.database.db;
  const now = deps.clock();
  const { voteId, expectedVersion, op } = input;
  requireCapability(canManageVotes(acting.actor));
  const before = await getVote(db, voteId);
  if (before.version !== expectedVersion) return { ok: false, reason: 'CONFLICT' };
  if (before.status !== FROM[op]) return { ok: false, reason: 'WRONG_STATE' };
  if (op === 'open' && (await findEntriesOfVote(db, voteId)).length === 0)
    return { ok: false, reason: 'NO_ENTRIES' };
  const patch: VotePatch =
    op === 'open'
      ? { status: 'open', openedAt: now }
      : op === 'close'
        ? { status: 'closed', closedAt: now }
        : { areResultsPublic: op === 'showResults' };
  const vote = await db.transaction(async (tx) => {
    // The update waits for ballots in flight (they hold the row in share mode) and, once done,
    // every later ballot sees the vote closed.
    const row = await updateVoteRow(tx, voteId, expectedVersion, patch, {
      by: actorIdOf(acting),
      now,
    });
    if (!row) return undefined;
    await recordAudit(tx, acting, {
      action: `programs.vote:${op}`,
      entityType: 'public_vote',
      entityId: voteId,
      before,
      after: row,
    });
    return row;
  });
  return vote ? { ok: true, vote } : { ok: false, reason: 'CONFLICT' };
}
