// castVote outcomes: counted (audited) | NOT_FOUND (thrown: unknown entry, a vote not yet open
// to the public, or an API key) | UNVERIFIED (the account's e-mail address is not verified) |
// VOTING_CLOSED | ALREADY_VOTED (one vote per account per entry: a double click or two tabs at
// once make one ballot, by the ballots' primary key).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { accountStanding } from '../../../identity';
import { findVoteById, insertBallot, lockVote } from '../../db/vote.repository';
import { canVote } from '../../permissions';
import type { Refusal } from '../common';
import { getEntry } from './shared-vote';
import type { ClockDeps } from '../common';

/** An account this young when it votes counts toward a burst. */
export const NEW_ACCOUNT_MS = 24 * 3600_000;

export type CastVoteResult =
  { ok: true } | Refusal<'UNVERIFIED' | 'VOTING_CLOSED' | 'ALREADY_VOTED'>;

export async function castVote(
  deps: ClockDeps,
  acting: AuditContext,
  input: { entryId: string },
): Promise<CastVoteResult> {
  const db = deps.database.db;
  const now = deps.clock();
  const { entryId } = input;
  const actor = acting.actor;
  if (!canVote(actor)) throw new AppError('NOT_FOUND');
  const entry = await getEntry(db, entryId);
  const vote = await findVoteById(db, entry.voteId);
  if (!vote || vote.status === 'draft') throw new AppError('NOT_FOUND');
  const standing = await accountStanding(db, actor.user.id);
  if (!standing?.isEmailVerified) return { ok: false, reason: 'UNVERIFIED' };
  return db.transaction(async (tx) => {
    const locked = await lockVote(tx, vote.id, 'share');
    if (locked?.status !== 'open') return { ok: false as const, reason: 'VOTING_CLOSED' as const };
    const ballot = await insertBallot(tx, {
      entryId: entry.id,
      userId: actor.user.id,
      voteId: vote.id,
      isNewAccount: now.getTime() - standing.createdAt.getTime() < NEW_ACCOUNT_MS,
      createdAt: now,
    });
    if (!ballot) return { ok: false as const, reason: 'ALREADY_VOTED' as const };
    await recordAudit(tx, acting, {
      action: 'programs.vote:cast',
      entityType: 'vote_entry',
      entityId: entry.id,
    });
    return { ok: true as const };
  });
}
